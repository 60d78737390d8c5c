package fr.borne.agent.e2e;

import fr.borne.agent.AgentAssembly;
import fr.borne.agent.AgentConfig;
import fr.borne.agent.SyncAgent;
import fr.borne.agent.pull.FeedPuller;
import fr.borne.agent.status.StatusRows;
import fr.borne.booking.BookingStatus;
import fr.borne.booking.Channel;
import fr.borne.central.CentralServices;
import fr.borne.establishment.Round;
import fr.borne.permit.Permit;
import fr.borne.permit.PermitKind;
import fr.borne.permit.PermitStatus;
import fr.borne.store.Database;
import fr.borne.store.PermitRepository;
import fr.borne.store.Sql;
import fr.borne.store.VisitorRepository;
import fr.borne.sync.BookingData;
import fr.borne.sync.Change;
import fr.borne.sync.SyncTrouble;
import fr.borne.technician.StoreHealth;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14: one feed change the replica cannot apply (a booking made at central for a visitor
 * this establishment's replica does not hold: a foreign-key failure here) is parked with its
 * reason; the rest of the page and the feed apply, the cursor goes on, and the agent says so
 * in its status rows and its heartbeat, which central keeps for the fleet page. Against the
 * real central server on loopback and real SQLite files.
 */
class PoisonFeedEndToEndTest {

    private static final String KIOSK = "rouen-1";
    private static final String ESTABLISHMENT = "rouen";

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2030-03-04T08:00:00Z"));
    private DemoCentral demo;
    private Database centralDb;
    private CentralServices central;
    private AgentAssembly agent;
    private String visitorElsewhere;
    private String detaineeHere;
    private String roundHere;

    @BeforeEach
    void start() {
        demo = new DemoCentral(dir, clock, KIOSK, ESTABLISHMENT);
        centralDb = demo.database();
        central = demo.services();
        detaineeHere = centralDb.read(c -> Sql.one(c,
                "SELECT id FROM detainee WHERE establishment_id = ? ORDER BY id LIMIT 1", r -> r.getString(1),
                ESTABLISHMENT)).orElseThrow();
        roundHere = centralDb.read(c -> Sql.one(c,
                "SELECT id FROM round WHERE establishment_id = ? ORDER BY id LIMIT 1", r -> r.getString(1),
                ESTABLISHMENT)).orElseThrow();
        visitorElsewhere = centralDb.read(c -> Sql.one(c, """
                SELECT v.id FROM visitor v WHERE NOT EXISTS (SELECT 1 FROM permit p JOIN detainee d
                    ON d.id = p.detainee_id WHERE p.visitor_id = v.id AND d.establishment_id = ?)
                ORDER BY v.id LIMIT 1""", r -> r.getString(1), ESTABLISHMENT)).orElseThrow();
        agent = new AgentAssembly(new AgentConfig(dir.resolve(KIOSK + ".db"), demo.clientFor(KIOSK), KIOSK, ESTABLISHMENT, 2,
                500, SyncAgent.Periods.defaults()), clock);
    }

    @AfterEach
    void stop() {
        agent.close();
        demo.close();
    }

    @Test
    void a_change_that_cannot_apply_is_parked_and_the_feed_goes_on_for_a_fresh_replica() {
        UUID poison = publishBookingForVisitorElsewhere();
        publish(new Change.RoundChanged(new Round("rouen-after-poison", ESTABLISHMENT, DayOfWeek.FRIDAY,
                LocalTime.of(16, 0), Duration.ofMinutes(60), 8)));

        SyncAgent.SyncReport report = agent.agent().syncOnce();

        assertThat(report.pull().caughtUp()).as("the feed read to its end").isTrue();
        assertThat(report.pull().parked()).isEqualTo(1);
        assertThat(cursorHere()).as("cursor at central's last change").isEqualTo(centralCursor());
        assertThat(countHere("SELECT count(*) FROM round WHERE id = 'rouen-after-poison'"))
                .as("the change after the poison applied").isEqualTo(1);
        assertThat(countHere("SELECT count(*) FROM booking WHERE id = ?", poison)).isZero();
        assertThat(countHere("SELECT count(*) FROM visitor")).as("the demo establishment arrived").isPositive();

        Map<String, String> rows = new StoreHealth(agent.database()).sync().status();
        assertThat(rows).containsEntry(StatusRows.PARKED_CHANGES, "1");
        assertThat(rows.get(StatusRows.PARKED_REASON)).contains("booking " + poison).contains("FOREIGN KEY");

        SyncTrouble reported = centralDb.read(c -> central.kiosks().lastHeartbeat(c, KIOSK)).orElseThrow().trouble();
        assertThat(reported.parkedChanges()).as("central's fleet page hears of it").isEqualTo(1);
        assertThat(reported.lastReason()).contains(poison.toString());
    }

    @Test
    void a_change_this_agent_cannot_even_read_is_parked_as_it_came_and_the_feed_goes_on() {
        centralDb.write(c -> {
            Sql.update(c, "INSERT INTO central_feed (scope, kind, body) VALUES (?, ?, ?)", ESTABLISHMENT, "martian",
                    "{\"type\":\"martian\",\"name\":\"Sophie Marchand\"}");
            Sql.update(c, "INSERT INTO central_feed (scope, kind, body) VALUES (?, ?, ?)", ESTABLISHMENT, "booking",
                    "{\"type\":\"booking\",\"booking\":{\"id\":\"Sophie Marchand\"}}");
            return null;
        });
        publish(new Change.RoundChanged(new Round("rouen-after-garble", ESTABLISHMENT, DayOfWeek.FRIDAY,
                LocalTime.of(17, 0), Duration.ofMinutes(60), 8)));

        SyncAgent.SyncReport report = agent.agent().syncOnce();

        assertThat(report.pull().parked()).isEqualTo(2);
        assertThat(cursorHere()).isEqualTo(centralCursor());
        assertThat(countHere("SELECT count(*) FROM round WHERE id = 'rouen-after-garble'")).isEqualTo(1);
        List<String> reasons = agent.database().read(c -> Sql.list(c,
                "SELECT reason FROM sync_parked_change WHERE kind = 'unreadable' ORDER BY reason", r -> r.getString(1)));
        assertThat(reasons).hasSize(2).allSatisfy(reason -> assertThat(reason).doesNotContain("Sophie"));
        assertThat(reasons).anySatisfy(reason -> assertThat(reason).contains("unreadable martian change"))
                .anySatisfy(reason -> assertThat(reason).contains("unreadable booking change at booking.id"));

        agent.agent().syncOnce();
        assertThat(countHere("SELECT count(*) FROM sync_parked_change")).as("parked once, not again").isEqualTo(2);
    }

    @Test
    void a_replica_already_in_step_skips_the_poison_and_keeps_following_the_feed() {
        agent.agent().syncOnce();
        String before = cursorHere();
        publishBookingForVisitorElsewhere();
        agent.agent().syncOnce();
        assertThat(cursorHere()).isNotEqualTo(before).isEqualTo(centralCursor());

        publish(new Change.RoundChanged(new Round("rouen-later", ESTABLISHMENT, DayOfWeek.MONDAY,
                LocalTime.of(10, 0), Duration.ofMinutes(60), 8)));
        agent.agent().syncOnce();
        assertThat(countHere("SELECT count(*) FROM round WHERE id = 'rouen-later'")).isEqualTo(1);
        assertThat(cursorHere()).isEqualTo(centralCursor());
    }

    @Test
    void a_parked_change_applies_by_itself_once_what_it_needed_arrives_and_is_then_forgotten() {
        UUID poison = publishBookingForVisitorElsewhere();
        agent.agent().syncOnce();
        assertThat(countHere("SELECT count(*) FROM sync_parked_change")).isEqualTo(1);

        // Central grants the visitor a permit here: the visitor comes into this establishment's feed.
        publish(new Change.PermitChanged(new Permit("p-poison-test", visitorElsewhere, detaineeHere,
                PermitKind.PERMANENT, 0, PermitStatus.ACTIVE, true, false)));
        publish(new Change.VisitorChanged(centralDb.read(c -> new VisitorRepository(c).find(visitorElsewhere))
                .orElseThrow()));
        agent.agent().syncOnce();
        agent.agent().syncOnce();

        assertThat(countHere("SELECT count(*) FROM booking WHERE id = ?", poison)).isEqualTo(1);
        Optional<Permit> permit = agent.database().read(c -> new PermitRepository(c).find(visitorElsewhere,
                detaineeHere));
        assertThat(permit).isPresent();
        assertThat(countHere("SELECT count(*) FROM sync_parked_change")).isZero();
        assertThat(new StoreHealth(agent.database()).sync().status()).containsEntry(StatusRows.PARKED_CHANGES, "0");
    }

    private UUID publishBookingForVisitorElsewhere() {
        UUID id = UUID.randomUUID();
        publish(new Change.BookingChanged(new BookingData(id, "POISON", visitorElsewhere, detaineeHere, roundHere,
                null, LocalDate.of(2030, 3, 20), List.of(visitorElsewhere), BookingStatus.CONFIRMED, Channel.PHONE,
                clock.instant())));
        return id;
    }

    private void publish(Change change) {
        centralDb.write(c -> {
            central.publisher().publish(c, List.of(change), clock.instant());
            return null;
        });
    }

    private String cursorHere() {
        return agent.database().read(FeedPuller::cursor);
    }

    private String centralCursor() {
        return centralDb.read(c -> Sql.one(c,
                "SELECT max(seq) FROM central_feed WHERE scope IN (?, ?)", r -> r.getString(1), ESTABLISHMENT,
                "kiosk:" + KIOSK))
                .orElseThrow();
    }

    private int countHere(String sql, Object... params) {
        return agent.database().read(c -> Sql.count(c, sql, params));
    }
}
