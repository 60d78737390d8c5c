package fr.borne.booking;

import fr.borne.establishment.RoundOccurrence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * B6 with C5: one booking per detainee per round; a visitor is never booked in two rounds
 * whose times intersect (rounds that only touch do not, the convocation does not count).
 */
final class OverlapRules {

    private OverlapRules() {
    }

    static Optional<Refusal> detainee(Facts facts, List<RoundOccurrence> occurrences) {
        Set<String> roundIds = occurrences.stream().map(o -> o.round().id()).collect(Collectors.toSet());
        boolean taken = facts.detaineeBookings().stream()
                .filter(booking -> booking.date().equals(occurrences.get(0).date()))
                .anyMatch(booking -> roundIds.contains(booking.roundId())
                        || booking.secondRoundId().filter(roundIds::contains).isPresent());
        return taken ? Optional.of(Refusal.of(Reason.DETAINEE_ALREADY_BOOKED_THIS_ROUND)) : Optional.empty();
    }

    /**
     * @param except a booking not to compare with: the one whose visitors are being changed
     */
    static List<Refusal> visitors(Facts facts, Collection<String> visitorIds, List<RoundOccurrence> occurrences,
                                  Optional<UUID> except) {
        List<Refusal> refusals = new ArrayList<>();
        for (String visitorId : visitorIds) {
            boolean busy = facts.visitorBookings(visitorId).stream()
                    .filter(booking -> except.filter(booking.id()::equals).isEmpty())
                    .flatMap(booking -> facts.occurrencesOf(booking).stream())
                    .anyMatch(booked -> occurrences.stream().anyMatch(booked::overlaps));
            if (busy) {
                refusals.add(Refusal.forVisitor(Reason.VISITOR_BOOKED_IN_OVERLAPPING_ROUND, visitorId));
            }
        }
        return refusals;
    }
}
