package fr.borne.kiosk.speech;

import fr.borne.kiosk.access.KeypadAction;
import fr.borne.kiosk.i18n.Language;
import fr.borne.kiosk.session.Timeouts;
import fr.borne.kiosk.support.KeypadDriver;
import fr.borne.kiosk.support.KioskHarness;
import fr.borne.kiosk.support.RecordingSpeech;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/** What the guidance says beyond the straight journey: refusals, help, the inactivity warning, volume, the end of a session. */
@ExtendWith(ApplicationExtension.class)
class GuidanceTest {

    private static final Timeouts SHORT = new Timeouts(Duration.ofSeconds(60), Duration.ofSeconds(20));

    private KioskHarness kiosk;
    private final RecordingSpeech speech = new RecordingSpeech();
    private final SpokenTexts spoken = new SpokenTexts();

    @Start
    void start(Stage stage) {
        kiosk = KioskHarness.start(stage, Clock.fixed(KioskHarness.MONDAY_NOON, KioskHarness.PARIS), SHORT);
    }

    @AfterEach
    void stop() {
        kiosk.close();
    }

    private KeypadDriver guidedVisitor() {
        KeypadDriver keypad = KeypadDriver.install(kiosk, speech);
        kiosk.scan("DEMO-0001");
        keypad.press(KeypadAction.HELP);
        return keypad;
    }

    @Test
    @DisplayName("A day that cannot be booked: its refusal and what to do next are heard in full")
    void refusal_isHeardWithWhatToDoNext() {
        KeypadDriver keypad = guidedVisitor();
        keypad.choose("book");
        // Tuesday 24: no visits that day (and within 48 h)
        keypad.choose("day-2026-11-24");
        String explanation = kiosk.text("day-explanation");
        assertThat(speech.texts()).contains(explanation);
        assertThat(speech.texts().get(speech.texts().size() - 1)).as("said after the refusal, focus stays on the day")
                .isEqualTo(explanation);
        assertThat(keypad.focusedId()).isEqualTo("day-2026-11-24");
    }

    @Test
    @DisplayName("Help repeats the keys and the screen's instructions; back goes back like the Back button")
    void help_repeatsInstructions_backGoesBack() {
        KeypadDriver keypad = guidedVisitor();
        keypad.choose("book");
        speech.clear();
        keypad.press(KeypadAction.HELP);
        assertThat(speech.texts()).startsWith(spoken.get(Language.FR, "keys"), "Réserver pour Julien Marchand", "Quel jour ?",
                spoken.get(Language.FR, "screen.day"));
        keypad.press(KeypadAction.BACK);
        assertThat(kiosk.texts()).contains("Bonjour Sophie Marchand");
        assertThat(speech.texts()).contains("Mes parloirs");
        speech.clear();
        keypad.press(KeypadAction.BACK);
        assertThat(speech.texts()).containsExactly(spoken.get(Language.FR, "cannot"));
    }

    @Test
    @DisplayName("The inactivity warning is heard, and more time is the Enter key")
    void inactivityWarning_isHeard_moreTimeIsOneKey() {
        KeypadDriver keypad = guidedVisitor();
        speech.clear();
        kiosk.advance(Duration.ofSeconds(60));
        assertThat(kiosk.ui().journey().watch().warningProperty().get()).isTrue();
        assertThat(speech.texts()).startsWith("Êtes-vous toujours là ?",
                "Sans réponse, l'écran s'efface dans 20 secondes.", spoken.get(Language.FR, "inactivity.moreTime"),
                "J'ai besoin de plus de temps");
        kiosk.advance(Duration.ofSeconds(3));
        assertThat(keypad.focusedId()).as("the countdown keeps the focus on more time").isEqualTo("moreTime");
        keypad.press(KeypadAction.ENTER);
        assertThat(kiosk.ui().journey().watch().warningProperty().get()).isFalse();
        assertThat(kiosk.texts()).contains("Bonjour Sophie Marchand");
    }

    @Test
    @DisplayName("Volume and speed from the keypad: said at the new level, and kept for what follows")
    void volumeAndSpeed_fromTheKeypad() {
        KeypadDriver keypad = guidedVisitor();
        keypad.press(KeypadAction.VOLUME_UP);
        keypad.press(KeypadAction.SLOWER);
        assertThat(speech.texts()).contains("Volume 7 sur 10", "Vitesse 3 sur 10");
        keypad.press(KeypadAction.DOWN);
        Utterance last = speech.utterances().get(speech.utterances().size() - 1);
        assertThat(last.volume()).isEqualTo(7);
        assertThat(last.rate()).isEqualTo(3);
    }

    @Test
    @DisplayName("The session's end silences the guidance: the next visitor starts in silence")
    void sessionEnd_silencesTheGuidance() {
        KeypadDriver keypad = guidedVisitor();
        keypad.choose("finished");
        assertThat(kiosk.ui().context().navigator().current().personal()).isFalse();
        assertThat(keypad.guided().guide().activeProperty().get()).isFalse();
        speech.clear();
        kiosk.scan("DEMO-0001");
        assertThat(speech.texts()).isEmpty();
        assertThat(kiosk.ui().frame().root().getStyleClass()).doesNotContain("keypad-mode");
    }

    @Test
    @DisplayName("A headset plugged in starts the guidance without a key; pulled out, silence at once")
    void headset_startsAndStopsTheGuidance() {
        AtomicBoolean plugged = new AtomicBoolean(false);
        GuidedKiosk[] guided = new GuidedKiosk[1];
        kiosk.onFx(() -> guided[0] = GuidedKiosk.install(kiosk.ui(), speech, Optional.empty(), Optional.of(plugged::get)));
        kiosk.scan("DEMO-0001");
        assertThat(speech.texts()).isEmpty();
        plugged.set(true);
        kiosk.advance(GuidedKiosk.JACK_POLL);
        assertThat(speech.texts()).startsWith("Mes parloirs", "Bonjour Sophie Marchand");
        plugged.set(false);
        kiosk.advance(GuidedKiosk.JACK_POLL);
        assertThat(guided[0].guide().activeProperty().get()).isFalse();
        assertThat(speech.record().get(speech.record().size() - 1)).isEqualTo(RecordingSpeech.INTERRUPTED);
    }

}
