package fr.borne.kiosk.booking;

import fr.borne.booking.Booking;
import fr.borne.device.printer.PrintFailure;
import fr.borne.device.printer.PrintResult;
import fr.borne.kiosk.Journey;
import fr.borne.kiosk.KioskContext;
import fr.borne.kiosk.i18n.Texts;
import fr.borne.kiosk.notice.ContactScreen;
import fr.borne.kiosk.speech.Spelling;
import fr.borne.kiosk.ui.Screen;
import fr.borne.kiosk.ui.Widgets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A booking that stands (made, changed, or shown again) and its receipt being printed.
 * When the printer fails, the reference and convocation stay big on screen with how to get
 * the receipt later: the booking itself is already stored.
 */
public final class BookedScreen implements Screen {

    private enum Printing { UNDER_WAY, DONE, FAILED }

    private final KioskContext ctx;
    private final Journey journey;
    private final Booking booking;
    private final Optional<BookingFacts> facts;
    private final String headlineKey;
    private final boolean offerContact;
    private Printing printing = Printing.UNDER_WAY;
    private String failure = "";

    private BookedScreen(KioskContext ctx, Journey journey, Booking booking, Optional<BookingFacts> facts,
                         String headlineKey) {
        this.ctx = ctx;
        this.journey = journey;
        this.booking = booking;
        this.facts = facts;
        this.headlineKey = headlineKey;
        // T4: offered once, after a booking (never on a reprint), when an agent can pass it to central
        this.offerContact = !"booked.reprint".equals(headlineKey) && ctx.agent().isPresent()
                && ctx.session().offerContactOnce();
    }

    /** @param facts the booking in words, read off the screen's thread with the booking itself */
    public static BookedScreen confirmed(KioskContext ctx, Journey journey, Booking booking,
                                         Optional<BookingFacts> facts) {
        return printing(new BookedScreen(ctx, journey, booking, facts, "booked.confirmed"));
    }

    public static BookedScreen changed(KioskContext ctx, Journey journey, Booking booking,
                                       Optional<BookingFacts> facts) {
        return printing(new BookedScreen(ctx, journey, booking, facts, "booked.changed"));
    }

    public static BookedScreen reprint(KioskContext ctx, Journey journey, BookingFacts facts) {
        return printing(new BookedScreen(ctx, journey, facts.booking(), Optional.of(facts), "booked.reprint"));
    }

    /** The receipt is laid out (reading the replica) and printed off the screen's thread. */
    private static BookedScreen printing(BookedScreen screen) {
        screen.ctx.waiting().background().run(() -> screen.ctx.receipts().print(screen.booking)
                .exceptionally(fault -> new PrintResult.Failed(-1, PrintFailure.WRITE_ERROR, fault.toString()))
                .thenAccept(result -> screen.ctx.waiting().background().onScreen(() -> screen.printed(result))));
        return screen;
    }

    private void printed(PrintResult result) {
        if (result instanceof PrintResult.Failed failed) {
            printing = Printing.FAILED;
            failure = failed.reason().name();
        } else {
            printing = Printing.DONE;
        }
        if (ctx.navigator().current() == this) {
            ctx.navigator().refresh();
        }
    }

    @Override
    public String title(Texts texts) {
        return texts.get("booked.title");
    }

    @Override
    public Node view(Texts texts) {
        List<Node> parts = new ArrayList<>();
        Label headline = Widgets.headline(texts.get(headlineKey));
        headline.setId("booked-headline");
        parts.add(headline);
        facts.ifPresent(f -> parts.add(BookingSummaryView.of(f, texts, "success")));
        parts.add(printStatus(texts));
        if (offerContact) {
            parts.add(Widgets.button(texts.get("contact.offer"), "contact-offer",
                    () -> ctx.navigator().show(new ContactScreen(ctx, journey, booking))));
        }
        parts.add(Widgets.primaryAction(texts.get("nav.myVisits"), "home", journey::home));
        return Widgets.page(parts.toArray(Node[]::new));
    }

    private Node printStatus(Texts texts) {
        Label status;
        switch (printing) {
            case UNDER_WAY -> status = Widgets.label(texts.get("print.underWay"), "subline");
            case DONE -> status = Widgets.label(texts.get("print.done"), "subline");
            default -> {
                status = Widgets.label(texts.get("print.failure." + failure), "warning-text");
                status.setId("print-status");
                Label reference = Widgets.label(texts.get("print.keepReference", booking.reference()), "big-figure");
                reference.setId("print-reference");
                reference.setAccessibleText(texts.get("print.keepReference", Spelling.letters(booking.reference())));
                VBox card = Widgets.card("alert", status,
                        Widgets.label(texts.get("print.bookingStands"), "subline"),
                        reference,
                        Widgets.label(texts.get("print.howToReprint"), "subline"));
                return card;
            }
        }
        status.setId("print-status");
        return status;
    }

    @Override
    public boolean backAllowed() {
        return false;
    }
}
