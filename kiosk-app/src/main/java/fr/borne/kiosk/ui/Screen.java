package fr.borne.kiosk.ui;

import fr.borne.kiosk.i18n.Texts;
import javafx.scene.Node;

/**
 * One screen of the journey: a controller that keeps what the visitor chose and builds
 * its view, in the current language, each time it is shown (after a language switch too).
 */
public interface Screen {

    String title(Texts texts);

    Node view(Texts texts);

    /** Whether the visitor can go back from here (false on the attract and final screens). */
    default boolean backAllowed() {
        return true;
    }

    /** Whether this screen belongs to a visitor's session (shows "Finished" and personal data). */
    default boolean personal() {
        return true;
    }
}
