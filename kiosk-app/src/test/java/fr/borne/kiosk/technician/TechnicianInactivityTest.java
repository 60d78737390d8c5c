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

/** Technician mode leaves by itself when nobody touches the screen, the keypad too. */
@ExtendWith(ApplicationExtension.class)
class TechnicianInactivityTest {

    @TempDir
    Path folder;

    private TechnicianKiosk tech;
    private KioskHarness kiosk;

    @Start
    void start(Stage stage) {
        tech = TechnicianKiosk.start(stage, folder, Clock.fixed(KioskHarness.MONDAY_NOON, KioskHarness.PARIS),
                Duration.ofMillis(1500));
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

        tech.waitFor("attract-invite");

        assertThat(tech.mode.signedIn()).isFalse();
        AuditEntry last = tech.audited().get(0);
        assertThat(last.action()).isEqualTo(TechnicianAction.SIGN_OUT);
        assertThat(last.detail()).isEqualTo("left after inactivity");
    }

    @Test
    void anUnansweredKeypadGoesBackToTheAttractScreen() {
        kiosk.scan(TechnicianKiosk.BADGE);
        tech.tap("pin-1");

        tech.waitFor("attract-invite");

        assertThat(tech.mode.active()).isFalse();
        assertThat(tech.auditedActions()).doesNotContain(TechnicianAction.SIGN_OUT);
    }
}
