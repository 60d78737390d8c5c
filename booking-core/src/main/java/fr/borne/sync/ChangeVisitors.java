package fr.borne.sync;

import java.util.List;

/**
 * {@code PATCH /v1/bookings/{id}}: the badge holder asking and the new visitors (B3).
 * Central checks every change under its own rules, made online or offline.
 */
public record ChangeVisitors(String actorId, List<String> visitorIds) {

    public ChangeVisitors {
        visitorIds = visitorIds == null ? List.of() : List.copyOf(visitorIds);
    }

    /**
     * For callers written when the kiosk could ask central to take its word; that flag is
     * gone from the protocol, and this constructor ignores it.
     */
    @Deprecated(forRemoval = true)
    public ChangeVisitors(String actorId, List<String> visitorIds, boolean ignored) {
        this(actorId, visitorIds);
    }
}
