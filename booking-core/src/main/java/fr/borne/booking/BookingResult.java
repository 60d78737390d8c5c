package fr.borne.booking;

/** The end of a booking, change or cancellation: done, or refused with every reason. */
public sealed interface BookingResult {

    record Done(Booking booking) implements BookingResult {
    }

    record Refused(Decision decision) implements BookingResult {
    }

    static BookingResult refused(Refusal refusal) {
        return new Refused(Decision.refused(refusal));
    }
}
