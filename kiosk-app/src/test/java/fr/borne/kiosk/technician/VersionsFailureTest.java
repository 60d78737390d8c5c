package fr.borne.kiosk.technician;

import fr.borne.kiosk.support.KioskHarness;
import fr.borne.store.Database;
import fr.borne.technician.StoreHealth;
import fr.borne.testsupport.TestClock;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The versions screen on a database that cannot answer (its file gone from under it): the
 * screen still shows, says the check could not run and what to do, and the log says why.
 */
@ExtendWith(ApplicationExtension.class)
class VersionsFailureTest {

    @TempDir
    Path folder;
    @TempDir
    Path elsewhere;

    private final TechnicianWorkAndLog work = new TechnicianWorkAndLog(VersionsScreen.class);
    private TechnicianKiosk tech;

    @Start
    void start(Stage stage) throws Exception {
        // a store whose database is closed: every question to it fails, as a broken disk would
        Database gone = Database.open(elsewhere.resolve("gone.db"));
        gone.close();
        Files.delete(elsewhere.resolve("gone.db"));
        tech = TechnicianKiosk.start(stage, folder, TestClock.at(KioskHarness.MONDAY_NOON, KioskHarness.PARIS),
                Duration.ofMinutes(30), null, work.background(), services -> new TechnicianServices(services.access(),
                        services.state(), services.audit(), new StoreHealth(gone), services.syncNow(),
                        services.syncFacts(), services.clock()));
    }

    @AfterEach
    void stop() throws InterruptedException {
        tech.kiosk.onFx(tech.mode::stop);
        tech.kiosk.close();
        work.close();
    }

    @Test
    void a_store_that_cannot_answer_is_said_in_words_and_logged() {
        tech.signIn();
        tech.tap("technician-versions");

        tech.waitUntil(() -> tech.textNow("version-check").startsWith("Contrôle impossible ("));
        assertThat(tech.textNow("version-check")).endsWith("redémarrez la borne ; si cela recommence, signalez-le au support.");
        assertThat(tech.textNow("version-sqlite")).isEqualTo("?");
        assertThat(tech.textNow("version-app")).isNotBlank();
        assertThat(work.logged()).anyMatch(line -> line.startsWith("WARN database versions and quick check could not be read: "));
    }
}
