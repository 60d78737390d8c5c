package fr.borne.sync.local;

import fr.borne.booking.BookingStatus;
import fr.borne.booking.Channel;
import fr.borne.store.BookingReferences;
import fr.borne.sync.BookingData;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.UUID;

/**
 * {@code POST /local/v1/bookings}: a booking decided by central itself, online. For this
 * kiosk's establishment when none of its allotted seats is left for the round (the seat
 * comes from central's pool), or for a detainee held elsewhere (B11).
 * {@code bookingId} is made by the kiosk app and is the idempotency key at central; a retry
 * must send the very same record (same id and {@code requestedAt}) and gets the first answer.
 */
public record OnlineBooking(UUID bookingId, Instant requestedAt, String bookedBy, String detaineeId, String roundId,
                            LocalDate date, List<String> visitorIds, boolean doubleVisit) {

    public OnlineBooking {
        Objects.requireNonNull(bookingId, "bookingId");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(bookedBy, "bookedBy");
        Objects.requireNonNull(detaineeId, "detaineeId");
        Objects.requireNonNull(roundId, "roundId");
        Objects.requireNonNull(date, "date");
        visitorIds = visitorIds == null ? List.of() : List.copyOf(visitorIds);
    }

    /**
     * The booking as sent to central. A double visit names its second round as the first
     * one; central replaces it with the round that really follows (C6). The receipt's
     * reference is drawn from the booking id, so a retry repeats it; central adds a suffix
     * in the rare case another booking has it already.
     */
    public BookingData toBookingData() {
        return new BookingData(bookingId, reference(), bookedBy, detaineeId, roundId, doubleVisit ? roundId : null, date,
                visitorIds, BookingStatus.CONFIRMED, Channel.KIOSK, requestedAt);
    }

    /** The short reference, the same for every attempt of this booking. */
    public String reference() {
        return new BookingReferences(new Random(bookingId.getMostSignificantBits() ^ bookingId.getLeastSignificantBits()))
                .candidate();
    }
}
