package fr.borne.kiosk.speech;

import fr.borne.booking.Booking;
import fr.borne.kiosk.access.FocusKeeper;
import fr.borne.kiosk.access.KeypadAction;
import fr.borne.kiosk.i18n.Language;
import fr.borne.kiosk.i18n.Texts;
import fr.borne.kiosk.support.KeypadDriver;
import fr.borne.kiosk.support.KioskHarness;
import fr.borne.kiosk.support.RecordingSpeech;
import fr.borne.kiosk.speech.Utterance;
import javafx.scene.Node;
import javafx.scene.effect.DropShadow;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor who cannot read the screen books alone: the whole journey with the keypad's keys
 * only (no click, no touch; the badge through the scanner), every step heard in order.
 */
@ExtendWith(ApplicationExtension.class)
class KeypadJourneyTest {

    private KioskHarness kiosk;
    private final RecordingSpeech speech = new RecordingSpeech();
    private final SpokenTexts spoken = new SpokenTexts();

    @Start
    void start(Stage stage) {
        kiosk = KioskHarness.start(stage);
    }

    @AfterEach
    void stop() {
        kiosk.close();
    }

    /** From the attract screen (the language already chosen) to the booked screen, keys only. */
    private Booking bookWithKeys(KeypadDriver keypad) {
        kiosk.scan("DEMO-0001");
        keypad.choose("book");
        // a single detainee: the detainee step is skipped
        keypad.choose("day-2026-11-25");
        keypad.choose("round-rouen-wed-1415");
        keypad.choose("visitor-v-1004");
        keypad.choose("continue");
        keypad.choose("confirm");
        kiosk.waitUntil(() -> kiosk.ui().scene().lookup("#booked-headline") != null);
        List<Booking> upcoming = kiosk.ui().context().directory().upcomingBookings("v-1001");
        assertThat(upcoming).hasSize(1);
        assertThat(upcoming.get(0).visitorIds()).containsExactly("v-1001", "v-1004");
        return upcoming.get(0);
    }

    @Test
    @DisplayName("Keypad only, in French: silent until a key, then each screen's title, what it asks and the choices, and the booking read back")
    void keypadOnly_booksAVisit_andEveryStepIsHeardInFrench() {
        KeypadDriver keypad = KeypadDriver.install(kiosk, speech);
        assertThat(speech.texts()).as("nothing is said before the visitor asks").isEmpty();

        keypad.press(KeypadAction.HELP);
        assertThat(speech.texts()).as("the first key only starts the guidance").startsWith(
                "Maison d'arrêt de Rouen", "Réservez votre parloir",
                "Passez votre badge sous le lecteur, code-barres vers le bas.", "Choisissez votre langue",
                spoken.get(Language.FR, "screen.attract"));

        Booking booking = bookWithKeys(keypad);

        // each screen's title, what it asks, then the choice; what a screen loads comes when it is there
        List<String> expected = List.of(
                "Mes parloirs", spoken.get(Language.FR, "screen.home"),
                "Réserver pour Julien Marchand", "Quel jour ?", spoken.get(Language.FR, "screen.day"),
                "À quelle heure ?", spoken.get(Language.FR, "screen.round"),
                "Qui vient au parloir ?", spoken.get(Language.FR, "screen.companions"),
                "Réserver : vérifiez", spoken.get(Language.FR, "screen.review"), "Confirmer la réservation",
                "C'est fait", "Votre parloir est réservé.", spoken.get(Language.FR, "screen.booked"));
        assertThat(saidAfter("Mes parloirs")).contains("Bonjour Sophie Marchand", "Réserver un parloir");
        assertThat(saidAfter("Réserver : vérifiez")).contains("Convocation à 13:45", "Mercredi 25 novembre");
        assertThat(saidAfter("C'est fait")).as("the booking read back, the reference letter by letter")
                .contains("Convocation à 13:45", "Mercredi 25 novembre",
                        "Référence : " + Spelling.letters(booking.reference()));
        assertThat(speech.firstMissing(expected)).as("said in order: " + speech.record()).isNull();
        assertThat(speech.texts()).as("a chosen companion is said chosen")
                .anyMatch(text -> text.startsWith("Lucas Marchand") && text.endsWith(", choisi"));
        assertThat(speech.utterances()).extracting(Utterance::language).containsOnly(Language.FR);
        // a new screen cut what the one before was still saying
        int booked = speech.record().lastIndexOf("C'est fait");
        assertThat(speech.record().get(booked - 1)).isEqualTo(RecordingSpeech.INTERRUPTED);
    }

    @Test
    @DisplayName("Keypad only, in Arabic: language chosen with the keys, everything heard in Arabic, focus moving right to left")
    void keypadOnly_booksAVisit_inArabic_focusRightToLeft() {
        KeypadDriver keypad = KeypadDriver.install(kiosk, speech);
        keypad.press(KeypadAction.DOWN);
        keypad.choose("attract-language-AR");
        assertThat(kiosk.ui().context().texts().language()).isEqualTo(Language.AR);

        kiosk.scan("DEMO-0001");
        keypad.choose("book");
        // right to left: the next tile of a row is on the left of the one before
        keypad.downTo("day-2026-11-25");
        double[] before = new double[1];
        kiosk.onFx(() -> before[0] = centreX(kiosk.ui().scene().getFocusOwner()));
        keypad.press(KeypadAction.DOWN);
        assertThat(keypad.focusedId()).isEqualTo("day-2026-11-26");
        double[] after = new double[1];
        kiosk.onFx(() -> after[0] = centreX(kiosk.ui().scene().getFocusOwner()));
        assertThat(after[0]).as("the next day is to the left").isLessThan(before[0]);
        keypad.press(KeypadAction.UP);
        keypad.press(KeypadAction.ENTER);
        keypad.choose("round-rouen-wed-1415");
        keypad.choose("visitor-v-1004");
        keypad.choose("continue");
        keypad.choose("confirm");
        kiosk.waitUntil(() -> kiosk.ui().scene().lookup("#booked-headline") != null);
        Booking booking = kiosk.ui().context().directory().upcomingBookings("v-1001").get(0);

        Texts ar = new Texts();
        ar.use(Language.AR);
        List<String> expected = List.of(
                ar.get("home.title"), spoken.get(Language.AR, "screen.home"),
                ar.get("day.question"), spoken.get(Language.AR, "screen.day"),
                spoken.get(Language.AR, "screen.round"),
                spoken.get(Language.AR, "screen.companions"),
                spoken.get(Language.AR, "screen.review"), ar.get("review.confirm"),
                ar.get("booked.title"), ar.get("booked.confirmed"), spoken.get(Language.AR, "screen.booked"));
        assertThat(saidAfter(ar.get("home.title"))).contains(ar.get("home.greeting", "Sophie Marchand"), ar.get("home.book"));
        assertThat(saidAfter(ar.get("booked.title"))).contains(ar.get("booking.convocation", "13:45"),
                ar.get("booking.reference", Spelling.letters(booking.reference())));
        assertThat(speech.firstMissing(expected)).as("said in order: " + speech.record()).isNull();
        int chosen = speech.texts().indexOf(ar.get("home.title"));
        assertThat(speech.utterances().subList(chosen, speech.utterances().size()))
                .extracting(Utterance::language).containsOnly(Language.AR);
    }

    @Test
    @DisplayName("Focus ring: drawn on the focused choice only while the keypad is in use, in its own colour in high contrast")
    void focusRing_onlyWhileTheKeypadIsInUse_alsoInHighContrast() {
        KeypadDriver keypad = KeypadDriver.install(kiosk, speech);
        kiosk.scan("DEMO-0001");
        assertThat(ringColours()).as("no ring for touch visitors").isEmpty();
        keypad.press(KeypadAction.DOWN);
        assertThat(keypad.focusedId()).isEqualTo("book");
        assertThat(ringColours()).containsExactly(Color.web("#e8590c"));
        keypad.press(KeypadAction.DOWN);
        assertThat(keypad.focusedId()).isNotEqualTo("book");
        assertThat(ringColours()).hasSize(1);
        keypad.downTo("contrast");
        keypad.press(KeypadAction.ENTER);
        assertThat(kiosk.ui().theme().highContrastProperty().get()).isTrue();
        assertThat(keypad.focusedId()).as("the screen built again keeps the focus").isEqualTo("contrast");
        assertThat(ringColours()).containsExactly(Color.web("#00e5ff"));
    }

    /** The colours of the focus rings drawn now (the halo the style sheet gives the focused choice). */
    /** What was said from the first time {@code first} was said on. */
    private List<String> saidAfter(String first) {
        List<String> texts = speech.texts();
        int at = texts.indexOf(first);
        assertThat(at).as(first + " said; said: " + speech.record()).isNotNegative();
        return texts.subList(at, texts.size());
    }

    private List<Color> ringColours() {
        List<Color> colours = new ArrayList<>();
        kiosk.onFx(() -> {
            kiosk.ui().scene().getRoot().applyCss();
            kiosk.ui().scene().getRoot().lookupAll("." + FocusKeeper.RING).forEach(n -> {
                if (n.getEffect() instanceof DropShadow ring) {
                    colours.add(ring.getColor());
                }
            });
        });
        return colours;
    }

    private List<String> ringed() {
        List<String> ids = new ArrayList<>();
        kiosk.onFx(() -> kiosk.ui().scene().getRoot().lookupAll("." + FocusKeeper.RING).forEach(n -> ids.add(n.getId())));
        return ids;
    }

    private static double centreX(Node node) {
        var bounds = node.localToScene(node.getBoundsInLocal());
        return (bounds.getMinX() + bounds.getMaxX()) / 2;
    }
}
