package fr.borne.kiosk.attract;

import fr.borne.kiosk.i18n.Explanations;
import fr.borne.kiosk.i18n.Texts;
import fr.borne.kiosk.ui.Widgets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import java.util.List;

/** The parloir lines of the other establishments, for a visitor whose own cannot be known now. */
final class OtherEstablishments {

    private OtherEstablishments() {
    }

    static Node lines(List<Explanations.Call> calls, Texts texts) {
        VBox box = new VBox(8);
        if (calls.isEmpty()) {
            return box;
        }
        box.getChildren().add(Widgets.label(texts.get("call.elsewhere.title"), "subline"));
        for (Explanations.Call call : calls) {
            Label line = Widgets.label(call.words(), "subline");
            line.setId("call-" + call.establishmentId());
            box.getChildren().add(line);
        }
        return box;
    }
}
