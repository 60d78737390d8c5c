package fr.borne.kiosk.booking;

import fr.borne.booking.Decision;
import fr.borne.booking.HoldResult;
import fr.borne.booking.Refusal;
import fr.borne.booking.RoundAvailability;
import fr.borne.kiosk.KioskContext;
import fr.borne.kiosk.i18n.ExplanationFacts;
import fr.borne.kiosk.i18n.Language;
import fr.borne.kiosk.i18n.Texts;
import fr.borne.kiosk.ui.Screen;
import fr.borne.kiosk.ui.Widgets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Step 3: the rounds of the chosen day, with the places left, as read by the controller.
 * Choosing one holds a seat, off the screen's thread; a refusal appears right under the
 * round touched. The view is built once per language and changed in place.
 */
final class RoundScreen implements Screen {

    private final KioskContext ctx;
    private final BookingFlow flow;
    private final List<RoundAvailability> rounds;
    /** What the rounds' refusals name, each round's own figures among them. */
    private final ExplanationFacts facts;
    /** What the refusal of a hold named, read with the hold's answer. */
    private ExplanationFacts refusedFacts;
    /** The round touched last and what was said of it, shown under its tile. */
    private String refusedTile;
    private Decision refused;
    private boolean centralUnreachable;
    private Language builtFor;
    private Node view;
    private VBox tiles;
    private Texts texts;

    /** The day's rounds, and what their refusals need to be explained, read together. */
    record Model(List<RoundAvailability> rounds, ExplanationFacts facts) {
        Model {
            rounds = List.copyOf(rounds);
        }
    }

    RoundScreen(KioskContext ctx, BookingFlow flow, Model model) {
        this.ctx = ctx;
        this.flow = flow;
        this.rounds = model.rounds();
        this.facts = model.facts();
    }

    @Override
    public String title(Texts texts) {
        return texts.get("round.title", texts.day(flow.draft().date()));
    }

    @Override
    public Node view(Texts texts) {
        if (view == null || builtFor != texts.language()) {
            this.texts = texts;
            builtFor = texts.language();
            tiles = new VBox(14);
            layOut();
            view = Widgets.page(Widgets.headline(texts.get("round.question")), tiles);
        }
        return view;
    }

    /** The tiles, built once per language, and the refusal card right under the tile it is about. */
    private void layOut() {
        tiles.getChildren().removeIf(n -> "round-refusal-card".equals(n.getId()));
        if (tiles.getChildren().isEmpty()) {
            for (RoundAvailability round : rounds) {
                tiles.getChildren().add(tile(round));
                DoubleVisit.following(flow.draft().detainee(), round, rounds)
                        .ifPresent(second -> tiles.getChildren().add(doubleTile(round, second)));
            }
        }
        refusalCard().ifPresent(card -> tiles.getChildren().stream()
                .filter(n -> n.getId() != null && n.getId().equals(refusedTile)).findFirst()
                .ifPresent(tile -> tiles.getChildren().add(tiles.getChildren().indexOf(tile) + 1, card)));
    }

    private Optional<VBox> refusalCard() {
        if (refusedTile == null) {
            return Optional.empty();
        }
        List<Node> reasons = new ArrayList<>();
        if (centralUnreachable) {
            Label why = Widgets.label(texts.get("pool.unreachable", ctx.establishment().parloirPhone(),
                    ctx.establishment().parloirPhoneHours()), "warning-text");
            why.setId("round-refusal");
            reasons.add(why);
        } else if (refused != null) {
            for (Refusal r : refused.refusals()) {
                Label why = Widgets.label(ctx.explanations().explain(r, refusedFacts), "warning-text");
                why.setId("round-refusal");
                reasons.add(why);
            }
        }
        if (reasons.isEmpty()) {
            return Optional.empty();
        }
        VBox card = Widgets.card("alert", reasons.toArray(Node[]::new));
        card.setId("round-refusal-card");
        return Optional.of(card);
    }

    private Button tile(RoundAvailability round) {
        ZoneId zone = round.occurrence().zone();
        String when = texts.get("round.choice", texts.time(round.convocation(), zone),
                texts.time(round.occurrence().start(), zone), texts.time(round.occurrence().end(), zone));
        String status = round.bookable()
                ? texts.get("round.seats", round.seatsLeft())
                : round.decision().refusals().stream().findFirst()
                .map(r -> ctx.explanations().shortStatus(r, facts)).orElse(texts.get("status.OTHER"));
        String id = "round-" + round.occurrence().round().id();
        Button tile = Widgets.button(when + "\n" + status, id, () -> choose(id, round, Optional.empty()), "tile");
        if (!round.bookable()) {
            tile.getStyleClass().add("unavailable");
        }
        return tile;
    }

    /** B8: both rounds in one booking; the hold keeps the first, the confirmation takes the second. */
    private Button doubleTile(RoundAvailability first, RoundAvailability second) {
        ZoneId zone = first.occurrence().zone();
        String when = texts.get("round.double", texts.time(first.convocation(), zone),
                texts.time(first.occurrence().start(), zone), texts.time(second.occurrence().end(), zone));
        String id = "double-" + first.occurrence().round().id();
        Button tile = Widgets.button(when + "\n" + texts.get("round.doubleNote"), id,
                () -> choose(id, first, Optional.of(second)), "tile");
        tile.getStyleClass().add("double-visit");
        return tile;
    }

    private void choose(String tileId, RoundAvailability round, Optional<RoundAvailability> second) {
        String roundId = round.occurrence().round().id();
        if (!round.bookable()) {
            refuse(tileId, round.decision(), facts.inRound(roundId), false);
            return;
        }
        String visitorId = ctx.session().requireVisitor().id();
        String detaineeId = flow.draft().detainee().id();
        boolean[] stopped = {false};
        ctx.waiting().act(() -> {
            HoldResult result = ctx.bookings().hold(visitorId, detaineeId, roundId, round.occurrence().date());
            // a refusal's words are read with it, off the screen's thread
            ExplanationFacts explaining = result instanceof HoldResult.Refused no
                    ? ctx.explanations().facts(no.decision().refusals(), List.of(roundId)).inRound(roundId)
                    : facts.inRound(roundId);
            return new HoldAnswer(result, explaining);
        }, answer -> held(answer.result(), answer.facts(), stopped[0], tileId, round, second),
                () -> stopped[0] = true);
    }

    private record HoldAnswer(HoldResult result, ExplanationFacts facts) {
    }

    private void held(HoldResult result, ExplanationFacts explaining, boolean stopped, String tileId,
                      RoundAvailability round, Optional<RoundAvailability> second) {
        if (result instanceof HoldResult.Held held) {
            if (stopped || !ctx.session().active()) {
                // the visitor stopped waiting or left: the seat goes straight back
                ctx.waiting().background().run(() -> ctx.bookings().release(held.hold().id()));
                return;
            }
            ctx.session().keep(held.hold());
            flow.roundHeld(round, second, false);
        } else if (result instanceof HoldResult.Refused no && !stopped) {
            CentralPool pool = new CentralPool(ctx);
            if (pool.couldServe(no.decision(), round)) {
                // B10: the seat can only come from central's pool; is central there? (off the screen's thread)
                ctx.waiting().ask(pool::reachable, reachable -> {
                    if (reachable) {
                        flow.roundHeld(round, second, true);
                    } else {
                        refuse(tileId, no.decision(), explaining, true);
                    }
                });
                return;
            }
            refuse(tileId, no.decision(), explaining, false);
        }
    }

    private void refuse(String tileId, Decision decision, ExplanationFacts explaining, boolean unreachable) {
        refusedTile = tileId;
        refused = decision;
        refusedFacts = explaining;
        centralUnreachable = unreachable;
        if (tiles != null) {
            layOut();
            Widgets.reveal(tiles.lookup("#round-refusal-card"));
        }
    }
}
