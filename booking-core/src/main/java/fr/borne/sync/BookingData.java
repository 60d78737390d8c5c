package fr.borne.sync;

import fr.borne.booking.Booking;
import fr.borne.booking.BookingStatus;
import fr.borne.booking.Channel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A booking on the wire; {@code secondRoundId} is null unless it is a double visit. */
public record BookingData(
        UUID id,
        String reference,
        String bookedBy,
        String detaineeId,
        String roundId,
        String secondRoundId,
        LocalDate date,
        List<String> visitorIds,
        BookingStatus status,
        Channel channel,
        Instant createdAt) {

    public BookingData {
        visitorIds = visitorIds == null ? List.of() : List.copyOf(visitorIds);
    }

    public static BookingData of(Booking booking) {
        return new BookingData(booking.id(), booking.reference(), booking.bookedBy(), booking.detaineeId(),
                booking.roundId(), booking.secondRoundId().orElse(null), booking.date(), booking.visitorIds(),
                booking.status(), booking.channel(), booking.createdAt());
    }

    public Booking toBooking() {
        return new Booking(id, reference, bookedBy, detaineeId, roundId, Optional.ofNullable(secondRoundId), date,
                visitorIds, status, channel, createdAt);
    }

    /** The part of a booking a retry must repeat exactly; the status is not part of the request. */
    public BookingData asRequest() {
        return new BookingData(id, reference, bookedBy, detaineeId, roundId, secondRoundId, date, visitorIds,
                BookingStatus.CONFIRMED, channel, createdAt);
    }
}
