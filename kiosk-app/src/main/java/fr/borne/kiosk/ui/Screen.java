package fr.borne.kiosk.ui;

import fr.borne.kiosk.i18n.Texts;
import javafx.scene.Node;

/**
 * One screen of the journey, shown from a model its controller read beforehand, off the
 * JavaFX thread ({@link fr.borne.kiosk.work.Waiting}): {@link #view} renders that model in
 * the current language, each time the frame asks (after a language switch too), and reads
 * neither the replica nor the network. A screen may hand back the view it built before,
 * changed in place, so the page keeps its scroll position.
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
