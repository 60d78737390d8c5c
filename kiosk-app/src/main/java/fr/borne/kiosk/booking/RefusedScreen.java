package fr.borne.kiosk.booking;

import fr.borne.booking.Decision;
import fr.borne.booking.Refusal;
import fr.borne.kiosk.Journey;
import fr.borne.kiosk.KioskContext;
import fr.borne.kiosk.i18n.ExplanationFacts;
import fr.borne.kiosk.i18n.Explanations;
import fr.borne.kiosk.i18n.Texts;
import fr.borne.kiosk.ui.Screen;
import fr.borne.kiosk.ui.Widgets;
import javafx.scene.Node;
import javafx.scene.control.Label;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Something could not be done: every reason in words, and the way back to the visitor's home.
 * What the words name (the visitors, the establishment to call, the figures in force in the
 * round concerned) is read before the screen is shown, off the screen's thread.
 */
public final class RefusedScreen implements Screen {

    private final Journey journey;
    private final String headlineKey;
    private final Decision decision;
    private final ExplanationFacts facts;
    private final Explanations explanations;

    private RefusedScreen(KioskContext ctx, Journey journey, String headlineKey, Decision decision,
                          ExplanationFacts facts) {
        this.explanations = ctx.explanations();
        this.journey = journey;
        this.headlineKey = headlineKey;
        this.decision = decision;
        this.facts = facts;
    }

    /**
     * Reads what explaining the refusal needs, in the background, then hands the screen to
     * {@code show} (the navigator's show or replace).
     *
     * @param round the round the refusal is about, if any: its own figures are those named
     */
    public static void open(KioskContext ctx, Journey journey, String headlineKey, Decision decision,
                            Optional<String> round, Consumer<Screen> show) {
        ctx.waiting().ask(() -> {
                    ExplanationFacts facts = ctx.explanations().facts(decision.refusals(), round.stream().toList());
                    return round.map(facts::inRound).orElse(facts);
                },
                facts -> show.accept(new RefusedScreen(ctx, journey, headlineKey, decision, facts)));
    }

    @Override
    public String title(Texts texts) {
        return texts.get("refused.title");
    }

    @Override
    public Node view(Texts texts) {
        List<Node> reasons = new ArrayList<>();
        reasons.add(Widgets.headline(texts.get(headlineKey)));
        List<Refusal> refusals = decision.refusals();
        for (int i = 0; i < refusals.size(); i++) {
            Label why = Widgets.label(explanations.explain(refusals.get(i), facts), "warning-text");
            why.setId("refused-reason-" + i);
            why.getStyleClass().add("refusal");
            reasons.add(why);
        }
        return Widgets.page(Widgets.card("alert", reasons.toArray(Node[]::new)),
                Widgets.primaryAction(texts.get("nav.myVisits"), "home", journey::home));
    }
}
