package fr.borne.kiosk.booking;

import fr.borne.booking.Availability;
import fr.borne.booking.DayAvailability;
import fr.borne.booking.Refusal;
import fr.borne.booking.RoundAvailability;
import fr.borne.kiosk.KioskContext;
import fr.borne.kiosk.i18n.ExplanationFacts;
import fr.borne.kiosk.i18n.Language;
import fr.borne.kiosk.i18n.Texts;
import fr.borne.kiosk.ui.Screen;
import fr.borne.kiosk.ui.Widgets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Step 2: the day, among the next 15, from the days read by the controller. A day that
 * cannot be booked says why on its tile; touching it explains in full right under its row,
 * where the finger is. The view is built once per language: touching a tile changes it in
 * place and the page keeps its scroll position.
 */
final class DayScreen implements Screen {

    private static final int COLUMNS = 5;

    private final KioskContext ctx;
    private final BookingFlow flow;
    private final Availability availability;
    private final ExplanationFacts facts;
    private DayAvailability explained;
    private Language builtFor;
    private Node view;
    private GridPane grid;
    private final List<Button> tiles = new ArrayList<>();
    private Texts texts;

    /** The days, and what their refusals need to be explained (each round's figures), read together. */
    record Model(Availability availability, ExplanationFacts facts) {
    }

    DayScreen(KioskContext ctx, BookingFlow flow, Model model) {
        this.ctx = ctx;
        this.flow = flow;
        this.availability = model.availability();
        this.facts = model.facts();
    }

    @Override
    public String title(Texts texts) {
        return texts.get("day.title", flow.draft().detainee().displayName());
    }

    @Override
    public Node view(Texts texts) {
        if (view == null || builtFor != texts.language()) {
            this.texts = texts;
            builtFor = texts.language();
            grid = new GridPane();
            tiles.clear();
            grid.setHgap(14);
            grid.setVgap(14);
            for (int c = 0; c < COLUMNS; c++) {
                ColumnConstraints column = new ColumnConstraints();
                column.setPercentWidth(100.0 / COLUMNS);
                grid.getColumnConstraints().add(column);
            }
            layOut();
            view = Widgets.page(Widgets.headline(texts.get("day.question")), grid);
        }
        return view;
    }

    /**
     * The tiles, and the explanation of the day touched in a row of its own just under that
     * day's row. The tiles stay the same nodes (the keypad's focus stays on the one touched);
     * only their rows and the explanation change.
     */
    private void layOut() {
        grid.getChildren().removeIf(n -> "day-explanation-card".equals(n.getId()));
        if (tiles.isEmpty()) {
            availability.days().forEach(day -> tiles.add(tile(day)));
            grid.getChildren().addAll(tiles);
        }
        int row = 0;
        List<DayAvailability> days = availability.days();
        for (int i = 0; i < days.size(); i++) {
            GridPane.setConstraints(tiles.get(i), i % COLUMNS, row);
            boolean rowEnds = (i + 1) % COLUMNS == 0 || i + 1 == days.size();
            if (rowEnds) {
                row++;
                int first = (i / COLUMNS) * COLUMNS;
                if (explained != null && days.subList(first, i + 1).contains(explained)) {
                    grid.add(explanationCard(explained), 0, row++, COLUMNS, 1);
                }
            }
        }
    }

    private Button tile(DayAvailability day) {
        String name = texts.shortDay(day.date());
        String status;
        Runnable action;
        if (day.bookable()) {
            int seats = day.rounds().stream().filter(RoundAvailability::bookable).mapToInt(RoundAvailability::seatsLeft).sum();
            status = texts.get("day.seats", seats);
            action = () -> flow.chooseDay(day.date());
        } else {
            status = reason(day).map(r -> ctx.explanations().shortStatus(r, facts)).orElse(texts.get("status.noVisits"));
            action = () -> explain(day);
        }
        Button tile = Widgets.button(name + "\n" + status, "day-" + day.date(), action, "tile");
        tile.setMinHeight(110);
        if (!day.bookable()) {
            tile.getStyleClass().add("unavailable");
        }
        return tile;
    }

    private void explain(DayAvailability day) {
        explained = day;
        layOut();
        fr.borne.kiosk.ui.Widgets.reveal(grid.lookup("#day-explanation"));
    }

    static Optional<Refusal> reason(DayAvailability day) {
        if (day.unavailableBecause().isPresent()) {
            return day.unavailableBecause();
        }
        return day.rounds().stream().flatMap(r -> r.decision().refusals().stream()).findFirst();
    }

    /** The facts the day's reason is explained with: those of the round it comes from, whose own figures it names. */
    private ExplanationFacts factsFor(DayAvailability day) {
        if (day.unavailableBecause().isPresent()) {
            return facts;
        }
        return day.rounds().stream().filter(r -> !r.decision().refusals().isEmpty()).findFirst()
                .map(r -> facts.inRound(r.occurrence().round().id())).orElse(facts);
    }

    private Node explanationCard(DayAvailability day) {
        String why = reason(day).map(r -> ctx.explanations().explain(r, factsFor(day)))
                .orElse(texts.get("status.noVisits"));
        Label text = Widgets.label(why, "warning-text");
        text.setId("day-explanation");
        VBox card = Widgets.card("alert", Widgets.label(texts.day(day.date()), "section-title"), text);
        card.setId("day-explanation-card");
        return card;
    }
}
