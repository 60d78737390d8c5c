package fr.borne.sync;

import java.util.List;

/**
 * {@code PATCH /v1/bookings/{id}}: the badge holder asking and the new visitors (B3).
 * {@code decidedAtKiosk} says the kiosk already made the change offline: central honours it.
 */
public record ChangeVisitors(String actorId, List<String> visitorIds, boolean decidedAtKiosk) {

    public ChangeVisitors {
        visitorIds = visitorIds == null ? List.of() : List.copyOf(visitorIds);
    }
}
