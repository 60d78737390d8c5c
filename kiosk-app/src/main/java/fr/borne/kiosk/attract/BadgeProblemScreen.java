package fr.borne.kiosk.attract;

import fr.borne.booking.Reason;
import fr.borne.booking.Refusal;
import fr.borne.establishment.Establishment;
import fr.borne.kiosk.Journey;
import fr.borne.kiosk.KioskContext;
import fr.borne.kiosk.i18n.ExplanationFacts;
import fr.borne.kiosk.i18n.Texts;
import fr.borne.kiosk.ui.Screen;
import fr.borne.kiosk.ui.Widgets;
import javafx.scene.Node;
import javafx.scene.control.Label;

import java.util.List;

/** A badge the kiosk does not know, or one that was revoked (P5): what to do instead. */
public final class BadgeProblemScreen implements Screen {

    private final KioskContext ctx;
    private final Journey journey;
    private final Model model;

    /**
     * What the screen says, read off the screen's thread: the establishment to call and the
     * figures in force, and when central could not be reached, the other establishments'
     * lines (B11, T5).
     *
     * @param centralUnreachable the replica does not know the badge and central could not be
     *                           asked whether another establishment does (B11)
     */
    public record Model(boolean revoked, boolean centralUnreachable, ExplanationFacts facts,
                        List<Establishment> elsewhere) {
        public Model {
            elsewhere = List.copyOf(elsewhere);
        }

        /** Reads the replica; call off the screen's thread. */
        public static Model load(KioskContext ctx, boolean revoked, boolean centralUnreachable) {
            return new Model(revoked, centralUnreachable, ctx.explanations().facts(List.of()),
                    centralUnreachable ? ctx.explanations().otherEstablishments(ctx.establishment().id()) : List.of());
        }
    }

    public BadgeProblemScreen(KioskContext ctx, Journey journey, Model model) {
        this.ctx = ctx;
        this.journey = journey;
        this.model = model;
    }

    @Override
    public String title(Texts texts) {
        return texts.get("badge.title");
    }

    @Override
    public Node view(Texts texts) {
        Label what = Widgets.label(ctx.explanations().explain(
                Refusal.of(model.revoked() ? Reason.BADGE_REVOKED : Reason.UNKNOWN_BADGE), model.facts()), "warning-text");
        what.setId("badge-problem");
        Node card = Widgets.card("alert", Widgets.headline(texts.get("badge.headline")), what);
        if (model.centralUnreachable()) {
            Label offline = Widgets.label(texts.get("badge.centralUnreachable"), "warning-text");
            offline.setId("badge-offline");
            card = Widgets.card("alert", Widgets.headline(texts.get("badge.headline")), what, offline,
                    OtherEstablishments.lines(ctx.explanations().toCall(model.elsewhere()), texts));
        }
        return Widgets.page(
                card,
                Widgets.label(texts.get("badge.firstVisit", ctx.establishment().parloirPhone(),
                        ctx.establishment().parloirPhoneHours()), "subline"),
                Widgets.primaryAction(texts.get("nav.ok"), "ok", journey::finish));
    }

    @Override
    public boolean backAllowed() {
        return false;
    }

    @Override
    public boolean personal() {
        return false;
    }
}
