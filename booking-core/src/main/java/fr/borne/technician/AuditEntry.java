package fr.borne.technician;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of the audit log.
 *
 * @param detail what was done, in words and ids only: never a name or a badge code
 * @param pushed whether the sync agent has delivered it to central
 */
public record AuditEntry(long id, String technicianId, TechnicianAction action, String detail, Instant at,
                         boolean pushed) {

    public AuditEntry {
        Objects.requireNonNull(technicianId, "technicianId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(at, "at");
    }
}
