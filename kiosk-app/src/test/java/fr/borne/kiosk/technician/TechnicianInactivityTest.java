package fr.borne.kiosk.technician;

import fr.borne.kiosk.support.KioskHarness;
import fr.borne.technician.AuditEntry;
import fr.borne.technician.TechnicianAction;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Technician mode leaves by itself when nobody touches the screen, the keypad too (on virtual time). */
@ExtendWith(ApplicationExtension.class)
class TechnicianInactivityTest {

    private static final Duration IDLE = TechnicianMode.Settings.DEFAULT.idle();
    private static final Duration JUST = Duration.ofMillis(1);

    @TempDir
    Path folder;

    private TechnicianKiosk tech;
    private KioskHarness kiosk;

    @Start
    void start(Stage stage) {
        tech = TechnicianKiosk.start(stage, folder, Clock.fixed(KioskHarness.MONDAY_NOON, KioskHarness.PARIS),
                IDLE);
        kiosk = tech.kiosk;
    }

    @AfterEach
    void stop() {
        kiosk.onFx(tech.mode::stop);
        kiosk.close();
    }

    @Test
    void technicianModeLeavesAfterInactivityAndSaysSoInTheAuditLog() {
        tech.signIn();
        tech.tap("technician-devices");
        kiosk.advance(IDLE.minus(JUST));
        assertThat(tech.mode.signedIn()).as("still signed in a moment before the idle time").isTrue();

        kiosk.advance(JUST);

        assertThat(tech.has("attract-invite")).isTrue();

        assertThat(tech.mode.signedIn()).isFalse();
        AuditEntry last = tech.audited().get(0);
        assertThat(last.action()).isEqualTo(TechnicianAction.SIGN_OUT);
        assertThat(last.detail()).isEqualTo("left after inactivity");
    }

    @Test
    void anUnansweredKeypadGoesBackToTheAttractScreen() {
        kiosk.scan(TechnicianKiosk.BADGE);
        tech.tap("pin-1");
        kiosk.advance(IDLE.minus(JUST));
        assertThat(tech.has("pin-1")).as("the keypad a moment before the idle time").isTrue();

        kiosk.advance(JUST);

        assertThat(tech.has("attract-invite")).isTrue();

        assertThat(tech.mode.active()).isFalse();
        assertThat(tech.auditedActions()).doesNotContain(TechnicianAction.SIGN_OUT);
    }
}
