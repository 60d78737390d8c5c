package fr.borne.sync;

/**
 * {@code POST /v1/bookings}. {@code allotted} says the kiosk already confirmed the booking
 * on a seat of its own allotment while central was out of reach: central honours it.
 */
public record CreateBooking(BookingData booking, boolean allotted) {
}
