package fr.borne.kiosk.notice;

import fr.borne.booking.Booking;
import fr.borne.booking.BookingStatus;
import fr.borne.kiosk.booking.BookingFacts;
import fr.borne.kiosk.i18n.Texts;
import fr.borne.kiosk.ui.Widgets;
import javafx.scene.Node;
import javafx.scene.control.Label;

import java.util.ArrayList;
import java.util.List;

/**
 * B12, B14 on the visitor's home: each booking of theirs still ahead that the establishment
 * cancelled (a closure, a transfer, a release), why, and what to do now.
 */
public final class CancelledBookingsView {

    private CancelledBookingsView() {
    }

    /** The cards for bookings already read (the home screen's model). */
    public static List<Node> cards(List<BookingFacts> cancelled, Texts texts) {
        List<Node> cards = new ArrayList<>();
        for (BookingFacts facts : cancelled) {
            Booking booking = facts.booking();
            Label what = Widgets.label(texts.get("home.cancelled.what", texts.day(booking.date()),
                    texts.time(facts.first().start(), facts.first().zone()), facts.detainee().displayName(),
                    booking.reference()), "warning-text");
            what.setId("cancelled-" + booking.reference());
            Label why = Widgets.label(texts.get(whyKey(booking.status())), "subline");
            why.setId("cancelled-why-" + booking.reference());
            cards.add(Widgets.card("alert", Widgets.label(texts.get("home.cancelled.title"), "section-title"),
                    what, why));
        }
        return cards;
    }

    static String whyKey(BookingStatus status) {
        return switch (status) {
            case CANCELLED_BY_TRANSFER -> "home.cancelled.CANCELLED_BY_TRANSFER";
            case CANCELLED_BY_RELEASE -> "home.cancelled.CANCELLED_BY_RELEASE";
            default -> "home.cancelled.CANCELLED_BY_CLOSURE";
        };
    }
}
