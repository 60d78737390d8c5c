package fr.borne.store;

import fr.borne.booking.Refusal;
import fr.borne.booking.RoundDay;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * Whether this kiosk may take one more seat of a round locally, asked inside the write
 * transaction that would take it (a hold, or each round of a booking being confirmed),
 * after the booking rules allowed it. The default leaves it to the round's capacity,
 * which the rules count (B5); a kiosk confirming offline plugs in a policy that counts
 * the seats central allotted to it (ARCHITECTURE.md, capacity allotments).
 */
@FunctionalInterface
public interface SeatPolicy {

    /** Empty when the seat may be taken here; otherwise why not (typically {@code FULL}). */
    Optional<Refusal> mayTakeSeat(Connection transaction, RoundDay seat, Instant now) throws SQLException;

    /** The round's capacity alone, as the booking rules count it. */
    static SeatPolicy roundCapacity() {
        return (transaction, seat, now) -> Optional.empty();
    }
}
