package fr.borne.kiosk.booking;

import fr.borne.kiosk.i18n.Texts;
import fr.borne.kiosk.speech.Spelling;
import fr.borne.kiosk.ui.Widgets;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import java.time.ZoneId;

/** A booking as every screen shows it: the convocation first and biggest (T1), then the rest. */
public final class BookingSummaryView {

    private BookingSummaryView() {
    }

    public static VBox of(BookingFacts facts, Texts texts, String styleClass) {
        ZoneId zone = facts.first().zone();
        Label convocation = Widgets.label(texts.get("booking.convocation",
                texts.time(facts.convocation(), zone)), "big-figure");
        convocation.getStyleClass().add("convocation");
        Label day = Widgets.label(capitalised(texts.day(facts.booking().date())), "headline");
        Label round = Widgets.label(texts.get("booking.round", texts.time(facts.first().start(), zone),
                texts.time(facts.last().end(), zone), facts.detainee().displayName()), "subline");
        Label visitors = Widgets.label(texts.get("booking.visitors", facts.visitorNames()), "subline");
        Label reference = Widgets.label(texts.get("booking.reference", facts.booking().reference()), "note");
        // heard letter by letter, never as a word
        reference.setAccessibleText(texts.get("booking.reference", Spelling.letters(facts.booking().reference())));
        VBox card = Widgets.card(styleClass, convocation, day, round, visitors);
        facts.establishment().ifPresent(where -> {
            Label place = Widgets.label(texts.get("booking.where", where.name(), where.address()), "subline");
            place.setId("where-" + facts.booking().reference());
            card.getChildren().add(place);
        });
        card.getChildren().add(reference);
        return card;
    }

    public static String capitalised(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase() + s.substring(1);
    }
}
