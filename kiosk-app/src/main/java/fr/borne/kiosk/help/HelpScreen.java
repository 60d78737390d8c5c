package fr.borne.kiosk.help;

import fr.borne.kiosk.KioskContext;
import fr.borne.kiosk.i18n.Texts;
import fr.borne.kiosk.i18n.VisitFigures;
import fr.borne.kiosk.ui.Screen;
import fr.borne.kiosk.ui.Widgets;
import javafx.scene.Node;

/** How to use the kiosk, and who can help, with the figures in force read before it shows. */
public final class HelpScreen implements Screen {

    private final KioskContext ctx;
    private final VisitFigures figures;

    private HelpScreen(KioskContext ctx, VisitFigures figures) {
        this.ctx = ctx;
        this.figures = figures;
    }

    /** Reads the figures in force (the detainee in question's, else this establishment's) off the screen's thread, then shows help. */
    public static void open(KioskContext ctx) {
        ctx.waiting().ask(() -> ctx.session().detaineeInQuestion().map(ctx.figures()::forDetainee)
                        .orElseGet(ctx.figures()::here),
                figures -> ctx.navigator().show(new HelpScreen(ctx, figures)));
    }

    @Override
    public String title(Texts texts) {
        return texts.get("help.title");
    }

    @Override
    public Node view(Texts texts) {
        return Widgets.page(
                Widgets.card(null, Widgets.label(texts.get("help.scan.title"), "section-title"),
                        Widgets.label(texts.get("help.scan.body"), "subline")),
                Widgets.card(null, Widgets.label(texts.get("help.book.title"), "section-title"),
                        booking(texts)),
                Widgets.card(null, Widgets.label(texts.get("help.screen.title"), "section-title"),
                        Widgets.label(texts.get("help.screen.body"), "subline")),
                Widgets.card(null, Widgets.label(texts.get("help.people.title"), "section-title"),
                        Widgets.label(texts.get("help.people.body", ctx.establishment().parloirPhone(),
                                ctx.establishment().parloirPhoneHours()), "subline")));
    }

    private Node booking(Texts texts) {
        Node label = Widgets.label(texts.get("help.book.body", figures.opensDaysBefore(),
                texts.duration(figures.closesBefore()), figures.maxVisitors() - 1), "subline");
        label.setId("help-book");
        return label;
    }

    @Override
    public boolean personal() {
        return ctx.session().active();
    }
}
