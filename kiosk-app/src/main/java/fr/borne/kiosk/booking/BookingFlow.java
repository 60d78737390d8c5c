package fr.borne.kiosk.booking;

import fr.borne.booking.Decision;
import fr.borne.booking.Reason;
import fr.borne.booking.Refusal;
import fr.borne.detainee.Detainee;
import fr.borne.kiosk.remote.RemoteVisit;
import fr.borne.kiosk.Journey;
import fr.borne.kiosk.KioskContext;
import fr.borne.permit.Permit;
import fr.borne.permit.PermitStatus;

import java.util.List;
import java.util.Optional;

/**
 * The booking screens in order: detainee (skipped when there is only one), day, round,
 * companions, review, then the booked screen that prints the receipt.
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
        List<Detainee> detainees = detainees();
        if (detainees.size() == 1) {
            chooseDetainee(detainees.get(0));
        } else {
            ctx.navigator().show(new DetaineeScreen(ctx, this, detainees));
        }
    }

    /** Detainees the visitor holds a permit for that is not withdrawn (C7: a suspended holder may book for others). */
    List<Detainee> detainees() {
        return ctx.directory().permitsOf(ctx.session().requireVisitor().id()).stream()
                .filter(p -> p.status() != PermitStatus.WITHDRAWN)
                .map(Permit::detaineeId).distinct()
                .map(ctx.directory()::detainee).flatMap(Optional::stream)
                .toList();
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
        Optional<RemoteVisit> remote = ctx.session().remote();
        if (remote.isPresent()
                && remote.get().bookings().fetch(ctx.session().requireVisitor().id(), detainee.id()).isEmpty()) {
            // B11 offline: say so before any choice, with that establishment's phone line
            ctx.navigator().show(new RefusedScreen(ctx, journey, "refused.elsewhere",
                    Decision.refused(Refusal.of(Reason.OTHER_ESTABLISHMENT_NEEDS_NETWORK))));
            return;
        }
        ctx.navigator().show(new DayScreen(ctx, this));
    }

    void chooseDay(java.time.LocalDate date) {
        draft.date(date);
        ctx.navigator().show(new RoundScreen(ctx, this));
    }

    void roundHeld(fr.borne.booking.RoundAvailability round, Optional<fr.borne.booking.RoundAvailability> second,
                   boolean fromCentralPool) {
        draft.round(round);
        draft.second(second.orElse(null));
        draft.fromCentralPool(fromCentralPool);
        ctx.navigator().show(new CompanionsScreen(ctx, this));
    }

    void visitorsChosen(List<fr.borne.visitor.Visitor> visitors) {
        draft.visitors(visitors);
        ctx.navigator().show(new ReviewScreen(ctx, this));
    }
}
