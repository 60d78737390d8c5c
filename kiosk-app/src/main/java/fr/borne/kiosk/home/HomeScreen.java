package fr.borne.kiosk.home;

import fr.borne.detainee.Detainee;
import fr.borne.establishment.Establishment;
import fr.borne.kiosk.Journey;
import fr.borne.kiosk.KioskContext;
import fr.borne.kiosk.booking.BookedScreen;
import fr.borne.kiosk.booking.BookingFacts;
import fr.borne.kiosk.booking.BookingFlow;
import fr.borne.kiosk.booking.BookingSummaryView;
import fr.borne.kiosk.cancel.CancelScreen;
import fr.borne.kiosk.change.ChangeCompanionsScreen;
import fr.borne.kiosk.help.HelpScreen;
import fr.borne.kiosk.i18n.Texts;
import fr.borne.kiosk.info.InfoScreen;
import fr.borne.kiosk.notice.CancelledBookingsView;
import fr.borne.kiosk.access.SceneNodes;
import fr.borne.kiosk.special.SpecialVisitScreen;
import fr.borne.kiosk.ui.Screen;
import fr.borne.kiosk.ui.Widgets;
import fr.borne.visitor.Visitor;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The visitor's home: a greeting, the button to book, their upcoming visits (convocation
 * first) with what can be done to each, and the detainees they hold permits for.
 */
public final class HomeScreen implements Screen {

    private final KioskContext ctx;
    private final Journey journey;
    private final HomeModel model;

    private HomeScreen(KioskContext ctx, Journey journey, HomeModel model) {
        this.ctx = ctx;
        this.journey = journey;
        this.model = model;
    }

    /** Reads the visitor's home off the screen's thread, then shows it as the start of the history. */
    public static void open(KioskContext ctx, Journey journey) {
        ctx.waiting().ask(() -> HomeModel.load(ctx),
                model -> ctx.navigator().startOver(new HomeScreen(ctx, journey, model)));
    }

    public HomeModel model() {
        return model;
    }

    @Override
    public String title(Texts texts) {
        return texts.get("home.title");
    }

    @Override
    public Node view(Texts texts) {
        Visitor visitor = model.visitor();
        List<Node> parts = new ArrayList<>();
        parts.add(Widgets.headline(texts.get("home.greeting", visitor.displayName())));
        Button book = SceneNodes.startHere(Widgets.primaryAction(texts.get("home.book"), "book",
                () -> new BookingFlow(ctx, journey).start()));
        parts.add(book);
        parts.addAll(CancelledBookingsView.cards(model.cancelled(), texts));
        for (HomeModel.RefusedChange refused : model.refused()) {
            parts.add(refusedCard(refused, texts));
        }

        parts.add(Widgets.label(texts.get("home.upcoming"), "section-title"));
        if (model.upcoming().isEmpty()) {
            parts.add(Widgets.label(texts.get("home.noBookings"), "subline"));
        }
        for (BookingFacts facts : model.upcoming()) {
            parts.add(bookingCard(facts, texts));
        }

        parts.add(Widgets.label(texts.get("home.permits"), "section-title"));
        for (HomeModel.PermitLine line : model.permits()) {
            Detainee d = line.detainee();
            Establishment where = line.heldAt();
            parts.add(Widgets.label(texts.get("home.permit." + line.permit().status().name(),
                    d.displayName(), where.parloirPhone()), "subline"));
            if (!where.id().equals(model.here().id())) {
                Label held = Widgets.label(texts.get("home.heldAt", where.name(), where.address()), "note");
                held.setId("held-at-" + d.id());
                parts.add(held);
            }
        }

        // the visits arranged by the parloir service (B9): asked less often than the visitor's own bookings
        parts.add(Widgets.button(texts.get("home.special"), "special",
                () -> ctx.navigator().show(new SpecialVisitScreen(ctx, journey))));
        parts.add(Widgets.row(
                Widgets.button(texts.get("attract.info"), "info", () -> InfoScreen.open(ctx)),
                Widgets.button(texts.get("attract.help"), "help", () -> HelpScreen.open(ctx))));
        return Widgets.page(parts.toArray(Node[]::new));
    }

    /** A change made here that central refused later (B10: the visitor is told, with every reason). */
    private Node refusedCard(HomeModel.RefusedChange change, Texts texts) {
        CentralRefusals.Refused refused = change.refused();
        BookingFacts facts = change.facts();
        ZoneId zone = facts.first().zone();
        List<Node> lines = new ArrayList<>();
        Label what = Widgets.label(texts.get(refused.textKey(),
                texts.day(facts.booking().date()), texts.time(facts.first().start(), zone),
                facts.detainee().displayName(), facts.booking().reference()), "warning-text");
        what.setId("central-refused-" + facts.booking().reference());
        lines.add(what);
        refused.reasons().forEach(r -> lines.add(Widgets.label(ctx.explanations().explain(r, change.explaining()),
                "subline")));
        Establishment where = facts.establishment().orElse(model.here());
        lines.add(Widgets.label(texts.get("central.refused.call", where.parloirPhone(),
                where.parloirPhoneHours()), "subline"));
        return Widgets.card("alert", lines.toArray(Node[]::new));
    }

    private Node bookingCard(BookingFacts facts, Texts texts) {
        VBox card = BookingSummaryView.of(facts, texts, null);
        String ref = facts.booking().reference();
        Button change = Widgets.button(texts.get("home.changeCompanions"), "change-" + ref,
                () -> ChangeCompanionsScreen.open(ctx, journey, facts.booking()));
        Button cancel = Widgets.button(texts.get("home.cancel"), "cancel-" + ref,
                () -> ctx.navigator().show(new CancelScreen(ctx, journey, facts)), "danger");
        Button reprint = Widgets.button(texts.get("home.reprint"), "reprint-" + ref,
                () -> ctx.navigator().show(BookedScreen.reprint(ctx, journey, facts)));
        card.getChildren().add(Widgets.row(change, cancel, reprint));
        return card;
    }

    @Override
    public boolean backAllowed() {
        return false;
    }
}
