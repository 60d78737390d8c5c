package fr.borne.kiosk.speech;

import fr.borne.kiosk.KioskUi;
import fr.borne.kiosk.access.FocusKeeper;
import fr.borne.kiosk.access.Keypad;
import fr.borne.kiosk.access.KeypadKeys;
import fr.borne.kiosk.i18n.Texts;
import fr.borne.kiosk.session.InactivityWatch;
import fr.borne.kiosk.ui.Navigator;
import fr.borne.kiosk.ui.Screen;
import fr.borne.kiosk.ui.Widgets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.StackPane;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Audio guidance and the tactile keypad laid over a built kiosk, without the screens knowing:
 * it follows the navigator, the language, the inactivity warning and the scene's focus, adds
 * the Listen button to the frame's bottom bar and the focus ring's style sheet to the scene.
 * The focus ring and the keypad's focus placement show only while the guidance is on (a
 * keypad key or the Listen button turns it on), so touch visitors see the screens unchanged.
 */
public final class GuidedKiosk {

    /** How often the headset jack is looked at. */
    static final Duration JACK_POLL = Duration.ofSeconds(2);
    static final String KEYPAD_MODE = "keypad-mode";

    private final AudioGuide guide;
    private final FocusKeeper focus;
    private final Navigator navigator;
    private Screen shown;

    private GuidedKiosk(AudioGuide guide, FocusKeeper focus, Navigator navigator) {
        this.guide = guide;
        this.focus = focus;
        this.navigator = navigator;
    }

    /**
     * @param keys the keypad's keys, when the kiosk has one
     * @param jack the headset jack, when the hardware reports it
     */
    public static GuidedKiosk install(KioskUi ui, Speech speech, Optional<KeypadKeys> keys, Optional<HeadsetJack> jack) {
        Scene scene = ui.scene();
        StackPane root = ui.frame().root();
        Texts texts = ui.context().texts();
        Navigator navigator = ui.context().navigator();
        InactivityWatch watch = ui.journey().watch();
        SpokenTexts spoken = new SpokenTexts();
        AudioGuide guide = new AudioGuide(speech, spoken, texts, root);
        FocusKeeper focus = new FocusKeeper(scene, root);
        GuidedKiosk kiosk = new GuidedKiosk(guide, focus, navigator);
        scene.getStylesheets().add(Objects.requireNonNull(GuidedKiosk.class.getResource(
                "/fr/borne/kiosk/access/access.css")).toExternalForm());

        // after the frame's own listeners (added when it was built): the new view is in place
        navigator.currentProperty().addListener((o, a, b) -> kiosk.rendered());
        navigator.rendersProperty().addListener((o, a, b) -> kiosk.rendered());
        texts.languageProperty().addListener((o, a, b) -> kiosk.rendered());
        ui.theme().highContrastProperty().addListener((o, a, b) -> kiosk.rendered());
        ui.theme().largeTextProperty().addListener((o, a, b) -> kiosk.rendered());
        watch.warningProperty().addListener((o, was, now) -> {
            if (now) {
                guide.warning(watch.secondsLeftProperty().get());
            }
            kiosk.refocus();
        });
        watch.secondsLeftProperty().addListener((o, a, b) -> kiosk.refocus());
        scene.focusOwnerProperty().addListener((o, before, now) -> guide.choice(now));
        // screens whose content changes without being built again (data loaded late, bound texts)
        scene.addPostLayoutPulseListener(kiosk::settled);
        guide.activeProperty().addListener((o, was, now) -> {
            root.getStyleClass().remove(KEYPAD_MODE);
            if (now) {
                root.getStyleClass().add(KEYPAD_MODE);
                focus.afterRender(true);
            }
        });

        ui.frame().addExtra(t -> listenButton(t, spoken, guide));
        keys.ifPresent(k -> new Keypad(k, focus, root, guide).watch(scene));
        jack.ifPresent(j -> {
            guide.headset(j.plugged());
            ui.timers().every(JACK_POLL, () -> guide.headset(j.plugged()));
        });
        kiosk.rendered();
        return kiosk;
    }

    public AudioGuide guide() {
        return guide;
    }

    public FocusKeeper focus() {
        return focus;
    }

    private static Node listenButton(Texts texts, SpokenTexts spoken, AudioGuide guide) {
        Button listen = Widgets.button(spoken.get(texts.language(), "listen"), "listen", guide::listen, "chrome");
        listen.setMinWidth(Button.USE_PREF_SIZE);
        return listen;
    }

    private void rendered() {
        Screen current = navigator.current();
        if (current == null) {
            return;
        }
        boolean newScreen = current != shown;
        shown = current;
        guide.rendered(current);
        if (guide.activeProperty().get()) {
            focus.afterRender(newScreen);
            focus.focused().ifPresent(guide::choice);
        }
    }

    private void settled() {
        if (guide.activeProperty().get() && navigator.current() != null) {
            guide.settled();
            focus.keep();
            // a choice whose words changed in place (a companion toggled) is said again
            focus.focused().ifPresent(guide::choice);
        }
    }

    private void refocus() {
        if (guide.activeProperty().get()) {
            focus.afterRender(false);
            focus.focused().ifPresent(guide::choice);
        }
    }
}
