package fr.borne.kiosk.booking;

import fr.borne.kiosk.i18n.Texts;
import fr.borne.kiosk.ui.Screen;
import fr.borne.kiosk.ui.Widgets;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;

/**
 * Step 4: who comes, the badge holder and up to two other permit holders for the detainee.
 * Controller, model and view apart: the flow read the {@link CompanionsModel}; the view is
 * built once and follows the model; a language switch changes the words in place.
 */
final class CompanionsScreen implements Screen {

    private final BookingFlow flow;
    private final CompanionsModel model;
    private VisitorPicker picker;
    private Node view;
    private Button next;
    private Label question;
    private Label rule;

    CompanionsScreen(BookingFlow flow, CompanionsModel model) {
        this.flow = flow;
        this.model = model;
    }

    @Override
    public String title(Texts texts) {
        return texts.get("companions.title");
    }

    @Override
    public Node view(Texts texts) {
        if (view == null) {
            picker = new VisitorPicker(model, texts);
            next = Widgets.primaryAction("", "continue", () -> flow.visitorsChosen(model.selected(), model.permitsOffice()));
            question = Widgets.headline("");
            rule = Widgets.label("", "subline");
            next.setDisable(!model.acceptable());
            model.selected().addListener((ListChangeListener<Object>) c -> next.setDisable(!model.acceptable()));
            view = Widgets.page(question, rule, picker.view(), next);
        }
        picker.render(texts);
        question.setText(texts.get("companions.question"));
        rule.setText(texts.get("companions.rule"));
        next.setText(texts.get("nav.continue"));
        return view;
    }

    CompanionsModel model() {
        return model;
    }
}
