package fr.borne.sync.local;

import java.util.Objects;
import java.util.UUID;

/** {@code DELETE /local/v1/bookings/{id}}: a cancellation central decides on (B4); resend the same record to retry. */
public record OnlineCancel(UUID requestId, String actorId) {

    public OnlineCancel {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(actorId, "actorId");
    }
}
