package fr.borne.kiosk.journey;

import fr.borne.kiosk.i18n.Language;
import fr.borne.kiosk.session.Timeouts;
import fr.borne.kiosk.support.KioskHarness;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.time.Clock;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Privacy: without a touch the kiosk warns, then clears every personal detail, gives the seat back, and speaks French again. */
@ExtendWith(ApplicationExtension.class)
class InactivityTest {

    private KioskHarness kiosk;

    @Start
    void start(Stage stage) {
        kiosk = KioskHarness.start(stage, Clock.fixed(KioskHarness.MONDAY_NOON, KioskHarness.PARIS),
                new Timeouts(Duration.ofMillis(1500), Duration.ofSeconds(2)));
    }

    @AfterEach
    void stop() {
        kiosk.close();
    }

    @Test
    void timeoutClearsPersonalDataReleasesTheSeatAndReturnsToFrench() {
        int seats = kiosk.seatsLeft("rouen-thu-1415", java.time.LocalDate.of(2026, 11, 26));
        kiosk.scan("DEMO-0001");
        kiosk.tap("book");
        kiosk.tap("day-2026-11-26");
        kiosk.tap("round-rouen-thu-1415");
        kiosk.tap("language-ES");
        assertThat(kiosk.ui().context().session().hold()).isPresent();
        assertThat(kiosk.texts()).contains("Sophie Marchand");

        kiosk.waitUntil(() -> kiosk.ui().scene().lookup("#moreTime") != null, 10);
        assertThat(kiosk.text("countdown")).contains("segundos");
        kiosk.waitUntil(() -> kiosk.ui().scene().lookup("#attract-invite") != null, 10);

        assertThat(kiosk.texts()).doesNotContain("Sophie", "Marchand", "Julien", "R240101");
        assertThat(kiosk.ui().context().session().active()).isFalse();
        assertThat(kiosk.ui().context().session().hold()).isEmpty();
        assertThat(kiosk.ui().context().texts().language()).isEqualTo(Language.FR);
        assertThat(kiosk.text("attract-invite")).isEqualTo("Réservez votre parloir");
        assertThat(kiosk.seatsLeft("rouen-thu-1415", java.time.LocalDate.of(2026, 11, 26))).isEqualTo(seats);
    }

    @Test
    void moreTimeKeepsTheSession() {
        kiosk.scan("DEMO-0001");
        kiosk.waitUntil(() -> kiosk.ui().scene().lookup("#moreTime") != null, 10);
        kiosk.tap("moreTime");
        assertThat(kiosk.has("inactivity")).isFalse();
        assertThat(kiosk.texts()).contains("Bonjour Sophie Marchand");
        assertThat(kiosk.ui().context().session().active()).isTrue();
    }

    @Test
    void noWarningOnTheAttractScreen() throws InterruptedException {
        Thread.sleep(2000);
        kiosk.settle();
        assertThat(kiosk.has("inactivity")).isFalse();
    }
}
