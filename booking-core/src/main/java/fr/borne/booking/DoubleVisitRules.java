package fr.borne.booking;

import fr.borne.detainee.Detainee;
import fr.borne.establishment.Round;
import fr.borne.establishment.RoundOccurrence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * B8 with C6: a double visit needs the establishment's grant, and takes the first round
 * together with the next round of the same day that starts when or after it ends.
 */
final class DoubleVisitRules {

    private DoubleVisitRules() {
    }

    /** The refusals, and the second round when there is one so later rules check it too. */
    record Outcome(List<Refusal> refusals, Optional<RoundOccurrence> second) {
    }

    static Outcome check(Facts facts, Detainee detainee, RoundOccurrence first) {
        List<Refusal> refusals = new ArrayList<>();
        if (!detainee.doubleVisitGranted()) {
            refusals.add(Refusal.of(Reason.DOUBLE_VISIT_NOT_GRANTED));
        }
        Optional<RoundOccurrence> second = following(facts, first);
        if (second.isEmpty()) {
            refusals.add(Refusal.of(Reason.NO_FOLLOWING_ROUND));
        }
        return new Outcome(refusals, second);
    }

    /** C6, compared on instants so that a round is never "after" another by wall time alone. */
    static Optional<RoundOccurrence> following(Facts facts, RoundOccurrence first) {
        List<Round> sameDay = facts.roundsOn(first.date());
        return sameDay.stream()
                .map(round -> new RoundOccurrence(round, first.date(), facts.zone()))
                .filter(candidate -> !candidate.start().isBefore(first.end()))
                .min(Comparator.comparing(RoundOccurrence::start));
    }
}
