package fr.borne.kiosk.technician;

import fr.borne.kiosk.i18n.Texts;
import fr.borne.kiosk.ui.Widgets;
import fr.borne.technician.AccessResult;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import java.util.Collections;
import java.util.function.Function;

/**
 * The PIN, typed on large on-screen keys and shown masked. A wrong PIN says how many tries
 * are left; a locked badge says until when. No technician screen opens from here without
 * the right PIN.
 */
final class KeypadScreen extends TechnicianScreen {

    static final int MIN_DIGITS = 4;
    static final int MAX_DIGITS = 8;

    private final StringBuilder digits = new StringBuilder();
    private Function<Texts, String> message = texts -> "";
    private boolean checking;

    KeypadScreen(TechnicianMode mode) {
        super(mode, "technician.keypad.title");
    }

    @Override
    public Node view(Texts texts) {
        Label mask = Widgets.label(digits.isEmpty() ? " " : String.join(" ", Collections.nCopies(digits.length(), "●")), "technician-pin-mask");
        mask.setId("pin-mask");
        Label said = Widgets.label(checking ? texts.get("technician.keypad.checking") : message.apply(texts),
                "warning-text");
        said.setId("pin-message");
        GridPane keys = new GridPane();
        keys.getStyleClass().add("technician-keypad");
        keys.setId("technician-keypad");
        for (int digit = 1; digit <= 9; digit++) {
            keys.add(key(String.valueOf(digit)), (digit - 1) % 3, (digit - 1) / 3);
        }
        keys.add(Widgets.button(texts.get("technician.keypad.erase"), "pin-erase", this::erase,
                "technician-key"), 0, 3);
        keys.add(key("0"), 1, 3);
        Button ok = Widgets.button(texts.get("technician.keypad.ok"), "pin-ok", this::submit,
                "primary", "technician-key");
        ok.setDisable(checking || digits.length() < MIN_DIGITS);
        keys.getChildren().forEach(n -> n.setDisable(n.isDisable() || checking));
        VBox column = new VBox(Widgets.headline(texts.get("technician.keypad.prompt")), mask, said, keys);
        column.setAlignment(Pos.TOP_CENTER);
        column.getStyleClass().add("technician-keypad-column");
        // OK in the action bar: always in sight, whatever the text size and the screen
        return page(texts, column, Widgets.action(ok));
    }

    @Override
    public boolean backAllowed() {
        return false;
    }

    private Button key(String digit) {
        return Widgets.button(digit, "pin-" + digit, () -> type(digit), "technician-key");
    }

    private void type(String digit) {
        if (digits.length() < MAX_DIGITS && !checking) {
            digits.append(digit);
            message = texts -> "";
            render();
        }
    }

    private void erase() {
        if (!digits.isEmpty()) {
            digits.setLength(digits.length() - 1);
            render();
        }
    }

    private void submit() {
        if (checking || digits.length() < MIN_DIGITS) {
            return;
        }
        String pin = digits.toString();
        digits.setLength(0);
        checking = true;
        render();
        mode.checkPin(pin, this::refused);
    }

    private void refused(AccessResult result) {
        checking = false;
        if (result instanceof AccessResult.WrongPin wrong) {
            int left = wrong.attemptsLeft();
            message = texts -> texts.get("technician.keypad.wrong", left);
        } else if (result instanceof AccessResult.LockedOut locked) {
            message = texts -> texts.get("technician.keypad.locked",
                    texts.time(locked.until(), mode.context().establishment().zone()));
        }
        render();
    }

    private void render() {
        mode.context().navigator().refresh();
    }
}
