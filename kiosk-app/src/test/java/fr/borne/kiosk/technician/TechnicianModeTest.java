package fr.borne.kiosk.technician;

import fr.borne.device.indicator.Light;
import fr.borne.kiosk.support.KioskHarness;
import fr.borne.store.Sql;
import fr.borne.technician.AuditEntry;
import fr.borne.technician.KioskState;
import fr.borne.technician.TechnicianAction;
import fr.borne.testsupport.TestClock;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Technician mode on a real kiosk screen and a real SQLite file: badge then PIN, the
 * lock-out and its expiry, each screen, the audit log, and the out-of-service switch
 * surviving a restart.
 */
@ExtendWith(ApplicationExtension.class)
class TechnicianModeTest {

    private static final List<String> TECHNICIAN_SCREENS = List.of("technician-devices", "technician-sync",
            "technician-service", "technician-versions", "technician-events", "scanner-status", "printer-status",
            "sync-outbox", "service-state", "version-sqlite", "events-audit");

    @TempDir
    Path folder;

    private Stage stage;
    private TestClock clock;
    private TechnicianKiosk tech;
    private KioskHarness kiosk;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        clock = TestClock.at(KioskHarness.MONDAY_NOON, KioskHarness.PARIS);
        open();
    }

    private void open() {
        tech = TechnicianKiosk.start(stage, folder, clock, Duration.ofMinutes(30));
        kiosk = tech.kiosk;
    }

    @AfterEach
    void stop() {
        kiosk.onFx(tech.mode::stop);
        kiosk.close();
    }

    @Test
    void aTechnicianBadgeAsksForThePinAndOpensNoTechnicianScreen() {
        kiosk.scan(TechnicianKiosk.BADGE);

        assertThat(tech.has("technician-keypad")).isTrue();
        assertThat(TECHNICIAN_SCREENS).noneMatch(tech::has);
        assertThat(tech.mode.signedIn()).isFalse();
        assertThat(kiosk.ui().context().navigator().canGoBack()).isFalse();
        tech.tap("pin-4");
        tech.tap("pin-3");
        assertThat(tech.text("pin-mask")).isEqualTo("● ●");
        assertThat(kiosk.disabled("pin-ok")).as("four digits at least").isTrue();
        tech.tap("pin-2");
        tech.tap("pin-1");
        assertThat(tech.texts()).doesNotContain(TechnicianKiosk.PIN, TechnicianKiosk.BADGE);
        assertThat(TECHNICIAN_SCREENS).noneMatch(tech::has);
    }

    @Test
    void aVisitorBadgeOnTheKeypadGoesBackToTheVisitorsJourney() {
        kiosk.scan(TechnicianKiosk.BADGE);
        kiosk.scan("DEMO-0001");

        assertThat(tech.has("technician-keypad")).isFalse();
        assertThat(tech.texts()).contains("Bonjour Sophie Marchand");
        assertThat(tech.mode.active()).isFalse();
    }

    @Test
    void aTechnicianBadgeEndsTheVisitorsSessionAndGivesTheHeldSeatBack() {
        LocalDate thursday = LocalDate.of(2026, 11, 26);
        int seats = kiosk.seatsLeft("rouen-thu-1415", thursday);
        kiosk.scan("DEMO-0001");
        tech.tap("book");
        tech.tap("day-2026-11-26");
        tech.tap("round-rouen-thu-1415");
        assertThat(kiosk.ui().context().session().hold()).isPresent();

        kiosk.scan(TechnicianKiosk.BADGE);

        assertThat(kiosk.ui().context().session().active()).isFalse();
        assertThat(kiosk.ui().context().session().hold()).isEmpty();
        assertThat(kiosk.seatsLeft("rouen-thu-1415", thursday)).isEqualTo(seats);
        assertThat(tech.texts()).doesNotContain("Sophie", "Marchand");
        assertThat(tech.has("technician-keypad")).isTrue();
    }

    @Test
    void fiveWrongPinsLockTheBadgeAndEvenTheRightPinWaitsForTheLockToRunOut() {
        kiosk.scan(TechnicianKiosk.BADGE);
        for (int attempt = 1; attempt <= 4; attempt++) {
            tech.typePin("0000");
            assertThat(tech.text("pin-message")).contains("Encore " + (5 - attempt) + " essai");
        }
        tech.typePin("0000");
        assertThat(tech.text("pin-message")).contains("bloqué jusqu'à 12:15");

        tech.typePin(TechnicianKiosk.PIN);
        assertThat(tech.mode.signedIn()).isFalse();
        assertThat(tech.text("pin-message")).contains("bloqué jusqu'à 12:15");
        assertThat(TECHNICIAN_SCREENS).noneMatch(tech::has);

        clock.advance(Duration.ofMinutes(14));
        tech.typePin(TechnicianKiosk.PIN);
        assertThat(tech.mode.signedIn()).as("still locked a minute before the end").isFalse();

        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        tech.typePin(TechnicianKiosk.PIN);
        assertThat(tech.mode.signedIn()).isTrue();
        assertThat(tech.has("technician-devices")).isTrue();
        assertThat(tech.auditedActions()).contains(TechnicianAction.LOCKED_OUT, TechnicianAction.SIGN_IN_REFUSED,
                TechnicianAction.SIGN_IN);
    }

    @Test
    void afterSignInEachScreenWorksAndEveryActionIsAudited() {
        tech.signIn();
        assertThat(tech.texts()).contains("Technicien connecté : tech-demo");

        tech.tap("technician-devices");
        assertThat(tech.text("scanner-status")).isEqualTo("branché");
        assertThat(tech.text("printer-status")).isEqualTo("prête");
        kiosk.scan("ANY-CODE-123");
        assertThat(tech.text("scanner-test-result")).contains("Reçu : 12 caractères");
        assertThat(tech.texts()).doesNotContain("ANY-CODE-123");
        assertThat(tech.mode.signedIn()).as("a scan in technician mode is a scanner test").isTrue();
        tech.tap("printer-test");
        tech.waitUntil(() -> tech.text("printer-test-result").equals("Ticket de test imprimé."));
        assertThat(kiosk.printer().printed()).hasSize(1);
        assertThat(kiosk.printer().printed().get(0).plainText()).contains("TICKET DE TEST", "tech-demo");
        kiosk.printer().runOutOfPaper();
        tech.tap("printer-test");
        tech.waitUntil(() -> tech.text("printer-test-result").startsWith("Plus de papier : mettez un rouleau neuf"));
        tech.tap("buzzer-test");
        tech.tap("light-test");
        assertThat(tech.text("indicator-test-result")).contains("couleurs");

        tech.tap("back");
        tech.tap("technician-sync");
        assertThat(tech.text("sync-outbox")).isEqualTo("0");
        assertThat(tech.text("sync-reachable")).startsWith("inconnu");
        tech.tap("sync-now");
        tech.tap("sync-now-confirm");
        assertThat(tech.text("sync-now-result")).contains("Demande n° 1", "pas encore traitée");

        tech.tap("back");
        tech.tap("technician-versions");
        tech.waitUntil(() -> tech.text("version-sqlite").matches("3\\.\\d+\\.\\d+"));
        assertThat(tech.text("version-schema")).isNotBlank().isNotEqualTo("?");
        tech.waitUntil(() -> tech.text("version-check").equals("ok"));

        tech.tap("back");
        tech.tap("technician-events");
        assertThat(tech.texts()).contains("SIGN_IN").contains("SYNC_NOW").doesNotContain("Sophie", "DEMO-0001");

        tech.tap("technician-leave");
        assertThat(tech.has("attract-invite")).isTrue();
        assertThat(tech.mode.signedIn()).isFalse();

        List<String> details = tech.audited().stream().map(e -> e.action() + " " + e.detail()).toList();
        assertThat(details).contains("SIGN_IN badge and PIN accepted",
                "DEVICE_TEST scanner test: received 12 characters", "DEVICE_TEST printer test: receipt printed (job 1)",
                "DEVICE_TEST printer test failed: PAPER_OUT", "DEVICE_TEST buzzer test", "DEVICE_TEST light test",
                "SYNC_NOW sync pass requested (request 1)", "SIGN_OUT left");
        assertThat(tech.audited()).filteredOn(e -> e.action() != TechnicianAction.ENROL)
                .allMatch(e -> e.technicianId().equals("tech-demo"));
        assertThat(tech.audited()).map(AuditEntry::detail).noneMatch(d -> d.contains("ANY-CODE"));
    }

    @Test
    void outOfServiceShowsOnTheAttractScreenAndSurvivesARestart() {
        tech.signIn();
        tech.tap("technician-service");
        tech.tap("service-off-maintenance");
        tech.tap("service-off-maintenance-confirm");
        assertThat(tech.text("service-state")).contains("Hors service depuis", "tech-demo", "maintenance");
        tech.tap("technician-leave");

        assertThat(tech.text("out-of-service")).isEqualTo("Borne hors service");
        assertThat(tech.texts()).contains("L'accueil des familles vous renseigne au 02 32 18 01 15.");
        assertThat(tech.text("reception-hours")).contains("mer.–ven. 10 h 00–11 h 30");
        assertThat(kiosk.indicator().currentLight()).isEqualTo(Light.OUT_OF_SERVICE);
        kiosk.scan("DEMO-0001");
        assertThat(kiosk.ui().context().session().active()).as("visitors' badges refused").isFalse();
        assertThat(tech.has("out-of-service")).isTrue();

        tech.shutDown();
        kiosk.onFx(this::open);

        assertThat(tech.text("out-of-service")).isEqualTo("Borne hors service");
        assertThat(tech.has("attract-invite")).isFalse();
        assertThat(kiosk.indicator().currentLight()).isEqualTo(Light.OUT_OF_SERVICE);

        tech.signIn();
        tech.tap("technician-service");
        tech.tap("service-on");
        tech.tap("service-on-confirm");
        tech.tap("technician-leave");
        assertThat(tech.has("attract-invite")).isTrue();
        assertThat(kiosk.indicator().currentLight()).isEqualTo(Light.READY);
        assertThat(tech.auditedActions()).contains(TechnicianAction.OUT_OF_SERVICE_ON,
                TechnicianAction.OUT_OF_SERVICE_OFF);
    }

    @Test
    void aSwitchMadeByAnotherProgramReachesTheAttractScreen() {
        // borne-ctl, over SSH, writes the same row
        new KioskState(kiosk.database(), clock).takeOutOfService("tech-demo", "maintenance");
        kiosk.advance(TechnicianKiosk.POLL.minusMillis(1));
        assertThat(tech.has("out-of-service")).as("not read before the next poll").isFalse();

        kiosk.advance(Duration.ofMillis(1));

        assertThat(tech.has("out-of-service")).isTrue();
        assertThat(kiosk.indicator().currentLight()).isEqualTo(Light.OUT_OF_SERVICE);
    }

    @Test
    void textsWrittenByOtherProgramsReachTheScreensWithoutNamesOrBadgeCodes() {
        // borne-ctl takes free text; the sync agent writes central's words
        new KioskState(kiosk.database(), clock).takeOutOfService("tech-demo", "Madame Marchand a signalé un écran cassé");
        kiosk.database().write(c -> Sql.update(c, "INSERT INTO sync_status (key, value) VALUES ('last.error', ?)",
                "refused for Marchand, badge DEMO-0007"));
        tech.signIn();

        tech.tap("technician-sync");
        assertThat(tech.text("sync-last-error")).startsWith("refused for").doesNotContain("Marchand", "DEMO-0007");
        tech.tap("back");
        tech.tap("technician-service");
        assertThat(tech.text("service-state")).contains("écran cassé").doesNotContain("Marchand");
        tech.tap("back");
        tech.tap("technician-events");
        assertThat(tech.texts()).contains("OUT_OF_SERVICE_ON").doesNotContain("Marchand", "DEMO-0007");
    }
}
