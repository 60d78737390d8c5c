package fr.borne.kiosk.booking;

import fr.borne.kiosk.i18n.Language;
import fr.borne.kiosk.i18n.Texts;
import fr.borne.kiosk.ui.Widgets;
import fr.borne.visitor.Visitor;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.SVGPath;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The view of who comes (B2), built once over a {@link CompanionsModel}: one row per person
 * that may come, a chosen one with a check mark and words saying so (never colour alone),
 * and under a minor's row what P4 asks for them as soon as the choice breaks it. Touching a
 * row changes the model; the rows change in place, so the page keeps its scroll position
 * and the next row is where it was.
 */
public final class VisitorPicker {

    private final CompanionsModel model;
    private final VBox box = new VBox(14);
    private final Map<Visitor, ToggleButton> rows = new LinkedHashMap<>();
    private final Map<Visitor, VBox> notes = new LinkedHashMap<>();
    private final Label max = Widgets.label("", "note");
    private Texts texts;
    private Language renderedIn;

    public VisitorPicker(CompanionsModel model, Texts texts) {
        this.model = model;
        this.texts = texts;
        for (Visitor v : model.candidates()) {
            ToggleButton row = new ToggleButton();
            row.setId("visitor-" + v.id());
            row.setMaxWidth(Double.MAX_VALUE);
            row.setWrapText(true);
            row.setGraphicTextGap(18);
            row.setGraphic(checkBox(row));
            row.setOnAction(e -> model.toggle(v));
            rows.put(v, row);
            VBox note = new VBox(8);
            note.setId("visitor-rules-" + v.id());
            notes.put(v, note);
            box.getChildren().addAll(row, note);
        }
        max.setId("companions-max");
        box.getChildren().add(max);
        model.selected().addListener((ListChangeListener<Visitor>) change -> update());
        render(texts);
    }

    public CompanionsModel model() {
        return model;
    }

    public Node view() {
        return box;
    }

    /** The words in this language; the rows stay the same nodes. */
    public void render(Texts now) {
        if (now.language() == renderedIn) {
            return;
        }
        texts = now;
        renderedIn = now.language();
        update();
    }

    private void update() {
        List<Visitor> chosen = model.selected();
        for (Map.Entry<Visitor, ToggleButton> entry : rows.entrySet()) {
            Visitor v = entry.getKey();
            ToggleButton row = entry.getValue();
            boolean in = chosen.contains(v);
            row.setSelected(in);
            row.setDisable(!model.mayAdd(v));
            row.setText(texts.get(in ? "companions.chosen" : "companions.notChosen", describe(v)));
            row.getGraphic().lookup(".check-mark").setVisible(in);
        }
        boolean full = chosen.size() >= model.max() && model.candidates().size() > model.max();
        max.setText(full ? texts.get("companions.max", model.max()) : "");
        max.setVisible(full);
        max.setManaged(full);
        notes.values().forEach(n -> n.getChildren().clear());
        List<Visitor> under16 = new ArrayList<>();
        for (CompanionsModel.MinorRule rule : model.minorRules()) {
            VBox note = notes.get(rule.visitor());
            String name = rule.visitor().displayName();
            Label words = switch (rule.problem()) {
                case UNDER_16 -> Widgets.label(texts.get("companions.under16", name), "warning-text");
                case NOT_PARENT -> Widgets.label(texts.get("companions.notParent", name, rule.age()), "warning-text");
                case NO_CONSENT -> Widgets.label(texts.get("companions.consentMissing", name, rule.age(),
                        model.permitsOffice().parloirPhone(), model.permitsOffice().parloirPhoneHours()), "warning-text");
            };
            if (rule.problem() == CompanionsModel.MinorProblem.UNDER_16) {
                under16.add(rule.visitor());
                // the first one keeps the id the screens have always given this rule
                words.setId(under16.size() == 1 ? "under16" : "under16-" + rule.visitor().id());
            } else {
                words.setId("minor-rule-" + rule.visitor().id());
            }
            note.getChildren().add(Widgets.card("alert", words));
        }
        notes.values().forEach(n -> n.setManaged(!n.getChildren().isEmpty()));
        notes.values().stream().filter(n -> !n.getChildren().isEmpty()).forEach(Widgets::reveal);
    }

    private String describe(Visitor v) {
        int age = model.ageOf(v);
        String name = v.id().equals(model.selfId()) ? texts.get("companions.self", v.displayName()) : v.displayName();
        return age < CompanionsModel.ADULT ? texts.get("companions.minor", name, age) : name;
    }

    /** A box, ticked when the person is chosen, drawn in the row's own text colour. */
    private static Node checkBox(ToggleButton row) {
        SVGPath tick = new SVGPath();
        tick.setContent("M3,13 L10,20 L23,5");
        tick.getStyleClass().add("check-mark");
        tick.setFill(null);
        tick.setStrokeWidth(4);
        tick.strokeProperty().bind(row.textFillProperty());
        StackPane box = new StackPane(tick);
        // a tick reads the same way in every language: never mirrored right to left
        box.setNodeOrientation(javafx.geometry.NodeOrientation.LEFT_TO_RIGHT);
        box.setMinSize(34, 34);
        box.setPrefSize(34, 34);
        box.setMaxSize(34, 34);
        box.styleProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                "-fx-border-width: 3; -fx-border-radius: 4; -fx-border-color: " + css(row.getTextFill()) + ";",
                row.textFillProperty()));
        return box;
    }

    private static String css(javafx.scene.paint.Paint paint) {
        return paint instanceof javafx.scene.paint.Color c
                ? String.format("rgba(%d,%d,%d,%.2f)", (int) (c.getRed() * 255), (int) (c.getGreen() * 255),
                (int) (c.getBlue() * 255), c.getOpacity())
                : "black";
    }
}
