package fr.borne.booking;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a badge holder asks for: a detainee, a round on a date, the visitors (the first
 * is the lead visitor, B2), and whether it is a double visit (B8, C6).
 * {@code bookedBy} is the badge holder, who need not be among the visitors (C7).
 */
public record BookingRequest(
        String bookedBy,
        String detaineeId,
        String roundId,
        LocalDate date,
        List<String> visitorIds,
        boolean doubleVisit,
        Channel channel) {

    public BookingRequest {
        Objects.requireNonNull(bookedBy, "bookedBy");
        Objects.requireNonNull(detaineeId, "detaineeId");
        Objects.requireNonNull(roundId, "roundId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(channel, "channel");
        visitorIds = List.copyOf(visitorIds);
    }
}
