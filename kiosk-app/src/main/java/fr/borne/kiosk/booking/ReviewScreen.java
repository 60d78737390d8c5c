package fr.borne.kiosk.booking;

import fr.borne.booking.BookingRequest;
import fr.borne.booking.BookingResult;
import fr.borne.booking.Channel;
import fr.borne.booking.RoundAvailability;
import fr.borne.booking.SeatHold;
import fr.borne.kiosk.KioskContext;
import fr.borne.kiosk.i18n.Texts;
import fr.borne.kiosk.ui.Screen;
import fr.borne.kiosk.ui.Widgets;
import fr.borne.visitor.Visitor;
import javafx.scene.Node;
import javafx.scene.control.Label;

import java.time.ZoneId;
import java.util.Optional;

/** Step 5: everything at a glance, convocation first, and the one button that books. */
final class ReviewScreen implements Screen {

    private final KioskContext ctx;
    private final BookingFlow flow;

    ReviewScreen(KioskContext ctx, BookingFlow flow) {
        this.ctx = ctx;
        this.flow = flow;
    }

    @Override
    public String title(Texts texts) {
        return texts.get("review.title");
    }

    @Override
    public Node view(Texts texts) {
        BookingDraft draft = flow.draft();
        RoundAvailability round = draft.round().orElseThrow();
        ZoneId zone = round.occurrence().zone();
        Label convocation = Widgets.label(texts.get("booking.convocation", texts.time(round.convocation(), zone)), "big-figure");
        convocation.setId("review-convocation");
        String names = String.join(", ", draft.visitors().stream().map(Visitor::displayName).toList());
        return Widgets.page(
                Widgets.card(null,
                        convocation,
                        Widgets.label(BookingSummaryView.capitalised(texts.day(draft.date())), "headline"),
                        Widgets.label(texts.get("booking.round", texts.time(round.occurrence().start(), zone),
                                texts.time(round.occurrence().end(), zone), draft.detainee().displayName()), "subline"),
                        Widgets.label(texts.get("booking.visitors", names), "subline")),
                Widgets.label(texts.get("review.idRequired"), "subline"),
                Widgets.primary(texts.get("review.confirm"), "confirm", this::confirm));
    }

    private void confirm() {
        Optional<SeatHold> hold = ctx.session().hold();
        BookingDraft draft = flow.draft();
        Visitor self = ctx.session().requireVisitor();
        if (hold.isEmpty()) {
            ctx.navigator().replace(new RefusedScreen(ctx, flow.journey(), "refused.booking",
                    fr.borne.booking.Decision.refused(fr.borne.booking.Refusal.of(fr.borne.booking.Reason.FULL))));
            return;
        }
        BookingRequest request = new BookingRequest(self.id(), draft.detainee().id(),
                draft.round().orElseThrow().occurrence().round().id(), draft.date(),
                draft.visitors().stream().map(Visitor::id).toList(), false, Channel.KIOSK);
        BookingResult result = ctx.bookings().confirm(hold.get().id(), request);
        if (result instanceof BookingResult.Done done) {
            ctx.session().holdUsed();
            ctx.navigator().startOver(BookedScreen.confirmed(ctx, flow.journey(), done.booking()));
        } else if (result instanceof BookingResult.Refused refused) {
            ctx.session().releaseHold();
            ctx.navigator().show(new RefusedScreen(ctx, flow.journey(), "refused.booking", refused.decision()));
        }
    }
}
