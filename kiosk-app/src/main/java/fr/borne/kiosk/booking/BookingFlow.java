package fr.borne.kiosk.booking;

import fr.borne.booking.Availability;
import fr.borne.booking.DayAvailability;
import fr.borne.booking.Decision;
import fr.borne.booking.Reason;
import fr.borne.booking.Refusal;
import fr.borne.booking.RoundAvailability;
import fr.borne.detainee.Detainee;
import fr.borne.kiosk.Journey;
import fr.borne.kiosk.KioskContext;
import fr.borne.kiosk.i18n.ExplanationFacts;
import fr.borne.kiosk.remote.RemoteVisit;
import fr.borne.permit.Permit;
import fr.borne.permit.PermitStatus;
import fr.borne.visitor.Visitor;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The booking screens' controller, in order: detainee (skipped when there is only one), day,
 * round, companions, review, then the booked screen that prints the receipt. Each step's
 * model is read off the screen's thread ({@link fr.borne.kiosk.work.Waiting}) before its
 * screen is shown; the screens render from their model only.
 */
public final class BookingFlow {

    private final KioskContext ctx;
    private final Journey journey;
    private final BookingDraft draft = new BookingDraft();

    public BookingFlow(KioskContext ctx, Journey journey) {
        this.ctx = ctx;
        this.journey = journey;
    }

    public void start() {
        ctx.session().releaseHold();
        String visitorId = ctx.session().requireVisitor().id();
        ctx.waiting().ask(() -> new DetaineeScreen.Model(detainees(visitorId), ctx.explanations().facts(List.of())),
                model -> {
                    if (model.detainees().size() == 1) {
                        chooseDetainee(model.detainees().get(0));
                    } else {
                        ctx.navigator().show(new DetaineeScreen(ctx, this, model));
                    }
                });
    }

    /** Detainees the visitor holds a permit for that is not withdrawn (C7: a suspended holder may book for others). */
    private List<Detainee> detainees(String visitorId) {
        return ctx.directory().permitsOf(visitorId).stream()
                .filter(p -> p.status() != PermitStatus.WITHDRAWN)
                .map(Permit::detaineeId).distinct()
                .map(ctx.directory()::detainee).flatMap(Optional::stream)
                .toList();
    }

    private static Stream<Refusal> refusalsOf(List<RoundAvailability> rounds) {
        return rounds.stream().flatMap(round -> round.decision().refusals().stream());
    }

    /** What the refusals of these rounds need to be explained, each round with its own figures; off the screen's thread. */
    private ExplanationFacts explaining(List<Refusal> refusals, List<RoundAvailability> rounds) {
        return ctx.explanations().facts(refusals,
                rounds.stream().map(round -> round.occurrence().round().id()).distinct().toList());
    }

    BookingDraft draft() {
        return draft;
    }

    KioskContext context() {
        return ctx;
    }

    Journey journey() {
        return journey;
    }

    void chooseDetainee(Detainee detainee) {
        draft.detainee(detainee);
        ctx.session().concerns(detainee.id());
        String visitorId = ctx.session().requireVisitor().id();
        Optional<RemoteVisit> remote = ctx.session().remote();
        ctx.waiting().ask(() -> {
            // B11: central's days for a detainee held elsewhere; empty when central cannot be reached
            Optional<Availability> days = remote.isPresent()
                    ? remote.get().bookings().fetch(visitorId, detainee.id())
                    : Optional.of(ctx.bookings().availability(visitorId, detainee.id()));
            return days.map(found -> new DayScreen.Model(found, explaining(found.days().stream()
                    .flatMap(day -> Stream.concat(day.unavailableBecause().stream(), refusalsOf(day.rounds())))
                    .toList(), found.days().stream().flatMap(day -> day.rounds().stream()).toList())));
        }, days -> {
            if (days.isEmpty()) {
                // B11 offline: say so before any choice, with that establishment's phone line
                RefusedScreen.open(ctx, journey, "refused.elsewhere",
                        Decision.refused(Refusal.of(Reason.OTHER_ESTABLISHMENT_NEEDS_NETWORK)), Optional.empty(),
                        ctx.navigator()::show);
            } else {
                ctx.navigator().show(new DayScreen(ctx, this, days.get()));
            }
        });
    }

    void chooseDay(LocalDate date) {
        draft.date(date);
        String visitorId = ctx.session().requireVisitor().id();
        String detaineeId = draft.detainee().id();
        // seats change as others book: the day's rounds are read again
        ctx.waiting().ask(() -> {
            List<RoundAvailability> rounds = ctx.bookings().availability(visitorId, detaineeId).days().stream()
                    .filter(d -> d.date().equals(date)).map(DayAvailability::rounds).findFirst().orElse(List.of());
            return new RoundScreen.Model(rounds, explaining(refusalsOf(rounds).toList(), rounds));
        }, model -> ctx.navigator().show(new RoundScreen(ctx, this, model)));
    }

    void roundHeld(RoundAvailability round, Optional<RoundAvailability> second, boolean fromCentralPool) {
        draft.round(round);
        draft.second(second.orElse(null));
        draft.fromCentralPool(fromCentralPool);
        Visitor self = ctx.session().requireVisitor();
        Detainee detainee = draft.detainee();
        LocalDate date = draft.date();
        ctx.waiting().ask(() -> CompanionsModel.load(ctx, self, detainee, date),
                model -> ctx.navigator().show(new CompanionsScreen(this, model)));
    }

    void visitorsChosen(List<Visitor> visitors, fr.borne.establishment.Establishment where) {
        draft.visitors(visitors);
        ctx.navigator().show(new ReviewScreen(ctx, this, where));
    }
}
