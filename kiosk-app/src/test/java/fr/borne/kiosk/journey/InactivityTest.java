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
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Privacy: without a touch the kiosk warns, then clears every personal detail, gives the
 * seat back, and speaks French again. The kiosk's own timeouts (60 s, then a 20 s warning)
 * pass on virtual time: each test shows the moment before nothing happened, then the moment.
 */
@ExtendWith(ApplicationExtension.class)
class InactivityTest {

    private static final Duration IDLE = Timeouts.DEFAULT.idle();
    private static final Duration WARNING = Timeouts.DEFAULT.warning();
    private static final Duration JUST = Duration.ofMillis(1);

    private KioskHarness kiosk;

    @Start
    void start(Stage stage) {
        kiosk = KioskHarness.start(stage, Clock.fixed(KioskHarness.MONDAY_NOON, KioskHarness.PARIS), Timeouts.DEFAULT);
    }

    @AfterEach
    void stop() {
        kiosk.close();
    }

    @Test
    void timeoutClearsPersonalDataReleasesTheSeatAndReturnsToFrench() {
        int seats = kiosk.seatsLeft("rouen-thu-1415", LocalDate.of(2026, 11, 26));
        kiosk.scan("DEMO-0001");
        kiosk.tap("book");
        kiosk.tap("day-2026-11-26");
        kiosk.tap("round-rouen-thu-1415");
        kiosk.tap("language-ES");
        assertThat(kiosk.ui().context().session().hold()).isPresent();
        assertThat(kiosk.texts()).contains("Sophie Marchand");

        kiosk.advance(IDLE.minus(JUST));
        assertThat(kiosk.has("moreTime")).as("no warning a moment before the idle time").isFalse();
        kiosk.advance(JUST);
        assertThat(kiosk.has("moreTime")).isTrue();
        assertThat(kiosk.text("countdown")).contains("20", "segundos");
        kiosk.advance(WARNING.minus(JUST));
        assertThat(kiosk.texts()).as("still the visitor's session a moment before the end").contains("Sophie Marchand");
        kiosk.advance(JUST);

        assertThat(kiosk.has("attract-invite")).isTrue();
        assertThat(kiosk.texts()).doesNotContain("Sophie", "Marchand", "Julien", "R240101");
        assertThat(kiosk.ui().context().session().active()).isFalse();
        assertThat(kiosk.ui().context().session().hold()).isEmpty();
        assertThat(kiosk.ui().context().texts().language()).isEqualTo(Language.FR);
        assertThat(kiosk.text("attract-invite")).isEqualTo("Réservez votre parloir");
        assertThat(kiosk.seatsLeft("rouen-thu-1415", LocalDate.of(2026, 11, 26))).isEqualTo(seats);
    }

    @Test
    void aTouchStartsTheIdleTimeAgain() {
        kiosk.scan("DEMO-0001");
        kiosk.advance(IDLE.minus(Duration.ofSeconds(1)));
        kiosk.touch();

        kiosk.advance(IDLE.minus(JUST));
        assertThat(kiosk.has("moreTime")).as("the touch restarted the idle time").isFalse();
        kiosk.advance(JUST);
        assertThat(kiosk.has("moreTime")).isTrue();
    }

    @Test
    void moreTimeKeepsTheSession() {
        kiosk.scan("DEMO-0001");
        kiosk.advance(IDLE);
        kiosk.advance(WARNING.minus(JUST));
        kiosk.tap("moreTime");

        kiosk.advance(IDLE.minus(JUST));

        assertThat(kiosk.has("inactivity")).isFalse();
        assertThat(kiosk.texts()).contains("Bonjour Sophie Marchand");
        assertThat(kiosk.ui().context().session().active()).isTrue();
    }

    @Test
    void noWarningOnTheAttractScreen() {
        kiosk.advance(IDLE.plus(WARNING).multipliedBy(3));

        assertThat(kiosk.has("inactivity")).isFalse();
        assertThat(kiosk.has("attract-invite")).isTrue();
    }
}
