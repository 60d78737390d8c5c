package fr.borne.sync;

/**
 * {@code DELETE /v1/bookings/{id}}: who cancels. {@code decidedAtKiosk} says the kiosk
 * already cancelled it on its replica while central was out of reach: central honours it.
 * {@code withdrawal} says the kiosk gives up an online booking it told the visitor was not
 * made (central did not answer in time): central cancels it if the request arrived after
 * all, and refuses the booking's id from then on. No actor: the kiosk that sent it withdraws it.
 */
public record CancelBooking(String actorId, boolean decidedAtKiosk, boolean withdrawal) {

    public CancelBooking(String actorId, boolean decidedAtKiosk) {
        this(actorId, decidedAtKiosk, false);
    }

    public static CancelBooking withdrawingAttempt() {
        return new CancelBooking(null, true, true);
    }
}
