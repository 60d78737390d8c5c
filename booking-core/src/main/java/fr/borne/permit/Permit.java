package fr.borne.permit;

import java.util.Objects;

/**
 * A visit permit naming one visitor and one detainee (P1). {@code remainingVisits} matters
 * only for provisional permits (P2, C8). {@code parentalConsent} and
 * {@code detaineeIsParent} let a 16–17 year old come alone (P4).
 */
public record Permit(
        String id,
        String visitorId,
        String detaineeId,
        PermitKind kind,
        int remainingVisits,
        PermitStatus status,
        boolean parentalConsent,
        boolean detaineeIsParent) {

    public Permit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(visitorId, "visitorId");
        Objects.requireNonNull(detaineeId, "detaineeId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
    }

    public boolean isActive() {
        return status == PermitStatus.ACTIVE;
    }
}
