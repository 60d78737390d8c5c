package fr.borne.kiosk.online;

import fr.borne.demo.Timetables;
import fr.borne.kiosk.session.Timeouts;
import fr.borne.kiosk.support.KioskHarness;
import fr.borne.kiosk.support.OnlineWorld;
import fr.borne.kiosk.support.RecordingAgentLocal;
import fr.borne.store.Sql;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * B11: when a visitor of another establishment leaves the Dijon kiosk without touching
 * "Finished", the inactivity timeout ends their session at central too, through the agent
 * (the real agent and central on loopback, the real screens with short timeouts).
 */
@ExtendWith(ApplicationExtension.class)
class RemoteSessionEndTest {

    /** Sophie Marchand of Rouen: unknown to the Dijon replica. */
    private static final String SOPHIE = "DEMO-0001";
    /** A Dijon visitor, known to the replica. */
    private static final String LOCAL = "DEMO-0013";

    private OnlineWorld world;
    private RecordingAgentLocal agent;
    private KioskHarness kiosk;

    @Start
    void start(Stage stage) throws IOException {
        Path folder = Files.createTempDirectory("kiosk-online");
        Clock clock = Clock.systemUTC();
        world = OnlineWorld.start(folder, "dijon-1", Timetables.DIJON, clock);
        agent = new RecordingAgentLocal(world.client());
        kiosk = KioskHarness.startOnline(stage, folder, world.kioskDatabase(), Timetables.DIJON, agent, clock,
                new Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(1)));
    }

    @AfterEach
    void stop() {
        world.close();
        kiosk.close();
    }

    @Test
    void B11_the_inactivity_timeout_closes_the_remote_visitors_session_at_central() {
        kiosk.scan(SOPHIE);
        kiosk.waitUntil(() -> kiosk.has("book"));
        assertThat(openSessionsAtCentral()).isEqualTo(1);
        assertThat(agent.sessionsEnded()).isZero();

        kiosk.advance(Duration.ofSeconds(2));
        kiosk.advance(Duration.ofSeconds(1));
        kiosk.waitUntil(() -> !kiosk.ui().context().session().active());

        kiosk.waitUntil(() -> agent.sessionsEnded() == 1);
        kiosk.waitUntil(() -> openSessionsAtCentral() == 0);
    }

    @Test
    void a_session_of_a_visitor_of_this_establishment_asks_central_nothing_when_it_ends() {
        kiosk.scan(LOCAL);
        kiosk.waitUntil(() -> kiosk.has("book"));
        assertThat(kiosk.ui().context().session().remote()).isEmpty();

        kiosk.advance(Duration.ofSeconds(2));
        kiosk.advance(Duration.ofSeconds(1));
        kiosk.waitUntil(() -> !kiosk.ui().context().session().active());
        kiosk.settle();

        assertThat(agent.sessionsEnded()).isZero();
    }

    private int openSessionsAtCentral() {
        return world.central().read(c -> Sql.count(c,
                "SELECT count(*) FROM central_visitor_session WHERE kiosk_id = 'dijon-1'"));
    }
}
