package fr.borne.booking;

import fr.borne.detainee.Detainee;
import fr.borne.establishment.Closure;
import fr.borne.establishment.Establishment;
import fr.borne.establishment.Round;
import fr.borne.permit.Permit;
import fr.borne.visitor.Visitor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The facts the booking rules read. The local SQLite store implements it over the
 * replica, the central server over its own database, tests over plain lists.
 */
public interface Ledger {

    Optional<Establishment> establishment(String establishmentId);

    Optional<Detainee> detainee(String detaineeId);

    Optional<Visitor> visitor(String visitorId);

    /** The permit naming both, whatever its status. */
    Optional<Permit> permit(String visitorId, String detaineeId);

    /** Every permit naming this detainee, whatever its status. */
    List<Permit> permitsOfDetainee(String detaineeId);

    /** The establishment's timetable. */
    List<Round> rounds(String establishmentId);

    Optional<Round> round(String roundId);

    /** Closures of the establishment between both dates, inclusive. */
    List<Closure> closures(String establishmentId, LocalDate from, LocalDate to);

    /** Confirmed bookings of the detainee dated between both dates, inclusive. */
    List<Booking> bookingsOfDetainee(String detaineeId, LocalDate from, LocalDate to);

    /** Confirmed bookings naming the visitor, dated between both dates, inclusive. */
    List<Booking> bookingsOfVisitor(String visitorId, LocalDate from, LocalDate to);

    /**
     * Seats of the round on that date that are taken: confirmed bookings (a double visit
     * counts in each of its two rounds, B8) plus seat holds still live at {@code now}.
     */
    int seatsTaken(String roundId, LocalDate date, Instant now);

    /**
     * {@link #seatsTaken(String, LocalDate, Instant)} for every round of the establishment
     * held between both dates, inclusive, in one go: availability shows a fortnight of
     * rounds at once. A round day missing from the map has no seat taken. Stores should
     * override this with one query; this default asks round by round.
     */
    default Map<RoundDay, Integer> seatsTaken(String establishmentId, LocalDate from, LocalDate to, Instant now) {
        Map<RoundDay, Integer> taken = new HashMap<>();
        List<Round> timetable = rounds(establishmentId);
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            for (Round round : timetable) {
                if (round.day() == date.getDayOfWeek()) {
                    taken.put(new RoundDay(round.id(), date), seatsTaken(round.id(), date, now));
                }
            }
        }
        return taken;
    }
}
