package fr.borne.booking;

import fr.borne.establishment.VisitType;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a badge holder asks for: a detainee, a round on a date, the visitors (the first
 * is the lead visitor, B2), whether it is a double visit (B8, C6), and the kind of visit
 * (B9: a special visit is refused at a kiosk unless the establishment's settings allow it).
 * {@code bookedBy} is the badge holder, who need not be among the visitors (C7).
 */
public record BookingRequest(
        String bookedBy,
        String detaineeId,
        String roundId,
        LocalDate date,
        List<String> visitorIds,
        boolean doubleVisit,
        Channel channel,
        VisitType visitType) {

    /** An ordinary visit, as every channel asked for before special visits were typed. */
    public BookingRequest(String bookedBy, String detaineeId, String roundId, LocalDate date,
                          List<String> visitorIds, boolean doubleVisit, Channel channel) {
        this(bookedBy, detaineeId, roundId, date, visitorIds, doubleVisit, channel, VisitType.ORDINARY);
    }

    public BookingRequest {
        Objects.requireNonNull(bookedBy, "bookedBy");
        Objects.requireNonNull(detaineeId, "detaineeId");
        Objects.requireNonNull(roundId, "roundId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(visitType, "visitType");
        visitorIds = List.copyOf(visitorIds);
    }

    public BookingRequest withVisitType(VisitType type) {
        return new BookingRequest(bookedBy, detaineeId, roundId, date, visitorIds, doubleVisit, channel, type);
    }
}
