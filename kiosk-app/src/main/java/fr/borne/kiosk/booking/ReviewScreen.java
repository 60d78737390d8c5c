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
import fr.borne.establishment.Establishment;
import fr.borne.kiosk.online.Online;
import fr.borne.kiosk.ui.MessageScreen;
import fr.borne.sync.BookingAnswer;
import fr.borne.visitor.Visitor;
import javafx.scene.Node;
import javafx.scene.control.Label;

import java.time.ZoneId;
import java.util.List;
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
        java.time.Instant end = draft.second().map(s -> s.occurrence().end()).orElse(round.occurrence().end());
        convocation.setId("review-convocation");
        String names = String.join(", ", draft.visitors().stream().map(Visitor::displayName).toList());
        return Widgets.page(
                Widgets.card(null,
                        convocation,
                        Widgets.label(BookingSummaryView.capitalised(texts.day(draft.date())), "headline"),
                        Widgets.label(texts.get(draft.second().isPresent() ? "booking.doubleRound" : "booking.round",
                                texts.time(round.occurrence().start(), zone), texts.time(end, zone),
                                draft.detainee().displayName()), "subline"),
                        Widgets.label(texts.get("booking.visitors", names), "subline"),
                        where(texts)),
                Widgets.label(texts.get("review.idRequired"), "subline"),
                Widgets.primaryAction(texts.get("review.confirm"), "confirm", this::confirm));
    }

    private Node where(Texts texts) {
        Establishment where = ctx.directory().establishment(flow.draft().detainee().establishmentId())
                .orElse(ctx.establishment());
        Label place = Widgets.label(texts.get("booking.where", where.name(), where.address()), "subline");
        place.setId("review-where");
        return place;
    }

    private BookingRequest request() {
        BookingDraft draft = flow.draft();
        return new BookingRequest(ctx.session().requireVisitor().id(), draft.detainee().id(),
                draft.round().orElseThrow().occurrence().round().id(), draft.date(),
                draft.visitors().stream().map(Visitor::id).toList(), draft.second().isPresent(), Channel.KIOSK);
    }

    private void confirm() {
        if (flow.draft().fromCentralPool()) {
            confirmAtCentral();
            return;
        }
        Optional<SeatHold> hold = ctx.session().hold();
        if (hold.isEmpty()) {
            ctx.navigator().replace(new RefusedScreen(ctx, flow.journey(), "refused.booking",
                    fr.borne.booking.Decision.refused(fr.borne.booking.Refusal.of(fr.borne.booking.Reason.FULL))));
            return;
        }
        done(ctx.bookings().confirm(hold.get().id(), request()));
    }

    /** B10: the seat comes from central's pool; its answer stands, and without it the visitor is told plainly. */
    private void confirmAtCentral() {
        Online<BookingAnswer> answer = new CentralPool(ctx).book(request());
        if (answer instanceof Online.Answered<BookingAnswer> answered) {
            done(answered.body().toResult());
        } else {
            ctx.navigator().replace(new MessageScreen(ctx, "refused.title", "pool.notConfirmed",
                    List.of("pool.unreachable"), flow.journey()::home, "nav.myVisits"));
        }
    }

    private void done(BookingResult result) {
        if (result instanceof BookingResult.Done done) {
            ctx.session().holdUsed();
            ctx.navigator().startOver(BookedScreen.confirmed(ctx, flow.journey(), done.booking()));
        } else if (result instanceof BookingResult.Refused refused) {
            ctx.session().releaseHold();
            ctx.navigator().show(new RefusedScreen(ctx, flow.journey(), "refused.booking", refused.decision()));
        }
    }
}
