package fr.borne.kiosk.booking;

import fr.borne.booking.BookingRequest;
import fr.borne.booking.BookingResult;
import fr.borne.booking.Channel;
import fr.borne.booking.Decision;
import fr.borne.booking.Reason;
import fr.borne.booking.Refusal;
import fr.borne.booking.RoundAvailability;
import fr.borne.booking.SeatHold;
import fr.borne.establishment.Establishment;
import fr.borne.kiosk.KioskContext;
import fr.borne.kiosk.home.HomeScreen;
import fr.borne.kiosk.i18n.Texts;
import fr.borne.kiosk.online.Online;
import fr.borne.kiosk.ui.MessageScreen;
import fr.borne.kiosk.ui.Screen;
import fr.borne.kiosk.ui.Widgets;
import fr.borne.sync.BookingAnswer;
import fr.borne.visitor.Visitor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Step 5: everything at a glance, convocation first, and the one button that books. The
 * booking is written (or asked of central) off the screen's thread; a visitor who stops
 * waiting goes to their home with the seat still held, and the booking, if it goes
 * through meanwhile, is shown and printed all the same.
 */
final class ReviewScreen implements Screen {

    private static final Logger LOG = LoggerFactory.getLogger(ReviewScreen.class);

    private final KioskContext ctx;
    private final BookingFlow flow;
    private final Establishment where;

    /** @param where the detainee's establishment, read with the companions */
    ReviewScreen(KioskContext ctx, BookingFlow flow, Establishment where) {
        this.ctx = ctx;
        this.flow = flow;
        this.where = where;
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
        Label place = Widgets.label(texts.get("booking.where", where.name(), where.address()), "subline");
        place.setId("review-where");
        return Widgets.page(
                Widgets.card(null,
                        convocation,
                        Widgets.label(BookingSummaryView.capitalised(texts.day(draft.date())), "headline"),
                        Widgets.label(texts.get(draft.second().isPresent() ? "booking.doubleRound" : "booking.round",
                                texts.time(round.occurrence().start(), zone), texts.time(end, zone),
                                draft.detainee().displayName()), "subline"),
                        Widgets.label(texts.get("booking.visitors", names), "subline"),
                        place),
                Widgets.label(texts.get("review.idRequired"), "subline"),
                Widgets.primaryAction(texts.get("review.confirm"), "confirm", this::confirm));
    }

    private BookingRequest request() {
        BookingDraft draft = flow.draft();
        return new BookingRequest(ctx.session().requireVisitor().id(), draft.detainee().id(),
                draft.round().orElseThrow().occurrence().round().id(), draft.date(),
                draft.visitors().stream().map(Visitor::id).toList(), draft.second().isPresent(), Channel.KIOSK);
    }

    /** What came back: central's pool unreachable, or the result with the booking in words. */
    private record Outcome(Optional<BookingResult> result, Optional<BookingFacts> facts) {
    }

    private void confirm() {
        BookingRequest request = request();
        String visitorId = request.bookedBy();
        boolean fromPool = flow.draft().fromCentralPool();
        Optional<SeatHold> hold = ctx.session().hold();
        if (!fromPool && hold.isEmpty()) {
            RefusedScreen.open(ctx, flow.journey(), "refused.booking", Decision.refused(Refusal.of(Reason.FULL)),
                    Optional.of(roundId()), ctx.navigator()::replace);
            return;
        }
        ctx.waiting().act(() -> {
            Optional<BookingResult> result;
            if (fromPool) {
                // B10: the seat comes from central's pool; its answer stands
                Online<BookingAnswer> answer = new CentralPool(ctx).book(request);
                result = answer instanceof Online.Answered<BookingAnswer> answered
                        ? Optional.of(answered.body().toResult()) : Optional.empty();
            } else {
                result = Optional.of(ctx.bookings().confirm(hold.get().id(), request));
            }
            Optional<BookingFacts> facts = result.filter(BookingResult.Done.class::isInstance)
                    .map(r -> ((BookingResult.Done) r).booking())
                    .flatMap(b -> BookingFacts.of(b, ctx.directory(), ctx.figures()));
            return new Outcome(result, facts);
        }, outcome -> done(outcome, visitorId), () -> HomeScreen.open(ctx, flow.journey()));
    }

    /** The round booked: a refusal names its own figures. */
    private String roundId() {
        return flow.draft().round().map(r -> r.occurrence().round().id()).orElseThrow();
    }

    private void done(Outcome outcome, String visitorId) {
        boolean sameVisitor = ctx.session().visitor().map(Visitor::id).filter(visitorId::equals).isPresent();
        if (!sameVisitor) {
            // the visitor left meanwhile: what was booked is stored, nothing is shown to the next one
            LOG.info("a booking answer came after its visitor left: {}", outcome.result()
                    .map(r -> r.getClass().getSimpleName()).orElse("central not reached"));
            return;
        }
        ctx.waiting().forget();
        if (outcome.result().isEmpty()) {
            ctx.navigator().replace(new MessageScreen(ctx, "refused.title", "pool.notConfirmed",
                    List.of("pool.unreachable"), flow.journey()::home, "nav.myVisits"));
        } else if (outcome.result().get() instanceof BookingResult.Done done) {
            ctx.session().holdUsed();
            ctx.navigator().startOver(BookedScreen.confirmed(ctx, flow.journey(), done.booking(), outcome.facts()));
        } else if (outcome.result().get() instanceof BookingResult.Refused refused) {
            ctx.session().releaseHold();
            RefusedScreen.open(ctx, flow.journey(), "refused.booking", refused.decision(), Optional.of(roundId()),
                    ctx.navigator()::show);
        }
    }
}
