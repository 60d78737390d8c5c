package fr.borne.sync;

import fr.borne.booking.Booking;
import fr.borne.booking.BookingResult;
import fr.borne.booking.Decision;

import java.util.List;

/**
 * Central's answer to a create, change or cancel: the booking as it now stands, and the
 * refusals when refused (a refused change or cancellation still carries the booking as
 * central holds it, so the kiosk can put its replica right). A retry with the same
 * idempotency key gets the very same answer.
 */
public record BookingAnswer(BookingData booking, List<RefusalData> refusals) {

    public BookingAnswer {
        refusals = refusals == null ? List.of() : List.copyOf(refusals);
    }

    public static BookingAnswer of(BookingResult result) {
        if (result instanceof BookingResult.Done done) {
            return new BookingAnswer(BookingData.of(done.booking()), List.of());
        }
        Decision decision = ((BookingResult.Refused) result).decision();
        return new BookingAnswer(null, decision.refusals().stream().map(RefusalData::of).toList());
    }

    /** A refused change or cancellation, with the booking as it stands at central. */
    public static BookingAnswer refused(Booking current, Decision decision) {
        return new BookingAnswer(BookingData.of(current), decision.refusals().stream().map(RefusalData::of).toList());
    }

    public boolean accepted() {
        return booking != null && refusals.isEmpty();
    }

    public BookingResult toResult() {
        if (accepted()) {
            return new BookingResult.Done(booking.toBooking());
        }
        return new BookingResult.Refused(new Decision(refusals.stream().map(RefusalData::toRefusal).toList()));
    }
}
