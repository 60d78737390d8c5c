package fr.borne.kiosk.support;

import fr.borne.kiosk.access.KeypadAction;
import fr.borne.kiosk.access.KeypadKeys;
import fr.borne.kiosk.speech.GuidedKiosk;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A visitor at the tactile keypad: presses its keys as key events delivered to the kiosk's
 * scene (to the focused node, as a keyboard's are), never a click or a touch.
 */
public final class KeypadDriver {

    /** More presses than any screen has choices: a choice not reached by then is not reachable. */
    private static final int MOST_PRESSES = 80;

    private final KioskHarness kiosk;
    private final KeypadKeys keys;
    private final GuidedKiosk guided;

    private KeypadDriver(KioskHarness kiosk, KeypadKeys keys, GuidedKiosk guided) {
        this.kiosk = kiosk;
        this.keys = keys;
        this.guided = guided;
    }

    /** Lays the guidance over the harness's kiosk, speaking into {@code speech}, with the default keys. */
    public static KeypadDriver install(KioskHarness kiosk, RecordingSpeech speech) {
        KeypadKeys keys = KeypadKeys.defaults();
        GuidedKiosk[] guided = new GuidedKiosk[1];
        kiosk.onFx(() -> guided[0] = GuidedKiosk.install(kiosk.ui(), speech, Optional.of(keys), Optional.empty()));
        return new KeypadDriver(kiosk, keys, guided[0]);
    }

    public GuidedKiosk guided() {
        return guided;
    }

    public void press(KeypadAction action) {
        KeyCode code = keys.code(action);
        kiosk.onFx(() -> {
            Scene scene = kiosk.ui().scene();
            Event.fireEvent(target(scene), new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, false, false, false));
            Event.fireEvent(target(scene), new KeyEvent(KeyEvent.KEY_RELEASED, "", "", code, false, false, false, false));
        });
    }

    /** Where a keyboard's key goes: the focused node, or the scene's root when none is focused in the scene. */
    private static Node target(Scene scene) {
        Node owner = scene.getFocusOwner();
        return owner != null && owner.getScene() == scene ? owner : scene.getRoot();
    }

    /** The id of the focused node, or empty. */
    public String focusedId() {
        String[] id = new String[1];
        kiosk.onFx(() -> {
            Node owner = kiosk.ui().scene().getFocusOwner();
            id[0] = owner == null || owner.getId() == null ? "" : owner.getId();
        });
        return id[0];
    }

    /** Presses down until the choice {@code id} has the focus; returns the ids passed on the way. */
    public List<String> downTo(String id) {
        List<String> passed = new ArrayList<>();
        kiosk.waitUntil(() -> kiosk.ui().scene().lookup("#" + id) != null);
        for (int i = 0; i < MOST_PRESSES && !focusedId().equals(id); i++) {
            passed.add(focusedId());
            press(KeypadAction.DOWN);
        }
        if (!focusedId().equals(id)) {
            throw new AssertionError("#" + id + " never got the focus; passed " + passed);
        }
        return passed;
    }

    /** Moves to the choice and presses enter. */
    public void choose(String id) {
        downTo(id);
        press(KeypadAction.ENTER);
    }
}
