package fr.borne.kiosk.attract;

import fr.borne.booking.Reason;
import fr.borne.booking.Refusal;
import fr.borne.kiosk.Journey;
import fr.borne.kiosk.KioskContext;
import fr.borne.kiosk.i18n.Texts;
import fr.borne.kiosk.ui.Screen;
import fr.borne.kiosk.ui.Widgets;
import javafx.scene.Node;
import javafx.scene.control.Label;

/** A badge the kiosk does not know, or one that was revoked (P5): what to do instead. */
public final class BadgeProblemScreen implements Screen {

    private final KioskContext ctx;
    private final Journey journey;
    private final boolean revoked;
    private final boolean centralUnreachable;

    /**
     * @param centralUnreachable the replica does not know the badge and central could not be
     *                           asked whether another establishment does (B11)
     */
    public BadgeProblemScreen(KioskContext ctx, Journey journey, boolean revoked, boolean centralUnreachable) {
        this.ctx = ctx;
        this.journey = journey;
        this.revoked = revoked;
        this.centralUnreachable = centralUnreachable;
    }

    public BadgeProblemScreen(KioskContext ctx, Journey journey, boolean revoked) {
        this(ctx, journey, revoked, false);
    }

    @Override
    public String title(Texts texts) {
        return texts.get("badge.title");
    }

    @Override
    public Node view(Texts texts) {
        Label what = Widgets.label(ctx.explanations().explain(Refusal.of(revoked ? Reason.BADGE_REVOKED : Reason.UNKNOWN_BADGE)),
                "warning-text");
        what.setId("badge-problem");
        Node card = Widgets.card("alert", Widgets.headline(texts.get("badge.headline")), what);
        if (centralUnreachable) {
            Label offline = Widgets.label(texts.get("badge.centralUnreachable"), "warning-text");
            offline.setId("badge-offline");
            card = Widgets.card("alert", Widgets.headline(texts.get("badge.headline")), what, offline,
                    OtherEstablishments.lines(ctx, texts));
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
