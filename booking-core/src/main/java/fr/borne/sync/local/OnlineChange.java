package fr.borne.sync.local;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * {@code PATCH /local/v1/bookings/{id}}: new visitors for a booking central decides on
 * (B3). {@code requestId}, made by the kiosk app, makes a retry safe: resend the same record.
 */
public record OnlineChange(UUID requestId, String actorId, List<String> visitorIds) {

    public OnlineChange {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(actorId, "actorId");
        visitorIds = visitorIds == null ? List.of() : List.copyOf(visitorIds);
    }
}
