package fr.borne.agent.pull;

import fr.borne.agent.AgentAssembly;
import fr.borne.agent.AgentConfig;
import fr.borne.agent.SyncAgent;
import fr.borne.agent.client.ClientSettings;
import fr.borne.agent.client.ClientTls;
import fr.borne.central.DemoLoader;
import fr.borne.central.TestCertificates;
import fr.borne.central.TlsCentral;
import fr.borne.establishment.Round;
import fr.borne.store.RoundRepository;
import fr.borne.sync.Change;
import fr.borne.testsupport.Eventually;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * A running agent keeps a long poll open on central's feed over its mutual-TLS connection:
 * a change published at central reaches the replica while the agent's periodic pull is an
 * hour away, so only the long poll can have brought it.
 */
class FeedLongPollEndToEndTest {

    private static final String KIOSK = "rouen-1";
    /** The periodic pull never comes round during the test. */
    private static final SyncAgent.Periods WATCHING = new SyncAgent.Periods(Duration.ofMillis(20), Duration.ofHours(1),
            Duration.ofHours(1), Duration.ofHours(1), Duration.ofSeconds(1), Duration.ofSeconds(20));

    @TempDir
    Path dir;

    private final TestCertificates certificates = new TestCertificates();
    private TlsCentral central;
    private AgentAssembly agent;
    private Thread loop;

    @AfterEach
    void stop() throws InterruptedException {
        if (agent != null) {
            agent.agent().stop();
            loop.join(5_000);
            agent.close();
        }
        if (central != null) {
            central.close();
        }
    }

    @Test
    void a_change_at_central_reaches_the_replica_through_the_long_poll_not_the_pull_period() {
        central = TlsCentral.start(dir.resolve("central.db"), Clock.systemUTC(), certificates, services -> {
            DemoLoader.load(services);
            TlsCentral.register(services, KIOSK, "rouen");
        });
        ClientSettings settings = ClientSettings.defaults(central.base(), KIOSK,
                Optional.of(new ClientTls(certificates.issue(KIOSK), certificates.authority().certificate())));
        agent = new AgentAssembly(new AgentConfig(dir.resolve("kiosk.db"), settings, KIOSK, "rouen", 2, 500, WATCHING),
                Clock.systemUTC());
        loop = new Thread(agent.agent(), "sync-agent-under-test");
        loop.start();
        Eventually.await("the agent caught up and waits on the feed",
                () -> !rounds().isEmpty() && central.server().feedWaiting() == 1);

        Round added = new Round("rouen-sun-0930", "rouen", DayOfWeek.SUNDAY, LocalTime.of(9, 30), Duration.ofMinutes(45),
                7);
        central.database().write(c -> {
            central.services().publisher().publish(c, List.of(new Change.RoundChanged(added)), Clock.systemUTC().instant());
            return null;
        });

        Eventually.await("the new round in the replica", () -> rounds().contains(added));
        Eventually.await("the agent waits again", () -> central.server().feedWaiting() == 1);
    }

    private List<Round> rounds() {
        return agent.database().read(c -> new RoundRepository(c).ofEstablishment("rouen"));
    }
}
