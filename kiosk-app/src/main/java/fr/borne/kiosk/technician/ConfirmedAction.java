package fr.borne.kiosk.technician;

import fr.borne.kiosk.i18n.Texts;
import fr.borne.kiosk.ui.Widgets;
import javafx.scene.control.Button;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

import java.util.Optional;

/**
 * A technician's action that changes how the kiosk serves (out of service, back in service, a
 * sync pass): a first touch only asks, a second one, on "confirm", acts. The action sits in a
 * row of two fixed halves: touched, it becomes "Cancel" where it stood, and "Confirm" appears
 * in the half kept empty beside it. So nothing moves under the finger, a double touch cancels,
 * and after the action the place of "Confirm" is empty again.
 *
 * <p>Ids: the action's own, {@code <id>-cancel} and {@code <id>-confirm}.
 */
final class ConfirmedAction {

    private final String id;
    private final String words;
    private final String confirmWords;
    private final String style;

    /**
     * @param words        what the action does, on its button
     * @param confirmWords what confirming does, on the confirm button
     * @param style        the action button's style class ({@code danger} for what stops visitors)
     */
    ConfirmedAction(String id, String words, String confirmWords, String style) {
        this.id = id;
        this.words = words;
        this.confirmWords = confirmWords;
        this.style = style;
    }

    /**
     * The row in its state: {@code pending} when this action was touched and awaits its
     * confirmation; {@code shown} false keeps the row's room, empty, so the rows below stay put.
     */
    GridPane row(Texts texts, Optional<String> pending, boolean shown, Actions on) {
        boolean asked = pending.filter(id::equals).isPresent();
        Button first = asked
                ? Widgets.button(texts.get("technician.confirm.cancel"), id + "-cancel", on::cancel, "chrome")
                : Widgets.button(words, id, () -> on.ask(id), style);
        Button confirm = Widgets.button(confirmWords, id + "-confirm", on::confirm, "danger");
        first.setWrapText(true);
        confirm.setWrapText(true);
        // hidden, and out of reach of keys and fingers, yet keeping their room
        first.setVisible(shown);
        first.setDisable(!shown);
        confirm.setVisible(shown && asked);
        confirm.setDisable(!(shown && asked));
        GridPane row = new GridPane();
        row.getStyleClass().add("confirmed-action");
        row.setHgap(20);
        for (int c = 0; c < 2; c++) {
            ColumnConstraints half = new ColumnConstraints();
            half.setPercentWidth(50);
            half.setHgrow(Priority.ALWAYS);
            half.setFillWidth(true);
            row.getColumnConstraints().add(half);
        }
        row.add(first, 0, 0);
        row.add(confirm, 1, 0);
        return row;
    }

    /** What the row's buttons do: the screen keeps which action is asked. */
    interface Actions {
        void ask(String id);

        void cancel();

        void confirm();
    }
}
