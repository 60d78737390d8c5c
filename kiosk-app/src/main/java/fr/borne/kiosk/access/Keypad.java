package fr.borne.kiosk.access;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;

import java.util.Optional;

/**
 * The tactile keypad: its keys arrive as ordinary key presses and are taken here, before any
 * control sees them. Up and down move the focus in visual order, enter presses the focused
 * choice (during the inactivity warning that is "more time", which holds the focus), back
 * does what the screen's Back button does, help repeats the screen's instructions, and four
 * keys set the voice's volume and speed.
 */
public final class Keypad {

    private final KeypadKeys keys;
    private final FocusKeeper focus;
    private final StackPane root;
    private final Guidance guidance;

    public Keypad(KeypadKeys keys, FocusKeeper focus, StackPane root, Guidance guidance) {
        this.keys = keys;
        this.focus = focus;
        this.root = root;
        this.guidance = guidance;
    }

    public void watch(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::pressed);
        // the rest of a keypad key's events must not reach a control either (a button fires on release)
        scene.addEventFilter(KeyEvent.KEY_RELEASED, event -> {
            if (keys.action(event.getCode()).isPresent()) {
                event.consume();
            }
        });
    }

    private void pressed(KeyEvent event) {
        Optional<KeypadAction> action = keys.action(event.getCode());
        if (action.isEmpty()) {
            return;
        }
        event.consume();
        if (guidance.wake()) {
            return;
        }
        act(action.get());
    }

    void act(KeypadAction action) {
        switch (action) {
            case UP -> {
                guidance.keyPressed();
                focus.move(-1);
            }
            case DOWN -> {
                guidance.keyPressed();
                focus.move(1);
            }
            case ENTER -> {
                guidance.keyPressed();
                Optional<ButtonBase> focused = focus.focused();
                if (focused.isPresent()) {
                    focused.get().fire();
                } else {
                    focus.move(1);
                }
            }
            case BACK -> back();
            case HELP -> guidance.help();
            case VOLUME_UP -> guidance.volume(1);
            case VOLUME_DOWN -> guidance.volume(-1);
            case FASTER -> guidance.rate(1);
            case SLOWER -> guidance.rate(-1);
        }
    }

    /** The frame's own Back button, so the keypad goes back exactly where a touch would. */
    private void back() {
        Node back = SceneNodes.layer(root) == root ? root.lookup("#back") : null;
        if (back instanceof ButtonBase button && !button.isDisabled() && button.isVisible()) {
            guidance.keyPressed();
            button.fire();
        } else {
            guidance.cannot();
        }
    }
}
