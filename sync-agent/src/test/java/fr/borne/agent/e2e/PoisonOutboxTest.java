package fr.borne.agent.e2e;

import fr.borne.agent.client.CentralClient;
import fr.borne.agent.client.ClientSettings;
import fr.borne.agent.push.OutboxPusher;
import fr.borne.agent.push.RowRetry;
import fr.borne.agent.status.SyncTroubles;
import fr.borne.booking.Booking;
import fr.borne.booking.BookingStatus;
import fr.borne.booking.Channel;
import fr.borne.store.BookingJson;
import fr.borne.store.Database;
import fr.borne.store.OutboxKind;
import fr.borne.store.OutboxRepository;
import fr.borne.store.Sql;
import fr.borne.sync.BookingAnswer;
import fr.borne.sync.CreateBooking;
import fr.borne.demo.DemoData;
import fr.borne.sync.SyncJson;
import fr.borne.sync.SyncTrouble;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14: one outbox row central can never accept does not hold back the rows after it.
 * A real replica file and the real pusher and client, against a central at the edge
 * (MockWebServer) that answers one booking badly and every other one well.
 */
class PoisonOutboxTest {

    private static final int FLAG_AFTER = 3;

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2030-03-04T08:00:00Z"));
    private final Map<String, MockResponse> badAnswers = new ConcurrentHashMap<>();
    private final List<String> received = new java.util.concurrent.CopyOnWriteArrayList<>();
    private MockWebServer central;
    private Database database;
    private CentralClient client;
    private OutboxPusher pusher;
    private String detainee;
    private String round;
    private String visitor;

    @BeforeEach
    void start() throws IOException {
        central = new MockWebServer();
        central.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String key = request.getHeaders().get("Idempotency-Key");
                received.add(key);
                return badAnswers.getOrDefault(key, accepted(request));
            }
        });
        central.start();
        database = Database.open(dir.resolve("kiosk.db"));
        DemoData.load(database, clock);
        detainee = first("SELECT id FROM detainee ORDER BY id");
        round = first("SELECT id FROM round WHERE establishment_id = (SELECT establishment_id FROM detainee WHERE id = ?)",
                detainee);
        visitor = first("SELECT id FROM visitor ORDER BY id");
        ClientSettings settings = ClientSettings.defaults(central.url("/").toString(), "rouen-1", Optional.empty())
                .withRetries(0, Duration.ofMillis(1), Duration.ofMillis(2));
        client = new CentralClient(settings, SyncJson.mapper(), new fr.borne.agent.client.LinkState(clock));
        pusher = new OutboxPusher(database, client, SyncJson.mapper(), clock,
                new RowRetry(FLAG_AFTER, Duration.ofSeconds(5), Duration.ofMinutes(1)));
    }

    @AfterEach
    void stop() throws IOException {
        client.close();
        database.close();
        central.close();
    }

    @Test
    void a_row_central_keeps_failing_on_waits_its_turn_while_later_rows_go_and_is_flagged_never_dropped() {
        UUID poison = booked();
        UUID second = booked();
        UUID third = booked();
        badAnswers.put(poison.toString(), new MockResponse.Builder().code(500).body("boom").build());

        OutboxPusher.PushReport first = pusher.push();

        assertThat(first.sent()).as("the rows after the poison went").isEqualTo(2);
        assertThat(state(second)).isEqualTo("SENT");
        assertThat(state(third)).isEqualTo("SENT");
        assertThat(state(poison)).isEqualTo("PENDING");
        assertThat(first.deferred()).isEqualTo(1);

        int before = received.size();
        pusher.push();
        assertThat(received).as("not resent before its backoff is over").hasSize(before);

        for (int failures = 2; failures <= FLAG_AFTER; failures++) {
            clock.advance(Duration.ofMinutes(2));
            pusher.push();
        }
        SyncTrouble trouble = database.read(new SyncTroubles(FLAG_AFTER)::read);
        assertThat(trouble.stuckOutbox()).as("flagged after %d failures", FLAG_AFTER).isEqualTo(1);
        assertThat(trouble.lastReason()).contains("500");
        assertThat(state(poison)).as("never lost").isEqualTo("PENDING");

        badAnswers.clear();
        clock.advance(Duration.ofMinutes(2));
        assertThat(pusher.push().sent()).isEqualTo(1);
        assertThat(state(poison)).isEqualTo("SENT");
        assertThat(database.read(new SyncTroubles(FLAG_AFTER)::read).any()).isFalse();
    }

    @Test
    void a_call_central_refuses_for_good_is_parked_the_rest_goes_and_a_technician_can_send_it_again() {
        UUID poison = booked();
        UUID second = booked();
        badAnswers.put(poison.toString(), new MockResponse.Builder().code(422)
                .setHeader("Content-Type", "application/problem+json")
                .body("{\"code\":\"IDEMPOTENCY_KEY_REUSED\",\"message\":\"another body under this key\"}").build());

        OutboxPusher.PushReport report = pusher.push();

        assertThat(report.parked()).isEqualTo(1);
        assertThat(state(second)).isEqualTo("SENT");
        List<OutboxRepository.Parked> parked = database.read(c -> outbox(c).parked());
        assertThat(parked).singleElement().satisfies(row -> {
            assertThat(row.bookingId()).isEqualTo(poison);
            assertThat(row.reason()).contains("422").contains("IDEMPOTENCY_KEY_REUSED");
        });
        assertThat(countBookingRows(poison)).as("the booking's row is kept").isEqualTo(1);
        assertThat(database.read(new SyncTroubles(FLAG_AFTER)::read).parkedOutbox()).isEqualTo(1);

        badAnswers.clear();
        boolean again = database.write(c -> outbox(c).retry(parked.get(0).outboxId()));
        assertThat(again).isTrue();
        assertThat(pusher.push().sent()).isEqualTo(1);
        assertThat(state(poison)).isEqualTo("SENT");
        assertThat(database.read(new SyncTroubles(FLAG_AFTER)::read).parkedOutbox()).isZero();
    }

    @Test
    void central_refusing_this_kiosk_is_no_row_s_fault_the_queue_waits_and_nothing_is_parked() {
        UUID first = booked();
        booked();
        badAnswers.put(first.toString(), new MockResponse.Builder().code(403)
                .body("{\"code\":\"UNKNOWN_KIOSK\",\"message\":\"kiosk rouen-1 is not registered\"}").build());

        OutboxPusher.PushReport report = pusher.push();

        assertThat(report.reachedCentral()).isFalse();
        assertThat(report.sent()).isZero();
        assertThat(state(first)).isEqualTo("PENDING");
        assertThat(database.read(new SyncTroubles(FLAG_AFTER)::read).any()).isFalse();
    }

    @Test
    void a_bare_4xx_from_something_in_between_is_not_taken_for_central_s_refusal() {
        UUID first = booked();
        UUID second = booked();
        badAnswers.put(first.toString(), new MockResponse.Builder().code(404).body("<html>not here</html>").build());

        OutboxPusher.PushReport report = pusher.push();

        assertThat(state(first)).as("kept, tried again later").isEqualTo("PENDING");
        assertThat(state(second)).isEqualTo("SENT");
        assertThat(report.parked()).isZero();
        assertThat(report.deferred()).isEqualTo(1);
    }

    @Test
    void a_booking_s_later_change_never_overtakes_its_creation_waiting_on_a_server_error() {
        UUID poison = booked();
        Booking cancelled = booking(poison).withStatus(BookingStatus.CANCELLED);
        database.write(c -> {
            outbox(c).add(OutboxKind.CANCEL, cancelled, clock.instant());
            return null;
        });
        badAnswers.put(poison.toString(), new MockResponse.Builder().code(500).build());

        pusher.push();

        assertThat(received).as("only the creation was tried").containsExactly(poison.toString());
    }

    private UUID booked() {
        UUID id = UUID.randomUUID();
        database.write(c -> {
            outbox(c).add(OutboxKind.CREATE, booking(id), clock.instant());
            return null;
        });
        return id;
    }

    private Booking booking(UUID id) {
        return new Booking(id, id.toString().substring(0, 8).toUpperCase(), visitor, detainee, round,
                Optional.empty(), LocalDate.of(2030, 3, 20), List.of(visitor), BookingStatus.CONFIRMED,
                Channel.KIOSK, clock.instant());
    }

    /** Central's yes: the booking as it was sent. */
    private static MockResponse accepted(RecordedRequest request) {
        try {
            CreateBooking sent = SyncJson.mapper().readValue(request.getBody().utf8(), CreateBooking.class);
            return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                    .body(SyncJson.mapper().writeValueAsString(new BookingAnswer(sent.booking(), List.of()))).build();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private String state(UUID bookingId) {
        return database.read(c -> Sql.one(c, "SELECT state FROM outbox WHERE booking_id = ? ORDER BY id LIMIT 1",
                r -> r.getString(1), bookingId)).orElseThrow();
    }

    private String first(String sql, Object... params) {
        return database.read(c -> Sql.one(c, sql + " LIMIT 1", r -> r.getString(1), params)).orElseThrow();
    }

    private int countBookingRows(UUID bookingId) {
        return database.read(c -> Sql.count(c, "SELECT count(*) FROM outbox WHERE booking_id = ?", bookingId));
    }

    private static OutboxRepository outbox(java.sql.Connection c) {
        return new OutboxRepository(c, new BookingJson());
    }
}
