package fr.borne.kiosk.cancel;

import fr.borne.booking.BookingResult;
import fr.borne.kiosk.Journey;
import fr.borne.kiosk.KioskContext;
import fr.borne.kiosk.booking.BookingFacts;
import fr.borne.kiosk.booking.BookingSummaryView;
import fr.borne.kiosk.booking.RefusedScreen;
import fr.borne.kiosk.i18n.Texts;
import fr.borne.kiosk.ui.MessageScreen;
import fr.borne.kiosk.ui.Screen;
import fr.borne.kiosk.ui.Widgets;
import javafx.scene.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** B4: cancelling a visit, after saying plainly which one; the cancellation is written off the screen's thread. */
public final class CancelScreen implements Screen {

    private final KioskContext ctx;
    private final Journey journey;
    private final BookingFacts facts;

    /** @param facts the visit as the home screen read it */
    public CancelScreen(KioskContext ctx, Journey journey, BookingFacts facts) {
        this.ctx = ctx;
        this.journey = journey;
        this.facts = facts;
        ctx.session().concerns(facts.booking().detaineeId());
    }

    @Override
    public String title(Texts texts) {
        return texts.get("cancel.title");
    }

    @Override
    public Node view(Texts texts) {
        List<Node> parts = new ArrayList<>();
        parts.add(Widgets.headline(texts.get("cancel.question")));
        parts.add(BookingSummaryView.of(facts, texts, "alert"));
        parts.add(Widgets.action(Widgets.button(texts.get("cancel.keep"), "keep", journey::home)));
        parts.add(Widgets.action(Widgets.button(texts.get("cancel.confirm"), "confirm-cancel", this::cancel,
                "primary", "danger")));
        return Widgets.page(parts.toArray(Node[]::new));
    }

    private void cancel() {
        String actor = ctx.session().requireVisitor().id();
        ctx.waiting().act(() -> ctx.bookings().cancel(facts.booking().id(), actor), this::cancelled, () -> { });
    }

    private void cancelled(BookingResult result) {
        if (!ctx.session().active()) {
            return;
        }
        ctx.waiting().forget();
        if (result instanceof BookingResult.Done) {
            ctx.navigator().startOver(new MessageScreen(ctx, "cancel.title", "cancel.done",
                    List.of("cancel.doneBody"), journey::home, "nav.myVisits"));
        } else if (result instanceof BookingResult.Refused refused) {
            RefusedScreen.open(ctx, journey, "refused.cancel", refused.decision(),
                    Optional.of(facts.booking().roundId()), ctx.navigator()::show);
        }
    }
}
