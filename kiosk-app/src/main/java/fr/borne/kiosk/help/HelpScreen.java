package fr.borne.kiosk.help;

import fr.borne.kiosk.KioskContext;
import fr.borne.kiosk.i18n.Texts;
import fr.borne.kiosk.i18n.VisitFigures;
import fr.borne.kiosk.ui.Screen;
import fr.borne.kiosk.ui.Widgets;
import javafx.scene.Node;

/** How to use the kiosk, and who can help. */
public final class HelpScreen implements Screen {

    private final KioskContext ctx;

    public HelpScreen(KioskContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public String title(Texts texts) {
        return texts.get("help.title");
    }

    @Override
    public Node view(Texts texts) {
        VisitFigures figures = ctx.session().detaineeInQuestion().map(ctx.figures()::forDetainee)
                .orElseGet(ctx.figures()::here);
        return Widgets.page(
                Widgets.card(null, Widgets.label(texts.get("help.scan.title"), "section-title"),
                        Widgets.label(texts.get("help.scan.body"), "subline")),
                Widgets.card(null, Widgets.label(texts.get("help.book.title"), "section-title"),
                        Widgets.label(texts.get("help.book.body", figures.opensDaysBefore(),
                                texts.duration(figures.closesBefore()), figures.maxVisitors() - 1), "subline")),
                Widgets.card(null, Widgets.label(texts.get("help.screen.title"), "section-title"),
                        Widgets.label(texts.get("help.screen.body"), "subline")),
                Widgets.card(null, Widgets.label(texts.get("help.people.title"), "section-title"),
                        Widgets.label(texts.get("help.people.body", ctx.establishment().parloirPhone(),
                                ctx.establishment().parloirPhoneHours()), "subline")));
    }

    @Override
    public boolean personal() {
        return ctx.session().active();
    }
}
