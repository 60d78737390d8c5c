package fr.borne.sync;

/**
 * {@code DELETE /v1/bookings/{id}}: who cancels. Central checks every cancellation under
 * its own rules, whether the kiosk was online or already cancelled it on its replica.
 * {@code withdrawal} says the kiosk gives up an online booking it told the visitor was not
 * made (central did not answer in time): central cancels it if the request arrived after
 * all, and refuses the booking's id from then on. No actor: the kiosk that sent it withdraws it.
 */
public record CancelBooking(String actorId, boolean withdrawal) {

    public CancelBooking(String actorId) {
        this(actorId, false);
    }

    public static CancelBooking withdrawingAttempt() {
        return new CancelBooking(null, true);
    }
}
