package fr.borne.agent.e2e;

import fr.borne.agent.SyncAgentMain;
import fr.borne.booking.BookingRequest;
import fr.borne.booking.BookingResult;
import fr.borne.booking.BookingStatus;
import fr.borne.booking.Channel;
import fr.borne.booking.HoldResult;
import fr.borne.central.CentralDatabase;
import fr.borne.central.CentralServices;
import fr.borne.central.DemoLoader;
import fr.borne.central.TestCertificates;
import fr.borne.central.booking.Reply;
import fr.borne.central.http.CentralServer;
import fr.borne.central.kiosk.Principal;
import fr.borne.establishment.Round;
import fr.borne.store.Database;
import fr.borne.store.Sql;
import fr.borne.store.SqliteBookingService;
import fr.borne.sync.AllotmentSeatPolicy;
import fr.borne.sync.BookingData;
import fr.borne.sync.Change;
import fr.borne.sync.CreateBooking;
import fr.borne.sync.LocalAllotments;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real agent, as the installed service runs it (its own JVM, {@code run} alone, its
 * options from the kiosk's properties file, {@code $BORNE_HEARTBEAT_FILE} set), is killed
 * with SIGKILL while it pushes a stream of bookings the kiosk confirmed on its allotted
 * seats, and started again, three times over, with the web portal booking the same rounds
 * at central meanwhile. Central's answers come over a slow line, so the kill often falls
 * after central committed and before the agent heard. Afterwards: every booking the kiosk
 * confirmed is at central exactly once, no round is over capacity, the outbox is empty and
 * the replica holds what central holds.
 */
class AgentKilledMidPushEndToEndTest {

    private static final String KIOSK = "rouen-9";
    private static final String ESTABLISHMENT = "rouen";
    private static final int CAPACITY = 10;
    private static final List<Round> ROUNDS = List.of(
            new Round("rouen-kill-tue", ESTABLISHMENT, DayOfWeek.TUESDAY, LocalTime.of(13, 0), Duration.ofHours(1), CAPACITY),
            new Round("rouen-kill-thu", ESTABLISHMENT, DayOfWeek.THURSDAY, LocalTime.of(10, 0), Duration.ofHours(1), CAPACITY));
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final long SEED = 20_261_123L;

    @TempDir
    Path dir;

    private final TestCertificates certificates = new TestCertificates();
    private final Clock clock = Clock.systemUTC();
    private final Random random = new Random(SEED);
    private final Set<UUID> confirmedAtKiosk = new HashSet<>();
    private final Set<UUID> confirmedAtPortal = new HashSet<>();
    private Database centralDb;
    private CentralServices central;
    private CentralServer server;
    private FaultyProxy line;
    private Database replica;
    private SqliteBookingService kiosk;
    private Process agent;
    private Path agentLog;
    private Path properties;
    private Path watchdog;

    @BeforeEach
    void start() throws IOException {
        centralDb = CentralDatabase.open(dir.resolve("central.db"));
        central = CentralServices.create(centralDb, clock);
        DemoLoader.load(central);
        centralDb.write(c -> {
            central.kiosks().register(c, KIOSK, ESTABLISHMENT);
            central.publisher().publish(c, ROUNDS.stream().<Change>map(Change.RoundChanged::new).toList(),
                    clock.instant());
            return null;
        });
        server = new CentralServer(central, Optional.of(certificates.serverTls()), Set.of("admin"));
        line = new FaultyProxy(server.start("127.0.0.1", 0));
        line.answerDelay(Duration.ofMillis(15));
        agentLog = dir.resolve("agent.log");
        watchdog = dir.resolve("agent.heartbeat");
        properties = kioskProperties();
    }

    @AfterEach
    void stop() throws IOException, InterruptedException {
        if (agent != null && agent.isAlive()) {
            agent.destroy();
            agent.waitFor();
        }
        if (replica != null) {
            replica.close();
        }
        line.close();
        server.close();
        centralDb.close();
    }

    @Test
    void an_agent_killed_mid_push_loses_nothing_and_books_nothing_twice() throws Exception {
        List<Occurrence> occurrences = occurrences();
        try {
            startAgent();
            Eventually.await("allotments granted", Duration.ofSeconds(20), this::seatsHeld);
            replica = Database.open(dir.resolve(KIOSK + ".db"));
            awaitFirstTurn(Instant.EPOCH);
            kiosk = new SqliteBookingService(replica, ESTABLISHMENT, clock, new AllotmentSeatPolicy(new LocalAllotments()));
            assertThat(Files.exists(watchdog)).as("$BORNE_HEARTBEAT_FILE touched by the daemon").isTrue();

            int killedAfterCommit = 0;
            for (int cycle = 0; cycle < 3; cycle++) {
                List<UUID> burst = new ArrayList<>();
                for (int i = 0; i < 10; i++) {
                    bookAtKiosk(occurrences.get(random.nextInt(occurrences.size()))).ifPresent(burst::add);
                    if (random.nextInt(4) == 0) {
                        bookAtPortal(occurrences.get(random.nextInt(occurrences.size())));
                    }
                }
                assertThat(burst).as("bookings confirmed at the kiosk in burst %d", cycle).isNotEmpty();
                Eventually.await("the agent in the middle of pushing burst " + cycle, Duration.ofSeconds(20),
                        () -> sent(burst) >= 1 && sent(burst) < burst.size());
                agent.destroyForcibly();
                agent.waitFor();
                int markedSent = sent(burst);
                if (atCentral(burst) > markedSent) {
                    killedAfterCommit++;
                }
                bookAtPortal(occurrences.get(random.nextInt(occurrences.size())));
                Instant restarted = clock.instant();
                startAgent();
                awaitFirstTurn(restarted);
            }
            Eventually.await("outbox empty and the replica equal to central", Duration.ofSeconds(20),
                    () -> unsent() == 0 && bookingsOfRouen(replica).equals(bookingsOfRouen(centralDb)));
            System.out.printf("SIGKILL test (seed %d): %d kiosk and %d portal bookings, %d kill(s) between "
                            + "central's commit and the agent's record%n", SEED, confirmedAtKiosk.size(),
                    confirmedAtPortal.size(), killedAfterCommit);

            assertInvariants(occurrences);
        } catch (AssertionError | Exception e) {
            System.err.println("SIGKILL test failed with seed " + SEED + "; the agent's log:\n"
                    + (Files.exists(agentLog) ? Files.readString(agentLog) : "(none)"));
            throw e;
        }
    }

    private record Occurrence(String roundId, LocalDate date) {
    }

    /** The kill rounds' occurrences open for booking, from three days on. */
    private static List<Occurrence> occurrences() {
        List<Occurrence> occurrences = new ArrayList<>();
        LocalDate today = LocalDate.now(PARIS);
        for (LocalDate date = today.plusDays(3); date.isBefore(today.plusDays(14)); date = date.plusDays(1)) {
            for (Round round : ROUNDS) {
                if (round.day() == date.getDayOfWeek()) {
                    occurrences.add(new Occurrence(round.id(), date));
                }
            }
        }
        return occurrences;
    }

    /** The agent's first turn ends with a heartbeat, after it pushed, pulled and topped its allotments up. */
    private void awaitFirstTurn(Instant after) {
        Eventually.await("the agent's first turn", Duration.ofSeconds(20), () -> centralDb.read(
                c -> central.kiosks().lastHeartbeat(c, KIOSK)).filter(beat -> beat.sentAt().isAfter(after)).isPresent());
    }

    private void startAgent() throws IOException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Dpicocli.defaults.borne-sync-agent.path=" + properties,
                "-cp", System.getProperty("java.class.path"), SyncAgentMain.class.getName(), "run");
        builder.environment().put("BORNE_HEARTBEAT_FILE", watchdog.toString());
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(agentLog.toFile()));
        agent = builder.start();
    }

    private Path kioskProperties() throws IOException {
        HeldCertificate identity = certificates.issue(KIOSK);
        Path cert = Files.writeString(dir.resolve("kiosk.pem"), identity.certificatePem());
        Path key = Files.writeString(dir.resolve("kiosk.key"), identity.privateKeyPkcs8Pem());
        Path ca = Files.writeString(dir.resolve("ca.pem"), certificates.authority().certificatePem());
        return Files.writeString(dir.resolve("kiosk.properties"), String.join("\n",
                "db=" + dir.resolve(KIOSK + ".db"),
                "central=https://localhost:" + line.port(),
                "kiosk-id=" + KIOSK,
                "establishment=" + ESTABLISHMENT,
                "tls-cert=" + cert,
                "tls-key=" + key,
                "tls-ca=" + ca,
                "allotment=3",
                "local-port=-1", ""));
    }

    private boolean seatsHeld() {
        if (!Files.exists(dir.resolve(KIOSK + ".db"))) {
            return false;
        }
        try (Database peek = Database.open(dir.resolve(KIOSK + ".db"))) {
            return peek.read(c -> Sql.count(c, "SELECT count(*) FROM sync_allotment WHERE round_id LIKE 'rouen-kill-%'"
                    + " AND granted > 0")) > 0;
        }
    }

    private Optional<UUID> bookAtKiosk(Occurrence occurrence) {
        List<String> permit = somePermit(replica);
        HoldResult hold = kiosk.hold(permit.get(0), permit.get(1), occurrence.roundId(), occurrence.date());
        if (hold instanceof HoldResult.Held held) {
            BookingResult result = kiosk.confirm(held.hold().id(), new BookingRequest(permit.get(0), permit.get(1),
                    occurrence.roundId(), occurrence.date(), List.of(permit.get(0)), false, Channel.KIOSK));
            if (result instanceof BookingResult.Done done) {
                confirmedAtKiosk.add(done.booking().id());
                return Optional.of(done.booking().id());
            }
        }
        return Optional.empty();
    }

    private void bookAtPortal(Occurrence occurrence) {
        List<String> permit = somePermit(centralDb);
        UUID id = new UUID(random.nextLong(), random.nextLong());
        BookingData data = new BookingData(id, "P" + Long.toString(random.nextInt(1 << 30), 36), permit.get(0),
                permit.get(1), occurrence.roundId(), null, occurrence.date(), List.of(permit.get(0)),
                BookingStatus.CONFIRMED, Channel.PORTAL, clock.instant());
        Reply reply = central.bookings().create(new Principal.Admin("portal"), id.toString(),
                new CreateBooking(data, false));
        if (reply instanceof Reply.Answered answered && answered.answer().accepted()) {
            confirmedAtPortal.add(id);
        }
    }

    private List<String> somePermit(Database database) {
        List<List<String>> permits = database.read(c -> Sql.list(c, """
                SELECT p.visitor_id, p.detainee_id FROM permit p JOIN detainee d ON d.id = p.detainee_id
                JOIN visitor v ON v.id = p.visitor_id
                WHERE d.establishment_id = 'rouen' AND p.status = 'ACTIVE' AND v.birth_date < '2004-01-01'
                ORDER BY p.id""", row -> List.of(row.getString(1), row.getString(2))));
        return permits.get(random.nextInt(permits.size()));
    }

    private int sent(List<UUID> bookings) {
        return replica.read(c -> {
            int sent = 0;
            for (UUID id : bookings) {
                sent += Sql.count(c, "SELECT count(*) FROM outbox WHERE booking_id = ? AND state = 'SENT'", id);
            }
            return sent;
        });
    }

    private int atCentral(List<UUID> bookings) {
        return centralDb.read(c -> {
            int found = 0;
            for (UUID id : bookings) {
                found += Sql.count(c, "SELECT count(*) FROM booking WHERE id = ?", id);
            }
            return found;
        });
    }

    private int unsent() {
        return replica.read(c -> Sql.count(c, "SELECT count(*) FROM outbox WHERE state <> 'SENT'"));
    }

    private void assertInvariants(List<Occurrence> occurrences) {
        for (Occurrence occurrence : occurrences) {
            int taken = centralDb.read(c -> Sql.count(c, "SELECT count(*) FROM booking WHERE round_id = ? AND date = ?"
                    + " AND status = 'CONFIRMED'", occurrence.roundId(), occurrence.date()));
            assertThat(taken).as("seats taken at central on %s", occurrence).isLessThanOrEqualTo(CAPACITY);
        }
        List<String> atCentral = centralDb.read(c -> Sql.list(c, "SELECT id FROM booking WHERE round_id LIKE 'rouen-kill-%'"
                + " AND status = 'CONFIRMED'", row -> row.getString(1)));
        assertThat(atCentral).doesNotHaveDuplicates()
                .as("every booking the kiosk confirmed, once")
                .containsAll(confirmedAtKiosk.stream().map(UUID::toString).toList())
                .as("nothing but what the kiosk and the portal confirmed")
                .hasSize(confirmedAtKiosk.size() + confirmedAtPortal.size());
        assertThat(unsent()).as("outbox rows not accepted by central").isZero();
        assertThat(bookingsOfRouen(replica)).as("the replica").containsExactlyElementsOf(bookingsOfRouen(centralDb));
    }

    private static List<String> bookingsOfRouen(Database database) {
        return database.read(c -> Sql.list(c, """
                SELECT b.id || ' ' || b.status || ' ' || b.date || ' ' || b.round_id || ' ' ||
                       (SELECT group_concat(visitor_id) FROM booking_visitor WHERE booking_id = b.id)
                FROM booking b JOIN detainee d ON d.id = b.detainee_id
                WHERE d.establishment_id = 'rouen' ORDER BY b.id""", row -> row.getString(1)));
    }
}
