package fr.borne.sync;

/**
 * {@code POST /v1/bookings}. {@code allotted} says the kiosk already confirmed the booking
 * on a seat of its own allotment while central was out of reach. Central honours that
 * only when its escrow ledger shows the kiosk held a free seat on each round of it, for
 * its own establishment and people with a permit; otherwise it decides under its rules.
 */
public record CreateBooking(BookingData booking, boolean allotted) {
}
