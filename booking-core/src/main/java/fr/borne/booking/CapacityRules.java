package fr.borne.booking;

import fr.borne.establishment.RoundOccurrence;

import java.util.List;
import java.util.Optional;

/**
 * B5: a round holds {@code capacity} detainees; a double visit needs a seat in each of
 * its two rounds (B8). Live seat holds count as taken, except the one the visitor is
 * confirming: that seat is theirs.
 */
final class CapacityRules {

    private CapacityRules() {
    }

    static Optional<Refusal> check(Facts facts, List<RoundOccurrence> occurrences, Optional<SeatHold> ownHold) {
        boolean full = occurrences.stream().anyMatch(occurrence -> seatsLeft(facts, occurrence, ownHold) <= 0);
        return full ? Optional.of(Refusal.of(Reason.FULL)) : Optional.empty();
    }

    static int seatsLeft(Facts facts, RoundOccurrence occurrence, Optional<SeatHold> ownHold) {
        int taken = facts.seatsTaken(occurrence);
        if (ownHold.filter(hold -> holds(hold, occurrence) && hold.isLiveAt(facts.now())).isPresent()) {
            taken--;
        }
        return Math.max(0, occurrence.round().capacity() - taken);
    }

    private static boolean holds(SeatHold hold, RoundOccurrence occurrence) {
        return hold.roundId().equals(occurrence.round().id()) && hold.date().equals(occurrence.date());
    }
}
