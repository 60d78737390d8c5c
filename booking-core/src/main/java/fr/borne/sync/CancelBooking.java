package fr.borne.sync;

/**
 * {@code DELETE /v1/bookings/{id}}: who cancels. {@code decidedAtKiosk} says the kiosk
 * already cancelled it on its replica while central was out of reach: central honours it.
 */
public record CancelBooking(String actorId, boolean decidedAtKiosk) {
}
