package fr.borne.kiosk.booking;

import fr.borne.detainee.Detainee;
import fr.borne.kiosk.KioskContext;
import fr.borne.kiosk.i18n.ExplanationFacts;
import fr.borne.kiosk.i18n.Texts;
import fr.borne.kiosk.ui.Screen;
import fr.borne.kiosk.ui.Widgets;
import javafx.scene.Node;

import java.util.ArrayList;
import java.util.List;

/** Step 1: whom to visit, among the detainees the visitor holds a permit for. */
final class DetaineeScreen implements Screen {

    private final KioskContext ctx;
    private final BookingFlow flow;
    private final List<Detainee> detainees;
    private final ExplanationFacts facts;

    /** The detainees the visitor may book for, and what saying there is none needs, read together. */
    record Model(List<Detainee> detainees, ExplanationFacts facts) {
        Model {
            detainees = List.copyOf(detainees);
        }
    }

    DetaineeScreen(KioskContext ctx, BookingFlow flow, Model model) {
        this.ctx = ctx;
        this.flow = flow;
        this.detainees = model.detainees();
        this.facts = model.facts();
    }

    @Override
    public String title(Texts texts) {
        return texts.get("detainee.title");
    }

    @Override
    public Node view(Texts texts) {
        List<Node> parts = new ArrayList<>();
        parts.add(Widgets.headline(texts.get("detainee.question")));
        if (detainees.isEmpty()) {
            parts.add(Widgets.label(ctx.explanations().explain(
                    fr.borne.booking.Refusal.of(fr.borne.booking.Reason.NO_PERMIT), facts), "warning-text"));
        }
        for (Detainee d : detainees) {
            parts.add(Widgets.button(texts.get("detainee.choice", d.displayName(), d.ecrou()), "detainee-" + d.id(),
                    () -> flow.chooseDetainee(d), "tile"));
        }
        return Widgets.page(parts.toArray(Node[]::new));
    }
}
