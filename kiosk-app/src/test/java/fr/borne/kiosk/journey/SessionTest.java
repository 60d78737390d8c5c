package fr.borne.kiosk.journey;

import fr.borne.device.indicator.Light;
import fr.borne.device.scanner.ScannerEvent;
import fr.borne.kiosk.support.KioskHarness;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Sessions: a scan anywhere starts one, "Finished" ends it and gives the seat back, an unplugged scanner shows out of service. */
@ExtendWith(ApplicationExtension.class)
class SessionTest {

    private KioskHarness kiosk;

    @Start
    void start(Stage stage) {
        kiosk = KioskHarness.start(stage);
    }

    @AfterEach
    void stop() {
        kiosk.close();
    }

    private int seatsLeftThursday1415() {
        return kiosk.seatsLeft("rouen-thu-1415", LocalDate.of(2026, 11, 26));
    }

    @Test
    void aScanOnAnyScreenStartsANewSession() {
        kiosk.scan("DEMO-0001");
        kiosk.tap("book");
        kiosk.tap("day-2026-11-26");
        kiosk.tap("round-rouen-thu-1415");
        assertThat(kiosk.ui().context().session().hold()).isPresent();

        kiosk.scan("DEMO-0014");
        assertThat(kiosk.texts()).contains("Bonjour Gérard Blanchard").doesNotContain("Sophie", "Julien");
        assertThat(kiosk.ui().context().session().hold()).isEmpty();
    }

    @Test
    void finishedClearsTheScreenAndGivesTheHeldSeatBack() {
        int before = seatsLeftThursday1415();
        kiosk.scan("DEMO-0001");
        kiosk.tap("book");
        kiosk.tap("day-2026-11-26");
        kiosk.tap("round-rouen-thu-1415");
        assertThat(seatsLeftThursday1415()).isEqualTo(before - 1);

        kiosk.tap("finished");
        assertThat(kiosk.texts()).contains("Réservez votre parloir").doesNotContain("Sophie", "Marchand");
        assertThat(seatsLeftThursday1415()).isEqualTo(before);
        assertThat(kiosk.ui().context().session().active()).isFalse();
    }

    @Test
    void unpluggedScannerShowsOutOfServiceAndSeeReception() {
        kiosk.scanner().onEvent(new ScannerEvent.Disconnected(Instant.now()));
        kiosk.settle();
        assertThat(kiosk.text("out-of-service")).isEqualTo("Borne hors service");
        assertThat(kiosk.texts()).contains("Adressez-vous à l'accueil des familles.");
        assertThat(kiosk.indicator().currentLight()).isEqualTo(Light.OUT_OF_SERVICE);

        kiosk.scanner().onEvent(new ScannerEvent.Connected(Instant.now()));
        kiosk.settle();
        assertThat(kiosk.has("out-of-service")).isFalse();
        assertThat(kiosk.text("attract-invite")).isEqualTo("Réservez votre parloir");
        assertThat(kiosk.indicator().currentLight()).isEqualTo(Light.READY);
    }

    @Test
    void T5_establishmentInformationWithoutABadge() {
        kiosk.tap("info");
        assertThat(kiosk.texts()).contains("169 boulevard de l'Europe, 76038 Rouen", "02 32 18 01 15",
                "Mercredi : 09:15, 10:15, 14:15, 15:40 (parloirs de 60 minutes)",
                "Samedi : 08:45, 09:15, 09:45, 10:15, 10:45, 14:15, 14:45, 15:15, 15:45 (parloirs de 45 minutes)",
                "Présentez-vous 30 minutes avant l'heure du parloir. Aucun retard n'est toléré.");
        assertThat(kiosk.has("finished")).isFalse();
        kiosk.tap("back");
        kiosk.tap("help");
        assertThat(kiosk.texts()).contains("Qui peut m'aider ?");
    }

    @Test
    void accessibilitySwitchesAreOnEveryScreenAndResetAtTheEnd() {
        kiosk.tap("contrast");
        kiosk.tap("largeText");
        assertThat(kiosk.ui().frame().root().getStyleClass()).contains("high-contrast", "large-text");
        kiosk.scan("DEMO-0001");
        kiosk.tap("book");
        assertThat(kiosk.has("contrast")).isTrue();
        assertThat(kiosk.ui().frame().root().getStyleClass()).contains("high-contrast", "large-text");
        kiosk.tap("finished");
        assertThat(kiosk.ui().frame().root().getStyleClass()).doesNotContain("high-contrast", "large-text");
    }

    @Test
    void demoPanelScansADemoBadge() {
        kiosk.tap("demo");
        kiosk.tap("demo-DEMO-0014");
        assertThat(kiosk.texts()).contains("Bonjour Gérard Blanchard");
        assertThat(kiosk.has("demo-panel")).isFalse();
    }
}
