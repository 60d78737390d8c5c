package fr.borne.sync;

import fr.borne.establishment.Closure;

import java.time.LocalDate;
import java.util.Optional;

/** A closure on the wire; {@code roundId} is null when the whole day is closed. */
public record ClosureData(String establishmentId, LocalDate date, String roundId, String reason) {

    public static ClosureData of(Closure closure) {
        return new ClosureData(closure.establishmentId(), closure.date(), closure.roundId().orElse(null),
                closure.reason());
    }

    public Closure toClosure() {
        return new Closure(establishmentId, date, Optional.ofNullable(roundId), reason);
    }

    /** Identifies the closure in the feed: one per day, or per round of a day. */
    public String key() {
        return establishmentId + "/" + date + "/" + (roundId == null ? "*" : roundId);
    }
}
