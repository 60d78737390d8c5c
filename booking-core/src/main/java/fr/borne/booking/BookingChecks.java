package fr.borne.booking;

import fr.borne.establishment.RoundOccurrence;
import fr.borne.settings.BookingSettings;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Runs the rule families over one booking or change, in the order a visitor reads the
 * reasons: people first, then the round, then what others have booked. Every failing
 * rule is kept; the same refusal is never given twice.
 */
final class BookingChecks {

    private BookingChecks() {
    }

    /**
     * P1–P4, B1, B2, B5–B9, B12, B13 for a new booking. A special visit the kiosk may not
     * book (B9) is refused on that alone: its rounds and seats are the parloir service's.
     */
    static List<Refusal> newBooking(Facts facts, BookingRequest request, BookingSettings settings,
                                    Optional<SeatHold> ownHold) {
        Optional<Refusal> special = SpecialVisitRules.check(request, settings);
        if (special.isPresent()) {
            return List.of(special.get());
        }
        Set<Refusal> refusals = new LinkedHashSet<>();
        List<String> people = PartyRules.distinct(request.visitorIds());
        refusals.addAll(PermitRules.booker(facts, request.bookedBy(), people));
        refusals.addAll(PermitRules.visitors(facts, people, Set.of()));
        refusals.addAll(MinorRules.check(facts, people, request.date()));
        refusals.addAll(PartyRules.check(request.visitorIds(), settings));

        Optional<RoundOccurrence> first = TimetableRules.occurrence(facts, request.roundId(), request.date());
        if (first.isEmpty()) {
            refusals.add(Refusal.of(Reason.UNKNOWN_ROUND));
            return List.copyOf(refusals);
        }
        List<RoundOccurrence> rounds = new ArrayList<>(List.of(first.get()));
        List<Refusal> doubleVisit = List.of();
        if (request.doubleVisit()) {
            DoubleVisitRules.Outcome outcome = DoubleVisitRules.check(facts, facts.detainee(), first.get());
            outcome.second().ifPresent(rounds::add);
            doubleVisit = outcome.refusals();
        }
        // the window is the first round's: a double visit is one booking, opened and closed as one
        WindowRules.forBooking(first.get(), settings, facts.now()).ifPresent(refusals::add);
        TimetableRules.closed(facts, rounds).ifPresent(refusals::add);
        CapacityRules.check(facts, rounds, ownHold).ifPresent(refusals::add);
        OverlapRules.detainee(facts, rounds).ifPresent(refusals::add);
        refusals.addAll(OverlapRules.visitors(facts, people, rounds, Optional.empty()));
        QuotaRules.check(facts, request.date(), settings).ifPresent(refusals::add);
        refusals.addAll(doubleVisit);
        return List.copyOf(refusals);
    }

    /**
     * B3 and the people rules for a new list of visitors of an existing booking. Visitors
     * already named keep their provisional visit (C8) and their place in the rounds, so
     * only newcomers are checked for quota of visits and for overlapping bookings.
     */
    static List<Refusal> visitorChange(Facts facts, Booking booking, List<RoundOccurrence> rounds,
                                       List<String> newVisitorIds, BookingSettings settings) {
        Set<Refusal> refusals = new LinkedHashSet<>();
        WindowRules.forVisitorChange(rounds.get(0), settings, facts.now()).ifPresent(refusals::add);
        List<String> people = PartyRules.distinct(newVisitorIds);
        Set<String> alreadyNamed = Set.copyOf(booking.visitorIds());
        refusals.addAll(PermitRules.visitors(facts, people, alreadyNamed));
        refusals.addAll(MinorRules.check(facts, people, booking.date()));
        refusals.addAll(PartyRules.check(newVisitorIds, settings));
        List<String> newcomers = people.stream().filter(id -> !alreadyNamed.contains(id)).toList();
        refusals.addAll(OverlapRules.visitors(facts, newcomers, rounds, Optional.of(booking.id())));
        return List.copyOf(refusals);
    }
}
