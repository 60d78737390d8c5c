package fr.borne.kiosk.booking;

import fr.borne.booking.Decision;
import fr.borne.booking.DayAvailability;
import fr.borne.booking.HoldResult;
import fr.borne.booking.Refusal;
import fr.borne.booking.RoundAvailability;
import fr.borne.kiosk.KioskContext;
import fr.borne.kiosk.i18n.Texts;
import fr.borne.kiosk.ui.Screen;
import fr.borne.kiosk.ui.Widgets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Step 3: the round of the chosen day, with the places left. Choosing one holds a seat. */
final class RoundScreen implements Screen {

    private final KioskContext ctx;
    private final BookingFlow flow;
    private Decision refused;
    private boolean centralUnreachable;

    RoundScreen(KioskContext ctx, BookingFlow flow) {
        this.ctx = ctx;
        this.flow = flow;
    }

    @Override
    public String title(Texts texts) {
        return texts.get("round.title", texts.day(flow.draft().date()));
    }

    @Override
    public Node view(Texts texts) {
        String visitorId = ctx.session().requireVisitor().id();
        List<RoundAvailability> rounds = ctx.bookings().availability(visitorId, flow.draft().detainee().id()).days().stream()
                .filter(d -> d.date().equals(flow.draft().date()))
                .map(DayAvailability::rounds).findFirst().orElse(List.of());
        List<Node> parts = new ArrayList<>();
        parts.add(Widgets.headline(texts.get("round.question")));
        if (centralUnreachable) {
            Label why = Widgets.label(texts.get("pool.unreachable", ctx.establishment().parloirPhone(),
                    ctx.establishment().parloirPhoneHours()), "warning-text");
            why.setId("round-refusal");
            parts.add(Widgets.card("alert", why));
        } else if (refused != null) {
            List<Node> reasons = new ArrayList<>();
            for (Refusal r : refused.refusals()) {
                Label why = Widgets.label(ctx.explanations().explain(r), "warning-text");
                why.setId("round-refusal");
                reasons.add(why);
            }
            parts.add(Widgets.card("alert", reasons.toArray(Node[]::new)));
        }
        for (RoundAvailability round : rounds) {
            parts.add(tile(round, texts));
            DoubleVisit.following(flow.draft().detainee(), round, rounds)
                    .ifPresent(second -> parts.add(doubleTile(round, second, texts)));
        }
        return Widgets.page(parts.toArray(Node[]::new));
    }

    private Button tile(RoundAvailability round, Texts texts) {
        ZoneId zone = round.occurrence().zone();
        String when = texts.get("round.choice", texts.time(round.convocation(), zone),
                texts.time(round.occurrence().start(), zone), texts.time(round.occurrence().end(), zone));
        String status = round.bookable()
                ? texts.get("round.seats", round.seatsLeft())
                : round.decision().refusals().stream().findFirst().map(ctx.explanations()::shortStatus)
                .orElse(texts.get("status.OTHER"));
        Button tile = Widgets.button(when + "\n" + status, "round-" + round.occurrence().round().id(),
                () -> choose(round), "tile");
        if (!round.bookable()) {
            tile.getStyleClass().add("unavailable");
        }
        return tile;
    }

    /** B8: both rounds in one booking; the hold keeps the first, the confirmation takes the second. */
    private Button doubleTile(RoundAvailability first, RoundAvailability second, Texts texts) {
        ZoneId zone = first.occurrence().zone();
        String when = texts.get("round.double", texts.time(first.convocation(), zone),
                texts.time(first.occurrence().start(), zone), texts.time(second.occurrence().end(), zone));
        Button tile = Widgets.button(when + "\n" + texts.get("round.doubleNote"),
                "double-" + first.occurrence().round().id(), () -> choose(first, Optional.of(second)), "tile");
        tile.getStyleClass().add("double-visit");
        return tile;
    }

    private void choose(RoundAvailability round) {
        choose(round, Optional.empty());
    }

    private void choose(RoundAvailability round, Optional<RoundAvailability> second) {
        centralUnreachable = false;
        if (!round.bookable()) {
            refused = round.decision();
            ctx.navigator().refresh();
            return;
        }
        HoldResult result = ctx.bookings().hold(ctx.session().requireVisitor().id(), flow.draft().detainee().id(),
                round.occurrence().round().id(), round.occurrence().date());
        if (result instanceof HoldResult.Held held) {
            ctx.session().keep(held.hold());
            refused = null;
            flow.roundHeld(round, second, false);
        } else if (result instanceof HoldResult.Refused no) {
            CentralPool pool = new CentralPool(ctx);
            if (pool.couldServe(no.decision(), round)) {
                if (pool.reachable()) {
                    refused = null;
                    flow.roundHeld(round, second, true);
                    return;
                }
                centralUnreachable = true;
            }
            refused = no.decision();
            ctx.navigator().refresh();
        }
    }
}
