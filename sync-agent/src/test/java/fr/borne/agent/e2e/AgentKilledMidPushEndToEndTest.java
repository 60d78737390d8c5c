package fr.borne.agent.e2e;

import fr.borne.booking.BookingStatus;
import fr.borne.booking.Channel;
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
 * at central meanwhile. Each kill falls once central has committed a pushed booking and
 * before the agent heard (its answers come over a slow line), and the test fails unless at
 * least one did. Afterwards: every booking the kiosk confirmed is confirmed at central, no
 * visit is there twice (same visitor, detainee, round and day, whatever the ids), nothing
 * is there that neither the kiosk nor the portal made, no round is over capacity, the
 * outbox is empty and the replica holds what central holds.
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
    private static final int KILLS = 3;

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
    private Permits kioskPermits;
    private ChildAgent agent;

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
        agent = new ChildAgent(dir, KIOSK, ESTABLISHMENT, "https://localhost:" + line.port(), 3, certificates);
    }

    @AfterEach
    void stop() throws IOException, InterruptedException {
        agent.close();
        if (replica != null) {
            replica.close();
        }
        line.close();
        server.close();
        centralDb.close();
    }

    @Test
    void an_agent_killed_after_central_committed_loses_nothing_and_books_nothing_twice() throws Exception {
        List<Occurrence> occurrences = occurrences();
        try {
            agent.start();
            Eventually.await("allotments granted", Duration.ofSeconds(20), this::seatsHeld);
            replica = Database.open(ChildAgent.replica(dir, KIOSK));
            awaitFirstTurn(Instant.EPOCH);
            kiosk = new SqliteBookingService(replica, ESTABLISHMENT, clock, new AllotmentSeatPolicy(new LocalAllotments()));
            // The kiosk and the portal book different families: two bookings of one family would be no retry's doing.
            kioskPermits = Permits.of(replica, ESTABLISHMENT).share(0, 2);
            assertThat(agent.heartbeatFileTouched()).as("$BORNE_HEARTBEAT_FILE touched by the daemon").isTrue();

            int killedAfterCommit = 0;
            for (int cycle = 0; cycle < KILLS; cycle++) {
                List<UUID> burst = new ArrayList<>();
                for (int i = 0; i < 10; i++) {
                    bookAtKiosk(occurrences.get(random.nextInt(occurrences.size()))).ifPresent(burst::add);
                    if (random.nextInt(4) == 0) {
                        bookAtPortal(occurrences.get(random.nextInt(occurrences.size())));
                    }
                }
                assertThat(burst).as("bookings confirmed at the kiosk in burst %d", cycle).isNotEmpty();
                // Central's answers come slowly: the kill falls after its commit and before the agent hears.
                line.answerDelay(Duration.ofMillis(400));
                Eventually.await("central committing a booking of burst " + cycle + " the agent has not marked sent",
                        Duration.ofSeconds(20), () -> committedUnheard(burst) > 0);
                agent.kill();
                if (committedUnheard(burst) > 0) {
                    killedAfterCommit++;
                }
                line.answerDelay(Duration.ZERO);
                bookAtPortal(occurrences.get(random.nextInt(occurrences.size())));
                Instant restarted = clock.instant();
                agent.start();
                awaitFirstTurn(restarted);
            }
            Eventually.await("outbox empty and the replica equal to central", Duration.ofSeconds(20),
                    () -> CentralChecks.unsent(replica) == 0 && CentralChecks.bookingsOf(replica, ESTABLISHMENT)
                            .equals(CentralChecks.bookingsOf(centralDb, ESTABLISHMENT)));
            System.out.printf("SIGKILL test (seed %d): %d kiosk and %d portal bookings, %d of %d kills between "
                            + "central's commit and the agent's record%n", SEED, confirmedAtKiosk.size(),
                    confirmedAtPortal.size(), killedAfterCommit, KILLS);

            assertThat(killedAfterCommit).as("kills that fell after central's commit and before the agent's record")
                    .isPositive();
            assertThat(agent.kills()).isEqualTo(KILLS);
            assertInvariants();
        } catch (AssertionError | Exception e) {
            System.err.println("SIGKILL test failed with seed " + SEED + "; the agent's log:\n" + agent.log());
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

    private boolean seatsHeld() {
        if (!Files.exists(ChildAgent.replica(dir, KIOSK))) {
            return false;
        }
        try (Database peek = Database.open(ChildAgent.replica(dir, KIOSK))) {
            return peek.read(c -> Sql.count(c, "SELECT count(*) FROM sync_allotment WHERE round_id LIKE 'rouen-kill-%'"
                    + " AND granted > 0")) > 0;
        }
    }

    private Optional<UUID> bookAtKiosk(Occurrence occurrence) {
        Optional<UUID> booked = ScreenBooking.book(kiosk, kioskPermits.pick(random), occurrence.roundId(),
                occurrence.date());
        booked.ifPresent(confirmedAtKiosk::add);
        return booked;
    }

    private void bookAtPortal(Occurrence occurrence) {
        Permits.Permit permit = Permits.of(centralDb, ESTABLISHMENT).share(1, 2).pick(random);
        UUID id = new UUID(random.nextLong(), random.nextLong());
        BookingData data = new BookingData(id, "P" + Long.toString(random.nextInt(1 << 30), 36), permit.visitorId(),
                permit.detaineeId(), occurrence.roundId(), null, occurrence.date(), List.of(permit.visitorId()),
                BookingStatus.CONFIRMED, Channel.PORTAL, clock.instant());
        Reply reply = central.bookings().create(new Principal.Admin("portal"), id.toString(),
                new CreateBooking(data, false));
        if (reply instanceof Reply.Answered answered && answered.answer().accepted()) {
            confirmedAtPortal.add(id);
        }
    }

    /** Bookings of the burst central committed whose outbox row the agent has not marked sent. */
    private int committedUnheard(List<UUID> burst) {
        List<UUID> pending = replica.read(c -> {
            List<UUID> found = new ArrayList<>();
            for (UUID id : burst) {
                if (Sql.count(c, "SELECT count(*) FROM outbox WHERE booking_id = ? AND state = 'PENDING'", id) > 0) {
                    found.add(id);
                }
            }
            return found;
        });
        return pending.size() - CentralChecks.notConfirmed(centralDb, pending).size();
    }

    private void assertInvariants() {
        assertThat(CentralChecks.overCapacity(centralDb)).as("round occurrences over capacity at central").isEmpty();
        assertThat(CentralChecks.notConfirmed(centralDb, confirmedAtKiosk))
                .as("bookings the kiosk confirmed that central does not hold as confirmed").isEmpty();
        assertThat(CentralChecks.sameVisitTwice(centralDb)).as("visits booked twice at central").isEmpty();
        Set<UUID> unaccounted = new HashSet<>(CentralChecks.confirmedOn(centralDb,
                ROUNDS.stream().map(Round::id).toList()));
        unaccounted.removeAll(confirmedAtKiosk);
        unaccounted.removeAll(confirmedAtPortal);
        assertThat(unaccounted).as("bookings at central that neither the kiosk nor the portal made").isEmpty();
        assertThat(CentralChecks.unsent(replica)).as("outbox rows not accepted by central").isZero();
        assertThat(CentralChecks.bookingsOf(replica, ESTABLISHMENT)).as("the replica")
                .containsExactlyElementsOf(CentralChecks.bookingsOf(centralDb, ESTABLISHMENT));
    }
}
