package fr.borne.booking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A visit booked for one detainee on one round occurrence (two successive rounds for a
 * double visit, C6), naming 1 to 3 visitors, the first being the lead visitor (B2).
 * {@code id} is made where the booking is made and is its idempotency key everywhere;
 * {@code reference} is the short code printed on the receipt.
 */
public record Booking(
        UUID id,
        String reference,
        String bookedBy,
        String detaineeId,
        String roundId,
        Optional<String> secondRoundId,
        LocalDate date,
        List<String> visitorIds,
        BookingStatus status,
        Channel channel,
        Instant createdAt) {

    public Booking {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(bookedBy, "bookedBy");
        Objects.requireNonNull(detaineeId, "detaineeId");
        Objects.requireNonNull(roundId, "roundId");
        Objects.requireNonNull(secondRoundId, "secondRoundId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(createdAt, "createdAt");
        visitorIds = List.copyOf(visitorIds);
    }

    public boolean isDoubleVisit() {
        return secondRoundId.isPresent();
    }

    /** C7: anyone named in the booking, or who made it, may change or cancel it. */
    public boolean involves(String visitorId) {
        return bookedBy.equals(visitorId) || visitorIds.contains(visitorId);
    }

    public Booking withStatus(BookingStatus newStatus) {
        return new Booking(id, reference, bookedBy, detaineeId, roundId, secondRoundId, date, visitorIds,
                newStatus, channel, createdAt);
    }

    public Booking withVisitors(List<String> newVisitorIds) {
        return new Booking(id, reference, bookedBy, detaineeId, roundId, secondRoundId, date, newVisitorIds,
                status, channel, createdAt);
    }
}
