package fr.borne.kiosk.booking;

import fr.borne.booking.Decision;
import fr.borne.booking.Refusal;
import fr.borne.kiosk.Journey;
import fr.borne.kiosk.KioskContext;
import fr.borne.kiosk.i18n.Texts;
import fr.borne.kiosk.ui.Screen;
import fr.borne.kiosk.ui.Widgets;
import javafx.scene.Node;
import javafx.scene.control.Label;

import java.util.ArrayList;
import java.util.List;

/** Something could not be done: every reason in words, and the way back to the visitor's home. */
public final class RefusedScreen implements Screen {

    private final KioskContext ctx;
    private final Journey journey;
    private final String headlineKey;
    private final Decision decision;

    public RefusedScreen(KioskContext ctx, Journey journey, String headlineKey, Decision decision) {
        this.ctx = ctx;
        this.journey = journey;
        this.headlineKey = headlineKey;
        this.decision = decision;
    }

    @Override
    public String title(Texts texts) {
        return texts.get("refused.title");
    }

    @Override
    public Node view(Texts texts) {
        List<Node> reasons = new ArrayList<>();
        reasons.add(Widgets.headline(texts.get(headlineKey)));
        for (Refusal refusal : decision.refusals()) {
            Label why = Widgets.label(ctx.explanations().explain(refusal), "warning-text");
            why.getStyleClass().add("refusal");
            reasons.add(why);
        }
        return Widgets.page(Widgets.card("alert", reasons.toArray(Node[]::new)),
                Widgets.primaryAction(texts.get("nav.myVisits"), "home", journey::home));
    }
}
