package fr.borne.kiosk.booking;

import fr.borne.kiosk.i18n.Texts;
import fr.borne.kiosk.ui.Widgets;
import fr.borne.visitor.Visitor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.VBox;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Who comes to the visit (B2): the permit holders for the detainee, at most {@code max},
 * in the order chosen (the first is the lead visitor). Explains the under-16 rule (P4)
 * when the choice breaks it.
 */
public final class VisitorPicker {

    static final int ADULT = 18;
    static final int ACCOMPANIED_UNDER = 16;

    private final List<Visitor> candidates;
    private final List<Visitor> selected;
    private final int max;
    private final LocalDate date;
    private final String selfId;
    private final Runnable changed;

    public VisitorPicker(List<Visitor> candidates, List<Visitor> initiallySelected, int max, LocalDate date,
                         String selfId, Runnable changed) {
        this.candidates = List.copyOf(candidates);
        this.selected = new ArrayList<>(initiallySelected);
        this.max = max;
        this.date = date;
        this.selfId = selfId;
        this.changed = changed;
    }

    public List<Visitor> selected() {
        return List.copyOf(selected);
    }

    /** P4: the visitors under 16 when nobody of age comes with them. */
    public List<Visitor> unaccompaniedMinors() {
        boolean adult = selected.stream().anyMatch(v -> v.ageOn(date) >= ADULT);
        return adult ? List.of() : selected.stream().filter(v -> v.ageOn(date) < ACCOMPANIED_UNDER).toList();
    }

    public boolean acceptable() {
        return !selected.isEmpty() && unaccompaniedMinors().isEmpty();
    }

    public Node view(Texts texts) {
        VBox box = new VBox(14);
        for (Visitor v : candidates) {
            ToggleButton choice = new ToggleButton(describe(v, texts));
            choice.setId("visitor-" + v.id());
            choice.setMaxWidth(Double.MAX_VALUE);
            choice.setSelected(selected.contains(v));
            choice.setDisable(!selected.contains(v) && selected.size() >= max);
            choice.setOnAction(e -> toggle(v));
            box.getChildren().add(choice);
        }
        if (selected.size() >= max && candidates.size() > max) {
            box.getChildren().add(Widgets.label(texts.get("companions.max", max), "note"));
        }
        List<Visitor> minors = unaccompaniedMinors();
        if (!minors.isEmpty()) {
            String names = String.join(", ", minors.stream().map(Visitor::displayName).toList());
            Label rule = Widgets.label(texts.get("companions.under16", names), "warning-text");
            rule.setId("under16");
            box.getChildren().add(Widgets.card("alert", rule));
        }
        return box;
    }

    private String describe(Visitor v, Texts texts) {
        int age = v.ageOn(date);
        String name = v.id().equals(selfId) ? texts.get("companions.self", v.displayName()) : v.displayName();
        return age < ADULT ? texts.get("companions.minor", name, age) : name;
    }

    private void toggle(Visitor v) {
        if (!selected.remove(v) && selected.size() < max) {
            selected.add(v);
        }
        changed.run();
    }
}
