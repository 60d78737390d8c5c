package fr.borne.kiosk.access;

import javafx.scene.input.KeyCode;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which key code each key of the keypad sends: a USB keypad is a keyboard, and its keys are
 * named as JavaFX names key codes ({@code UP}, {@code ENTER}, {@code F1}, {@code ADD}…).
 */
public record KeypadKeys(Map<KeypadAction, KeyCode> codes) {

    public KeypadKeys {
        codes = Map.copyOf(codes);
        if (!codes.keySet().containsAll(java.util.EnumSet.allOf(KeypadAction.class))) {
            throw new IllegalArgumentException("every keypad action needs a key: " + codes.keySet());
        }
        if (new java.util.HashSet<>(codes.values()).size() != codes.size()) {
            throw new IllegalArgumentException("two keypad actions share a key: " + codes);
        }
    }

    /** A keypad with arrows, Escape for back, Enter, F1 for help and + − × ÷ for volume and speed. */
    public static KeypadKeys defaults() {
        Map<KeypadAction, KeyCode> codes = new EnumMap<>(KeypadAction.class);
        codes.put(KeypadAction.UP, KeyCode.UP);
        codes.put(KeypadAction.DOWN, KeyCode.DOWN);
        codes.put(KeypadAction.BACK, KeyCode.ESCAPE);
        codes.put(KeypadAction.ENTER, KeyCode.ENTER);
        codes.put(KeypadAction.HELP, KeyCode.F1);
        codes.put(KeypadAction.VOLUME_UP, KeyCode.ADD);
        codes.put(KeypadAction.VOLUME_DOWN, KeyCode.SUBTRACT);
        codes.put(KeypadAction.FASTER, KeyCode.MULTIPLY);
        codes.put(KeypadAction.SLOWER, KeyCode.DIVIDE);
        return new KeypadKeys(codes);
    }

    public KeyCode code(KeypadAction action) {
        return codes.get(action);
    }

    public Optional<KeypadAction> action(KeyCode code) {
        Map<KeyCode, KeypadAction> byCode = new HashMap<>();
        codes.forEach((action, key) -> byCode.put(key, action));
        return Optional.ofNullable(byCode.get(code));
    }

    /** These keys with {@code action} sent by {@code code} instead. */
    public KeypadKeys with(KeypadAction action, KeyCode code) {
        Map<KeypadAction, KeyCode> changed = new EnumMap<>(codes);
        changed.put(action, code);
        return new KeypadKeys(changed);
    }
}
