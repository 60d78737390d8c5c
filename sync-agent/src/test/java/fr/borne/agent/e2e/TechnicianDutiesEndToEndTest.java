package fr.borne.agent.e2e;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.borne.agent.AgentAssembly;
import fr.borne.agent.AgentConfig;
import fr.borne.agent.SyncAgent;
import fr.borne.agent.client.ClientSettings;
import fr.borne.agent.client.ClientTls;
import fr.borne.central.CentralDatabase;
import fr.borne.central.CentralServices;
import fr.borne.central.DemoLoader;
import fr.borne.central.TestCertificates;
import fr.borne.central.audit.KioskAuditLog;
import fr.borne.central.http.CentralServer;
import fr.borne.establishment.Round;
import fr.borne.store.Database;
import fr.borne.store.RoundRepository;
import fr.borne.store.Sql;
import fr.borne.sync.Change;
import fr.borne.sync.Heartbeat;
import fr.borne.sync.SyncJson;
import fr.borne.technician.AuditLog;
import fr.borne.technician.KioskState;
import fr.borne.technician.SyncNowRequests;
import fr.borne.technician.TechnicianAction;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a technician's actions at a kiosk become through the running agent, with the real
 * central server over mutual TLS on loopback: "sync now" answered by a full pass, the
 * out-of-service switch shown in the fleet view, the audit log delivered once, and the
 * watchdog file kept fresh while the loop works. The technician's side writes the kiosk's
 * database through its own connection, as {@code borne-ctl} does from its own process.
 */
class TechnicianDutiesEndToEndTest {

    private static final String KIOSK = "rouen-1";
    /** Long enough that only the first turn of the loop and a technician's pass run the duties. */
    private static final SyncAgent.Periods DORMANT = new SyncAgent.Periods(Duration.ofMillis(20), Duration.ofHours(1),
            Duration.ofHours(1), Duration.ofHours(1), Duration.ofSeconds(1));

    @TempDir
    Path dir;

    private final TestCertificates certificates = new TestCertificates();
    private final ObjectMapper json = SyncJson.mapper();
    private final Clock clock = Clock.systemUTC();
    private Database centralDb;
    private CentralServices central;
    private CentralServer server;
    private int port;
    private AgentAssembly agent;
    private Thread loop;
    private Database technicianSide;

    @BeforeEach
    void start() {
        centralDb = CentralDatabase.open(dir.resolve("central.db"));
        central = CentralServices.create(centralDb, clock);
        DemoLoader.load(central);
        centralDb.write(c -> {
            central.kiosks().register(c, KIOSK, "rouen");
            return null;
        });
        server = new CentralServer(central, Optional.of(certificates.serverTls()), Set.of("admin"));
        port = server.start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (loop != null) {
            agent.agent().stop();
            loop.join(5_000);
        }
        if (agent != null) {
            agent.close();
        }
        if (technicianSide != null) {
            technicianSide.close();
        }
        server.close();
        centralDb.close();
    }

    private AgentConfig config() {
        ClientSettings settings = ClientSettings.defaults("https://localhost:" + port, KIOSK,
                        Optional.of(new ClientTls(certificates.issue(KIOSK), certificates.authority().certificate())))
                .withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(3))
                .withRetries(1, Duration.ofMillis(10), Duration.ofMillis(30));
        return new AgentConfig(dir.resolve(KIOSK + ".db"), settings, KIOSK, "rouen", 2, 500, DORMANT);
    }

    /** Starts the agent's loop and waits for its first turn, which pulls the feed and beats once. */
    private void runAgent(AgentConfig config) {
        agent = new AgentAssembly(config, clock);
        loop = new Thread(agent.agent(), "sync-agent-under-test");
        loop.start();
        Eventually.await("the first turn of the loop", Duration.ofSeconds(20),
                () -> lastHeartbeat().isPresent() && !agent.database().read(
                        c -> new RoundRepository(c).ofEstablishment("rouen")).isEmpty());
        technicianSide = Database.open(config.database());
    }

    @Test
    void sync_now_asked_through_the_database_is_answered_by_a_full_pass_of_the_running_agent() {
        runAgent(config());
        Instant firstBeat = lastHeartbeat().orElseThrow().sentAt();
        Round added = new Round("rouen-sun-0900", "rouen", DayOfWeek.SUNDAY, LocalTime.of(9, 0),
                Duration.ofMinutes(60), 12);
        centralDb.write(c -> {
            central.publisher().publish(c, List.of(new Change.RoundChanged(added)), clock.instant());
            return null;
        });

        SyncNowRequests requests = new SyncNowRequests(technicianSide, clock);
        SyncNowRequests.Request request = requests.request("tech-demo");
        Eventually.await("the request handled", Duration.ofSeconds(15),
                () -> requests.find(request.id()).orElseThrow().handledAt().isPresent());

        assertThat(requests.anyOpen()).isFalse();
        List<Round> rounds = agent.database().read(c -> new RoundRepository(c).ofEstablishment("rouen"));
        assertThat(rounds).as("the feed was pulled by the pass, not by the hourly schedule").contains(added);
        assertThat(lastHeartbeat().orElseThrow().sentAt()).as("heartbeat sent by the pass").isAfter(firstBeat);
        assertThat(centralAudit()).extracting(KioskAuditLog.Stored::action)
                .as("the request's own audit entry, delivered by the pass").contains("SYNC_NOW");
    }

    @Test
    void the_out_of_service_switch_reaches_the_fleet_view_with_the_next_heartbeat() throws IOException {
        runAgent(config());
        assertThat(fleetKiosk().get("outOfService").asBoolean()).isFalse();
        KioskState state = new KioskState(technicianSide, clock);
        SyncNowRequests requests = new SyncNowRequests(technicianSide, clock);

        state.takeOutOfService("tech-demo", "printer jammed");
        handled(requests.request("tech-demo"), requests);
        assertThat(lastHeartbeat().orElseThrow().outOfService()).isTrue();
        assertThat(fleetKiosk().get("outOfService").asBoolean()).isTrue();

        state.putBackInService("tech-demo");
        handled(requests.request("tech-demo"), requests);
        assertThat(lastHeartbeat().orElseThrow().outOfService()).isFalse();
        assertThat(fleetKiosk().get("outOfService").asBoolean()).isFalse();
    }

    @Test
    void the_audit_log_reaches_central_once_even_when_the_agent_sends_it_again() {
        agent = new AgentAssembly(config(), clock);
        technicianSide = Database.open(config().database());
        AuditLog log = new AuditLog(technicianSide, clock);
        for (int i = 1; i <= 130; i++) {
            log.record("tech-" + (i % 3), TechnicianAction.DEVICE_TEST, "printer test receipt " + i);
        }
        log.record("tech-0", TechnicianAction.OUT_OF_SERVICE_ON, "out of service: screen cracked");

        assertThat(agent.agent().syncOnce().auditDelivered()).isTrue();

        List<KioskAuditLog.Stored> stored = centralAudit();
        assertThat(stored).hasSize(131);
        assertThat(stored.get(0)).satisfies(first -> {
            assertThat(first.localId()).isEqualTo(1);
            assertThat(first.technicianId()).isEqualTo("tech-1");
            assertThat(first.action()).isEqualTo("DEVICE_TEST");
            assertThat(first.detail()).isEqualTo("printer test receipt 1");
        });
        assertThat(stored.get(130).action()).isEqualTo("OUT_OF_SERVICE_ON");
        assertThat(log.toPush(500)).as("marked delivered").isEmpty();

        // The agent died after central's answer but before marking: everything is sent again.
        technicianSide.write(c -> Sql.update(c, "UPDATE audit_log SET pushed = 0"));
        log.record("tech-2", TechnicianAction.SIGN_OUT, "signed out");
        assertThat(agent.agent().syncOnce().auditDelivered()).isTrue();

        assertThat(centralAudit()).hasSize(132).extracting(KioskAuditLog.Stored::localId).doesNotHaveDuplicates();
        assertThat(centralAudit().subList(0, 131)).isEqualTo(stored);
        assertThat(log.toPush(500)).isEmpty();
    }

    @Test
    void the_loop_touches_the_watchdog_file_while_it_works_and_leaves_it_to_age_when_every_turn_fails() throws IOException {
        Path beat = dir.resolve("agent.heartbeat");
        runAgent(config().withWatchdog(beat, Duration.ofMillis(100)));
        Eventually.await("the watchdog file created", Duration.ofSeconds(5), () -> Files.exists(beat));
        assertThat(Files.size(beat)).as("nothing written inside").isZero();
        FileTime old = FileTime.from(Instant.parse("2001-01-01T00:00:00Z"));
        for (int time = 0; time < 3; time++) {
            Files.setLastModifiedTime(beat, old);
            Eventually.await("the watchdog file touched again", Duration.ofSeconds(5),
                    () -> modified(beat).compareTo(old) > 0);
        }
        assertThat(modified(beat).toInstant()).isAfter(Instant.now().minusSeconds(10));

        // The loop's database goes away: every turn fails, and the file is left to age.
        FailedPasses failed = FailedPasses.watch();
        try {
            agent.database().close();
            Eventually.await("the loop's first failing turn", Duration.ofSeconds(5), () -> failed.count() > 0);
            Files.setLastModifiedTime(beat, old);
            int before = failed.count();
            long agedFrom = System.nanoTime();
            // proof that time passed for the loop: three more failed turns, over more than two watchdog periods
            Eventually.await("three more failing turns", Duration.ofSeconds(5), () -> failed.count() >= before + 3
                    && System.nanoTime() - agedFrom > Duration.ofMillis(250).toNanos());
            assertThat(modified(beat)).as("touched by a failing loop").isEqualTo(old);
            assertThat(loop.isAlive()).as("the loop keeps trying").isTrue();
        } finally {
            failed.close();
        }
    }

    private static void handled(SyncNowRequests.Request request, SyncNowRequests requests) {
        Eventually.await("sync-now request " + request.id() + " handled", Duration.ofSeconds(15),
                () -> requests.find(request.id()).orElseThrow().handledAt().isPresent());
    }

    private Optional<Heartbeat> lastHeartbeat() {
        return centralDb.read(c -> central.kiosks().lastHeartbeat(c, KIOSK));
    }

    private List<KioskAuditLog.Stored> centralAudit() {
        return centralDb.read(c -> new KioskAuditLog().of(c, KIOSK));
    }

    private JsonNode fleetKiosk() throws IOException {
        OkHttpClient administration = certificates.client(certificates.admin());
        try (Response response = administration.newCall(new Request.Builder()
                .url("https://localhost:" + port + "/fleet/kiosks.json").build()).execute()) {
            assertThat(response.code()).isEqualTo(200);
            for (JsonNode kiosk : json.readTree(response.body().string()).get("kiosks")) {
                if (kiosk.get("kioskId").asText().equals(KIOSK)) {
                    return kiosk;
                }
            }
        }
        throw new AssertionError("kiosk " + KIOSK + " missing from the fleet view");
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Counts the sync loop's failed turns, as it logs them. */
    private static final class FailedPasses extends AppenderBase<ILoggingEvent> implements AutoCloseable {

        private final AtomicInteger count = new AtomicInteger();
        private final Logger logger = (Logger) LoggerFactory.getLogger(SyncAgent.class);

        static FailedPasses watch() {
            FailedPasses passes = new FailedPasses();
            passes.start();
            passes.logger.addAppender(passes);
            return passes;
        }

        int count() {
            return count.get();
        }

        @Override
        protected void append(ILoggingEvent event) {
            if (event.getMessage().startsWith("sync pass failed")) {
                count.incrementAndGet();
            }
        }

        @Override
        public void close() {
            logger.detachAppender(this);
            stop();
        }
    }
}
