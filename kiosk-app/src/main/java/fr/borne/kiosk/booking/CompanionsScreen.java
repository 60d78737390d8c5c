package fr.borne.kiosk.booking;

import fr.borne.kiosk.KioskContext;
import fr.borne.kiosk.i18n.Texts;
import fr.borne.kiosk.ui.Screen;
import fr.borne.kiosk.ui.Widgets;
import fr.borne.visitor.Visitor;
import javafx.scene.Node;
import javafx.scene.control.Button;

import java.util.List;

/** Step 4: who comes, the badge holder and up to two other permit holders for the detainee. */
final class CompanionsScreen implements Screen {

    private final KioskContext ctx;
    private final BookingFlow flow;
    private final VisitorPicker picker;

    CompanionsScreen(KioskContext ctx, BookingFlow flow) {
        this.ctx = ctx;
        this.flow = flow;
        Visitor self = ctx.session().requireVisitor();
        List<Visitor> candidates = Companions.candidates(ctx, self, flow.draft().detainee().id());
        List<Visitor> preselected = candidates.isEmpty() || !candidates.get(0).equals(self) ? List.of() : List.of(self);
        this.picker = new VisitorPicker(candidates, preselected, Companions.maxVisitors(ctx, flow.draft().detainee().id()), flow.draft().date(),
                self.id(), ctx.navigator()::refresh);
    }

    @Override
    public String title(Texts texts) {
        return texts.get("companions.title");
    }

    @Override
    public Node view(Texts texts) {
        Button next = Widgets.primaryAction(texts.get("nav.continue"), "continue", () -> flow.visitorsChosen(picker.selected()));
        next.setDisable(!picker.acceptable());
        return Widgets.page(
                Widgets.headline(texts.get("companions.question")),
                Widgets.label(texts.get("companions.rule", Companions.maxVisitors(ctx, flow.draft().detainee().id())), "subline"),
                picker.view(texts),
                next);
    }
}
