package fr.borne.kiosk.technician;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import fr.borne.kiosk.support.KioskHarness;
import fr.borne.store.Database;
import fr.borne.technician.StoreHealth;
import fr.borne.testsupport.TestClock;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

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

    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "technician-background");
        t.setDaemon(true);
        return t;
    });
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private TechnicianKiosk tech;

    @Start
    void start(Stage stage) throws Exception {
        // a store whose database is closed: every question to it fails, as a broken disk would
        Database gone = Database.open(elsewhere.resolve("gone.db"));
        gone.close();
        Files.delete(elsewhere.resolve("gone.db"));
        ((Logger) LoggerFactory.getLogger(VersionsScreen.class)).addAppender(log);
        log.start();
        tech = TechnicianKiosk.start(stage, folder, TestClock.at(KioskHarness.MONDAY_NOON, KioskHarness.PARIS),
                Duration.ofMinutes(30), null, background, services -> new TechnicianServices(services.access(),
                        services.state(), services.audit(), new StoreHealth(gone), services.syncNow(),
                        services.syncFacts(), services.clock()));
    }

    @AfterEach
    void stop() throws InterruptedException {
        ((Logger) LoggerFactory.getLogger(VersionsScreen.class)).detachAppender(log);
        tech.kiosk.onFx(tech.mode::stop);
        tech.kiosk.close();
        background.shutdownNow();
        assertThat(background.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void a_store_that_cannot_answer_is_said_in_words_and_logged() {
        tech.signIn();
        tech.tap("technician-versions");

        tech.waitUntil(() -> tech.textNow("version-check").startsWith("Contrôle impossible ("));
        assertThat(tech.textNow("version-check")).endsWith("redémarrez la borne ; si cela recommence, signalez-le au support.");
        assertThat(tech.textNow("version-sqlite")).isEqualTo("?");
        assertThat(tech.textNow("version-app")).isNotBlank();
        List<ILoggingEvent> logged;
        synchronized (log) { // the appender appends under its own lock, from the reading thread
            logged = List.copyOf(log.list);
        }
        assertThat(logged).anyMatch(e -> e.getFormattedMessage()
                .startsWith("database versions and quick check could not be read: "));
    }
}
