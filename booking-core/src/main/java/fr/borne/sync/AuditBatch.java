package fr.borne.sync;

import java.util.List;

/** {@code POST /v1/kiosks/{id}/audit}: entries of the kiosk's audit log, oldest first. */
public record AuditBatch(List<AuditRecord> entries) {

    public AuditBatch {
        entries = entries == null ? List.of() : List.copyOf(entries);
    }
}
