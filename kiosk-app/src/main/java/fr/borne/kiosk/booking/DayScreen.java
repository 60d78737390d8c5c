package fr.borne.kiosk.booking;

import fr.borne.booking.Availability;
import fr.borne.booking.DayAvailability;
import fr.borne.booking.Refusal;
import fr.borne.booking.RoundAvailability;
import fr.borne.kiosk.KioskContext;
import fr.borne.kiosk.i18n.Texts;
import fr.borne.kiosk.ui.Screen;
import fr.borne.kiosk.ui.Widgets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;

import java.util.Optional;

/**
 * Step 2: the day, among the next 15. A day that cannot be booked says why on its tile;
 * touching it explains in full and says when to try again.
 */
final class DayScreen implements Screen {

    private static final int COLUMNS = 5;

    private final KioskContext ctx;
    private final BookingFlow flow;
    private DayAvailability explained;

    DayScreen(KioskContext ctx, BookingFlow flow) {
        this.ctx = ctx;
        this.flow = flow;
    }

    @Override
    public String title(Texts texts) {
        return texts.get("day.title", flow.draft().detainee().displayName());
    }

    @Override
    public Node view(Texts texts) {
        Availability availability = ctx.bookings().availability(ctx.session().requireVisitor().id(),
                flow.draft().detainee().id());
        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(14);
        for (int c = 0; c < COLUMNS; c++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / COLUMNS);
            grid.getColumnConstraints().add(column);
        }
        int i = 0;
        for (DayAvailability day : availability.days()) {
            grid.add(tile(day, texts), i % COLUMNS, i / COLUMNS);
            i++;
        }
        Node explanation = explained == null ? new Label() : explanationCard(explained, texts);
        return Widgets.page(Widgets.headline(texts.get("day.question")), grid, explanation);
    }

    private Button tile(DayAvailability day, Texts texts) {
        String name = texts.shortDay(day.date());
        String status;
        Runnable action;
        if (day.bookable()) {
            int seats = day.rounds().stream().filter(RoundAvailability::bookable).mapToInt(RoundAvailability::seatsLeft).sum();
            status = texts.get("day.seats", seats);
            action = () -> flow.chooseDay(day.date());
        } else {
            status = reason(day).map(ctx.explanations()::shortStatus).orElse(texts.get("status.noVisits"));
            action = () -> {
                explained = day;
                ctx.navigator().refresh();
            };
        }
        Button tile = Widgets.button(name + "\n" + status, "day-" + day.date(), action, "tile");
        tile.setMinHeight(110);
        if (!day.bookable()) {
            tile.getStyleClass().add("unavailable");
        }
        return tile;
    }

    static Optional<Refusal> reason(DayAvailability day) {
        if (day.unavailableBecause().isPresent()) {
            return day.unavailableBecause();
        }
        return day.rounds().stream().flatMap(r -> r.decision().refusals().stream()).findFirst();
    }

    private Node explanationCard(DayAvailability day, Texts texts) {
        String why = reason(day).map(ctx.explanations()::explain).orElse(texts.get("status.noVisits"));
        Label text = Widgets.label(why, "warning-text");
        text.setId("day-explanation");
        return Widgets.card("alert", Widgets.label(texts.day(day.date()), "section-title"), text);
    }
}
