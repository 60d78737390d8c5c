package fr.borne.agent.e2e;

import fr.borne.agent.AgentAssembly;
import fr.borne.agent.AgentConfig;
import fr.borne.agent.SyncAgent;
import fr.borne.agent.client.ClientSettings;
import fr.borne.agent.status.StatusRows;
import fr.borne.booking.BookingRequest;
import fr.borne.booking.BookingResult;
import fr.borne.booking.Channel;
import fr.borne.booking.HoldResult;
import fr.borne.central.CentralDatabase;
import fr.borne.central.CentralServices;
import fr.borne.central.DemoLoader;
import fr.borne.central.http.CentralServer;
import fr.borne.establishment.Round;
import fr.borne.store.Database;
import fr.borne.store.Sql;
import fr.borne.store.SqliteBookingService;
import fr.borne.sync.AllotmentSeatPolicy;
import fr.borne.sync.Change;
import fr.borne.sync.LocalAllotments;
import fr.borne.sync.local.AgentStatus;
import fr.borne.technician.StoreHealth;
import fr.borne.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The link's state as the technician screens read it (the {@code sync_status} rows through
 * booking-core's {@link StoreHealth}), and the local API's probe, against the real central
 * server on loopback, then with central stopped.
 */
class LinkStatusRowsEndToEndTest {

    private static final String KIOSK = "rouen-1";
    private static final String ESTABLISHMENT = "rouen";
    private static final String ROUND = "rouen-thu-1400";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @TempDir
    Path dir;

    private final TestClock clock = TestClock.at(Instant.parse("2030-03-04T08:00:00Z").plusMillis(
            System.currentTimeMillis() % 1000));
    private Database centralDb;
    private CentralServer server;
    private int port;
    private AgentAssembly agent;

    @BeforeEach
    void startCentral() {
        centralDb = CentralDatabase.open(dir.resolve("central.db"));
        CentralServices central = CentralServices.create(centralDb, clock);
        DemoLoader.load(central);
        centralDb.write(c -> {
            central.kiosks().register(c, KIOSK, ESTABLISHMENT);
            central.publisher().publish(c, List.of(new Change.RoundChanged(new Round(ROUND, ESTABLISHMENT,
                    DayOfWeek.THURSDAY, LocalTime.of(14, 0), Duration.ofMinutes(60), 10))), clock.instant());
            return null;
        });
        server = new CentralServer(central, Optional.empty(), Set.of("admin"));
        port = server.start("127.0.0.1", 0);
        ClientSettings settings = ClientSettings.defaults("http://127.0.0.1:" + port, KIOSK, Optional.empty())
                .withTimeouts(Duration.ofMillis(500), Duration.ofSeconds(2), Duration.ofSeconds(3))
                .withRetries(1, Duration.ofMillis(10), Duration.ofMillis(30));
        agent = new AgentAssembly(new AgentConfig(dir.resolve(KIOSK + ".db"), settings, KIOSK, ESTABLISHMENT, 2, 500,
                SyncAgent.Periods.defaults()).withLocalApi(0, Duration.ofSeconds(1)), clock);
    }

    @AfterEach
    void stop() {
        agent.close();
        server.close();
        centralDb.close();
    }

    @Test
    void the_rows_say_central_answered_when_and_the_last_push_then_that_it_stopped_answering_and_why() {
        assertThat(rows()).doesNotContainKeys(StatusRows.ANSWERED, StatusRows.CONTACT, StatusRows.ERROR);

        assertThat(agent.agent().syncOnce().reachedCentral()).isTrue();
        Instant firstContact = clock.instant();
        assertThat(rows()).containsEntry(StatusRows.ANSWERED, "true")
                .containsEntry(StatusRows.CONTACT, firstContact.toString())
                .containsEntry(StatusRows.ERROR, "")
                .doesNotContainKey(StatusRows.PUSH);

        clock.advance(Duration.ofSeconds(1));
        agent.agent().syncOnce();
        assertThat(rows()).as("a newer contact a second later is not worth a write")
                .containsEntry(StatusRows.CONTACT, firstContact.toString());

        bookAtKiosk();
        clock.advance(StatusRows.TIMES_EVERY);
        Instant pushed = clock.instant();
        assertThat(agent.agent().syncOnce().push().sent()).isEqualTo(1);
        assertThat(rows()).containsEntry(StatusRows.PUSH, pushed.toString())
                .containsEntry(StatusRows.CONTACT, pushed.toString());

        server.close();
        clock.advance(StatusRows.TIMES_EVERY);
        assertThat(agent.agent().syncOnce().reachedCentral()).isFalse();
        Map<String, String> down = rows();
        assertThat(down).containsEntry(StatusRows.ANSWERED, "false")
                .as("the last answer stays the last answer").containsEntry(StatusRows.CONTACT, pushed.toString())
                .containsEntry(StatusRows.PUSH, pushed.toString());
        assertThat(down.get(StatusRows.ERROR)).isNotBlank().hasSizeLessThanOrEqualTo(200).doesNotContain("\n");
    }

    @Test
    void a_probe_asks_central_now_and_says_so_within_a_second_or_so_whether_it_answers_or_not() {
        int localPort = agent.startLocalApi().orElseThrow();
        LocalApiClient local = new LocalApiClient(localPort, agent.database().file());
        assertThat(local.get("/local/v1/status").as(AgentStatus.class).centralReachable())
                .as("no call made yet").isFalse();

        AgentStatus up = local.get("/local/v1/status?probe=true").as(AgentStatus.class);
        assertThat(up.centralReachable()).isTrue();
        assertThat(up.lastContact()).isEqualTo(clock.instant());
        assertThat(up.lastProblem()).isNull();
        int rounds = agent.database().read(c -> Sql.count(c, "SELECT count(*) FROM round"));
        assertThat(rounds).as("nothing applied")
                .isZero();

        server.close();
        long started = System.nanoTime();
        AgentStatus down = local.get("/local/v1/status?probe=true").as(AgentStatus.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
        assertThat(down.centralReachable()).isFalse();
        assertThat(down.lastProblem()).isNotBlank();
        assertThat(local.get("/local/v1/status?probe=maybe").status()).isEqualTo(400);
    }

    private Map<String, String> rows() {
        try (Database technicianSide = Database.open(agent.database().file())) {
            return new StoreHealth(technicianSide).sync().status();
        }
    }

    private void bookAtKiosk() {
        SqliteBookingService service = new SqliteBookingService(agent.database(), ESTABLISHMENT, clock,
                new AllotmentSeatPolicy(new LocalAllotments()));
        List<String> permit = agent.database().read(c -> Sql.one(c, """
                SELECT p.visitor_id, p.detainee_id FROM permit p JOIN detainee d ON d.id = p.detainee_id
                JOIN visitor v ON v.id = p.visitor_id
                WHERE d.establishment_id = 'rouen' AND p.status = 'ACTIVE' AND v.birth_date < '2004-01-01'
                ORDER BY p.id LIMIT 1""", row -> List.of(row.getString(1), row.getString(2)))).orElseThrow();
        LocalDate date = LocalDate.ofInstant(clock.instant(), PARIS).plusDays(4);
        while (date.getDayOfWeek() != DayOfWeek.THURSDAY) {
            date = date.plusDays(1);
        }
        HoldResult hold = service.hold(permit.get(0), permit.get(1), ROUND, date);
        assertThat(hold).isInstanceOf(HoldResult.Held.class);
        BookingResult result = service.confirm(((HoldResult.Held) hold).hold().id(), new BookingRequest(
                permit.get(0), permit.get(1), ROUND, date, List.of(permit.get(0)), false, Channel.KIOSK));
        assertThat(result).isInstanceOf(BookingResult.Done.class);
    }
}
