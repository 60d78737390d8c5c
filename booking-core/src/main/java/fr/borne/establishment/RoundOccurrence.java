package fr.borne.establishment;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * One dated occurrence of a {@link Round}: the Wednesday 2 December 09:15 round.
 * Instants are computed in the establishment's zone, so they are DST-correct.
 */
public record RoundOccurrence(Round round, LocalDate date, ZoneId zone) {

    public RoundOccurrence {
        Objects.requireNonNull(round, "round");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(zone, "zone");
        if (date.getDayOfWeek() != round.day()) {
            throw new IllegalArgumentException("round " + round.id() + " is not held on a " + date.getDayOfWeek());
        }
    }

    public ZonedDateTime zonedStart() {
        return ZonedDateTime.of(date, round.start(), zone);
    }

    public Instant start() {
        return zonedStart().toInstant();
    }

    public Instant end() {
        return zonedStart().plus(round.length()).toInstant();
    }

    /** When visitors must be at the gate (T1): the start minus the convocation lead. */
    public Instant convocation(Duration lead) {
        return start().minus(lead);
    }

    /** C5: intervals that intersect overlap; rounds that only touch do not. */
    public boolean overlaps(RoundOccurrence other) {
        return start().isBefore(other.end()) && other.start().isBefore(end());
    }
}
