package fr.borne.kiosk.devices;

import fr.borne.device.scanner.KeyboardWedgeScanner;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;

/**
 * A USB scanner that types like a keyboard: its keystrokes reach the scene, and the
 * driver tells a scanner burst from a person typing; whole codes come back as scans.
 */
public final class KeyboardWedge {

    private final KeyboardWedgeScanner scanner;

    public KeyboardWedge(KeyboardWedgeScanner scanner) {
        this.scanner = scanner;
    }

    public void watch(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_TYPED, this::typed);
    }

    private void typed(KeyEvent event) {
        String typed = event.getCharacter();
        if (!typed.isEmpty() && !typed.equals(KeyEvent.CHAR_UNDEFINED)) {
            scanner.keyTyped(typed.charAt(0), System.nanoTime());
        }
    }
}
