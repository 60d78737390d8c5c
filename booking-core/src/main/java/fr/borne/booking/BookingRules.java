package fr.borne.booking;

import fr.borne.detainee.Detainee;
import fr.borne.establishment.Establishment;
import fr.borne.establishment.RoundOccurrence;
import fr.borne.settings.BookingSettings;
import fr.borne.settings.SettingsSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Every rule of RULES.md that decides whether a booking may be made, changed or
 * cancelled now, and what a visitor can book over the next days. Pure: it reads the
 * {@link Ledger} and the {@link Clock}, writes nothing, and answers bad input (unknown
 * ids, a round that is not held, a list of 4 visitors) with typed refusals, never an
 * exception. Stores call it inside their write transaction so the facts cannot change
 * between the check and the write.
 */
public final class BookingRules {

    private static final Logger LOG = LoggerFactory.getLogger(BookingRules.class);

    private final Ledger ledger;
    private final SettingsSource settings;
    private final Clock clock;
    private final AvailabilityPlanner planner;

    public BookingRules(Ledger ledger, SettingsSource settings, Clock clock) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.planner = new AvailabilityPlanner(ledger, settings);
    }

    /** May this booking be made now? Every failing rule, or allowed. */
    public Decision mayBook(BookingRequest request) {
        return check(request, Optional.empty());
    }

    /**
     * {@link #mayBook} for a visitor who holds a seat of the round: the seat of their own
     * live hold is not counted against them (B5), as the ledger counts every live hold.
     */
    public Decision mayConfirm(BookingRequest request, SeatHold hold) {
        return check(request, Optional.of(hold));
    }

    /** B3 and the people rules (P1–P4, B2, B6) for a new list of visitors. */
    public Decision mayChangeVisitors(Booking booking, String actorId, List<String> newVisitorIds) {
        return onExisting("change", booking, actorId, existing -> BookingChecks.visitorChange(
                existing.facts(), booking, existing.rounds(), newVisitorIds, existing.settings()));
    }

    /** B4: cancellation until the cut-off, by someone named in the booking or who made it. */
    public Decision mayCancel(Booking booking, String actorId) {
        return onExisting("cancel", booking, actorId, existing -> WindowRules
                .forCancel(existing.rounds().get(0), existing.settings(), existing.facts().now())
                .stream().toList());
    }

    /**
     * Every day from today (in the establishment's zone) through the booking horizon,
     * each with its rounds as the visitor booking alone would find them.
     */
    public Availability availability(String visitorId, String detaineeId) {
        Instant now = clock.instant();
        Optional<Placed> placed = place(detaineeId);
        boolean visitorKnown = ledger.visitor(visitorId).isPresent();
        if (!visitorKnown || placed.isEmpty()) {
            Reason reason = visitorKnown ? Reason.UNKNOWN_DETAINEE : Reason.UNKNOWN_VISITOR;
            LocalDate today = LocalDate.ofInstant(now, placed.map(p -> p.establishment().zone()).orElse(clock.getZone()));
            return AvailabilityPlanner.unavailable(visitorId, detaineeId, today, Refusal.of(reason));
        }
        return planner.plan(visitorId, placed.get().detainee(), placed.get().establishment(), now);
    }

    /** C6: the round a double visit starting with this round would take second, if any. */
    public Optional<RoundOccurrence> followingRound(String detaineeId, String roundId, LocalDate date) {
        return place(detaineeId).flatMap(placed -> {
            Facts facts = placed.facts(ledger, clock.instant(), date, BookingSettings.NATIONAL);
            return TimetableRules.occurrence(facts, roundId, date)
                    .flatMap(first -> DoubleVisitRules.following(facts, first));
        });
    }

    private Decision check(BookingRequest request, Optional<SeatHold> ownHold) {
        Optional<Placed> placed = place(request.detaineeId());
        if (placed.isEmpty()) {
            return log("book", request.detaineeId(), unknownDetainee(request));
        }
        BookingSettings forBooking = placed.get().settings(settings, request.roundId());
        Facts facts = placed.get().facts(ledger, clock.instant(), request.date(), forBooking);
        return log("book", request.detaineeId(),
                new Decision(BookingChecks.newBooking(facts, request, forBooking, ownHold)));
    }

    /** Without a detainee nothing about permits or rounds can be judged; the people still can. */
    private Decision unknownDetainee(BookingRequest request) {
        Set<Refusal> refusals = new LinkedHashSet<>();
        refusals.add(Refusal.of(Reason.UNKNOWN_DETAINEE));
        Stream.concat(Stream.of(request.bookedBy()), request.visitorIds().stream())
                .distinct()
                .filter(id -> ledger.visitor(id).isEmpty())
                .forEach(id -> refusals.add(Refusal.forVisitor(Reason.UNKNOWN_VISITOR, id)));
        refusals.addAll(PartyRules.check(request.visitorIds(), BookingSettings.NATIONAL));
        return new Decision(List.copyOf(refusals));
    }

    /**
     * Runs {@code check} on a booking that is still active, asked about by someone it
     * involves, whose detainee and rounds can still be found; otherwise says which of
     * these fails. A stranger learns nothing about the people of the booking.
     */
    private Decision onExisting(String question, Booking booking, String actorId,
                                Function<Existing, List<Refusal>> check) {
        List<Refusal> gate = gate(booking, actorId);
        if (!gate.isEmpty()) {
            return log(question, booking.detaineeId(), new Decision(gate));
        }
        Optional<Placed> placed = place(booking.detaineeId());
        if (placed.isEmpty()) {
            return log(question, booking.detaineeId(), Decision.refused(Refusal.of(Reason.UNKNOWN_DETAINEE)));
        }
        BookingSettings forBooking = placed.get().settings(settings, booking.roundId());
        Facts facts = placed.get().facts(ledger, clock.instant(), booking.date(), forBooking);
        Optional<List<RoundOccurrence>> rounds = roundsOf(facts, booking);
        if (rounds.isEmpty()) {
            return log(question, booking.detaineeId(), Decision.refused(Refusal.of(Reason.UNKNOWN_ROUND)));
        }
        return log(question, booking.detaineeId(),
                new Decision(check.apply(new Existing(facts, forBooking, rounds.get()))));
    }

    /** What makes any change or cancellation moot, and says nothing about other people. */
    private static List<Refusal> gate(Booking booking, String actorId) {
        List<Refusal> refusals = new ArrayList<>();
        if (!booking.status().isActive()) {
            refusals.add(Refusal.of(Reason.ALREADY_CANCELLED));
        }
        if (!booking.involves(actorId)) {
            refusals.add(Refusal.of(Reason.NOT_YOUR_BOOKING));
        }
        return refusals;
    }

    private static Optional<List<RoundOccurrence>> roundsOf(Facts facts, Booking booking) {
        Optional<RoundOccurrence> first = TimetableRules.occurrence(facts, booking.roundId(), booking.date());
        if (first.isEmpty()) {
            return Optional.empty();
        }
        List<RoundOccurrence> rounds = new ArrayList<>(List.of(first.get()));
        booking.secondRoundId()
                .flatMap(id -> TimetableRules.occurrence(facts, id, booking.date()))
                .ifPresent(rounds::add);
        return Optional.of(rounds);
    }

    private Optional<Placed> place(String detaineeId) {
        return ledger.detainee(detaineeId)
                .flatMap(detainee -> ledger.establishment(detainee.establishmentId())
                        .map(establishment -> new Placed(detainee, establishment)));
    }

    /** Ids only: names never go to the log. */
    private static Decision log(String question, String detaineeId, Decision decision) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} for detainee {}: {}", question, detaineeId,
                    decision.allowed() ? "allowed" : decision.reasons());
        }
        return decision;
    }

    /** What is known about a booking already made: its facts, settings and one or two rounds. */
    private record Existing(Facts facts, BookingSettings settings, List<RoundOccurrence> rounds) {
    }

    /** A detainee together with the establishment that holds them. */
    private record Placed(Detainee detainee, Establishment establishment) {

        BookingSettings settings(SettingsSource source, String roundId) {
            return source.forBooking(establishment.id(), roundId, detainee.id());
        }

        /** Facts for a question about one date, whose few rounds are counted one by one. */
        Facts facts(Ledger ledger, Instant now, LocalDate date, BookingSettings settings) {
            return new Facts(ledger, now, establishment, detainee, date, date, settings.disciplinaryDays(), false);
        }
    }
}
