package fr.borne.central.scale;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.borne.booking.BookingStatus;
import fr.borne.booking.Channel;
import fr.borne.central.CentralDatabase;
import fr.borne.central.CentralDatabaseOptions;
import fr.borne.central.CentralServices;
import fr.borne.central.DemoLoader;
import fr.borne.store.BookingRepository;
import fr.borne.store.Database;
import fr.borne.store.Sql;
import fr.borne.sync.AllotmentClaim;
import fr.borne.sync.AllotmentRequest;
import fr.borne.sync.BookingAnswer;
import fr.borne.sync.BookingData;
import fr.borne.sync.Change;
import fr.borne.sync.ChangePage;
import fr.borne.sync.CreateBooking;
import fr.borne.sync.SyncJson;
import fr.borne.testsupport.postgres.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several central instances on one PostgreSQL database: two central processes, started by
 * their real command line on the test server, and four Rouen kiosks speaking the protocol to
 * both at once. Every booking is sent to both instances at the same moment under the same
 * idempotency key (a load balancer's retry on the other instance), kiosks take seats in
 * escrow on the same rounds, and each kiosk reads the feed from both instances in turn while
 * the storm goes on. Afterwards: no round over capacity (confirmed seats plus seats held by
 * kiosks), no booking made twice, both instances gave each key the same answer, and every
 * kiosk's feed reader — which never waited for the storm to end — holds exactly what central
 * holds (no change committed late was skipped).
 */
class TwoInstancesOnePostgresTest {

    private static final List<String> KIOSKS = List.of("rouen-1", "rouen-2", "rouen-3", "rouen-4");
    private static final List<String> ROUNDS = List.of("rouen-wed-1415", "rouen-wed-1540");
    private static final ObjectMapper JSON = SyncJson.mapper();

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final List<ChildCentral> centrals = new ArrayList<>();
    private CentralDatabaseOptions.Server server;
    private final LocalDate wednesday = LocalDate.now(Clock.systemUTC()).plusDays(4)
            .with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));

    @BeforeEach
    void twoCentralsOnOneDatabase() throws IOException {
        TestPostgres postgres = TestPostgres.shared();
        server = new CentralDatabaseOptions.Server(postgres.createDatabase(), postgres.user(), postgres.password(), 4);
        try (Database database = CentralDatabase.connect(server)) {
            CentralServices services = CentralServices.create(database, Clock.systemUTC());
            DemoLoader.load(services);
            database.write(c -> {
                for (String kiosk : KIOSKS) {
                    services.kiosks().register(c, kiosk, "rouen");
                }
                return null;
            });
        }
        List<String> arguments = List.of("--plain-loopback", "--db-url", server.url(), "--db-user", server.user(),
                "--db-password-file", postgres.passwordFile().toString(), "--db-pool-size", "6");
        centrals.add(ChildCentral.start(dir, "central-a", arguments));
        centrals.add(ChildCentral.start(dir, "central-b", arguments));
    }

    @AfterEach
    void stop() throws InterruptedException {
        for (ChildCentral central : centrals) {
            central.close();
        }
    }

    @Test
    void B5_two_instances_on_one_database_never_overbook_never_book_twice_and_every_kiosk_feed_converges()
            throws Exception {
        List<List<String>> people = readDb(database -> Sql.list(database, """
                SELECT min(p.visitor_id), p.detainee_id FROM permit p JOIN detainee d ON d.id = p.detainee_id
                WHERE d.establishment_id = 'rouen' AND p.status = 'ACTIVE'
                GROUP BY p.detainee_id ORDER BY p.detainee_id LIMIT 40""",
                row -> List.of(row.getString(1), row.getString(2))));
        assertThat(people).hasSizeGreaterThan(30);

        AtomicBoolean storming = new AtomicBoolean(true);
        List<FeedReader> readers = KIOSKS.stream().map(FeedReader::new).toList();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<Object>> reading = new ArrayList<>();
        for (FeedReader reader : readers) {
            reading.add(pool.submit(() -> {
                while (storming.get()) {
                    reader.pullOnce();
                }
                return null;
            }));
        }

        List<Attempt> attempts = new ArrayList<>();
        int n = 0;
        for (String round : ROUNDS) {
            for (List<String> pair : people) {
                attempts.add(new Attempt(KIOSKS.get(n++ % KIOSKS.size()), new CreateBooking(new BookingData(
                        UUID.randomUUID(), "S" + n, pair.get(0), pair.get(1), round, null, wednesday,
                        List.of(pair.get(0)), BookingStatus.CONFIRMED, Channel.KIOSK, Instant.now()), false)));
            }
        }
        Collections.shuffle(attempts, new java.util.Random(16));
        List<Long> micros = Collections.synchronizedList(new ArrayList<>());
        long stormStart = System.nanoTime();
        List<Future<?>> storm = new ArrayList<>();
        for (int i = 0; i < attempts.size(); i++) {
            Attempt attempt = attempts.get(i);
            for (ChildCentral central : centrals) {
                storm.add(pool.submit(() -> {
                    long sent = System.nanoTime();
                    attempt.answers.add(post(central, attempt.kiosk, "/v1/bookings",
                            attempt.booking.booking().id().toString(), attempt.booking));
                    micros.add((System.nanoTime() - sent) / 1_000);
                    return null;
                }));
            }
            if (i % 10 == 0) {
                String kiosk = KIOSKS.get(i / 10 % KIOSKS.size());
                ChildCentral central = centrals.get(i / 10 % 2);
                storm.add(pool.submit(() -> post(central, kiosk, "/v1/allotments", null, new AllotmentRequest(
                        ROUNDS.stream().map(r -> new AllotmentClaim(r, wednesday, 0, 3)).toList()))));
            }
        }
        for (Future<?> request : storm) {
            request.get(90, TimeUnit.SECONDS);
        }
        long stormMillis = (System.nanoTime() - stormStart) / 1_000_000;
        storming.set(false);
        for (Future<Object> reader : reading) {
            reader.get(90, TimeUnit.SECONDS);
        }
        pool.shutdown();

        int confirmed = 0;
        for (Attempt attempt : attempts) {
            assertThat(attempt.answers).as("both instances answered").hasSize(2);
            assertThat(attempt.answers.get(0).booking()).as("one key, one answer, whichever instance")
                    .isEqualTo(attempt.answers.get(1).booking());
            assertThat(attempt.answers.get(0).refusals()).isEqualTo(attempt.answers.get(1).refusals());
            if (attempt.answers.get(0).booking() != null
                    && attempt.answers.get(0).booking().status() == BookingStatus.CONFIRMED) {
                confirmed++;
            }
        }
        int answeredConfirmed = confirmed;
        Map<String, Integer> taken = new HashMap<>();
        readDb(c -> {
            for (String round : ROUNDS) {
                int capacity = Sql.count(c, "SELECT capacity FROM round WHERE id = ?", round);
                int seats = new BookingRepository(c).confirmedSeats(round, wednesday);
                int held = Sql.count(c, """
                        SELECT ifnull(sum(max(0, a.granted - a.returned - (
                            SELECT count(*) FROM booking b JOIN central_booking_origin o ON o.booking_id = b.id
                            WHERE o.kiosk_id = a.kiosk_id AND b.status = 'CONFIRMED' AND b.date = a.date
                              AND (b.round_id = a.round_id OR b.second_round_id = a.round_id)))), 0)
                        FROM central_allotment a WHERE a.round_id = ? AND a.date = ?""", round, wednesday);
                assertThat(seats + held).as("B5: confirmed and held seats of %s within its capacity", round)
                        .isLessThanOrEqualTo(capacity);
                taken.put(round, seats + held);
                taken.put(round + " capacity", capacity);
            }
            assertThat(Sql.count(c, """
                    SELECT count(*) FROM (SELECT detainee_id, round_id, date FROM booking WHERE status = 'CONFIRMED'
                    GROUP BY detainee_id, round_id, date HAVING count(*) > 1) twice""")).as("B6: nothing booked twice")
                    .isZero();
            List<String> ours = attempts.stream().map(a -> a.booking.booking().id().toString()).toList();
            int stored = 0;
            for (String id : ours) {
                stored += Sql.count(c, "SELECT count(*) FROM booking WHERE id = ? AND status = 'CONFIRMED'", id);
            }
            assertThat(stored).as("every booking answered confirmed is there, and no other").isEqualTo(answeredConfirmed);
            return null;
        });
        assertThat(taken.get(ROUNDS.get(0))).as("the storm filled a round: the test met contention")
                .isEqualTo(taken.get(ROUNDS.get(0) + " capacity"));

        Map<String, BookingStatus> central = readDb(c -> {
            Map<String, BookingStatus> all = new HashMap<>();
            Sql.list(c, "SELECT b.id, b.status FROM booking b JOIN detainee d ON d.id = b.detainee_id"
                            + " WHERE d.establishment_id = 'rouen'",
                    row -> Map.entry(row.getString(1), BookingStatus.valueOf(row.getString(2))))
                    .forEach(e -> all.put(e.getKey(), e.getValue()));
            return all;
        });
        for (FeedReader reader : readers) {
            reader.catchUp();
            assertThat(reader.bookings).as("%s's feed, read from both instances during the storm", reader.kiosk)
                    .isEqualTo(central);
        }
        List<Long> sorted = micros.stream().sorted().toList();
        System.out.printf("two instances: %d attempts sent to both (%d booking calls in %d ms, median %.1f ms, "
                        + "p99 %.1f ms), %d confirmed, seats taken %s; feed readers made %s pulls%n",
                attempts.size(), sorted.size(), stormMillis, sorted.get(sorted.size() / 2) / 1000.0,
                sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1) / 1000.0, answeredConfirmed, taken,
                readers.stream().map(r -> r.kiosk + "=" + r.pulls).toList());
    }

    /** One booking of the storm and what each instance answered. */
    private record Attempt(String kiosk, CreateBooking booking, List<BookingAnswer> answers) {
        Attempt(String kiosk, CreateBooking booking) {
            this(kiosk, booking, Collections.synchronizedList(new ArrayList<>()));
        }
    }

    /** A kiosk's feed reader: its cursor, the bookings as the feed told them, pulling from both instances in turn. */
    private final class FeedReader {
        final String kiosk;
        final Map<String, BookingStatus> bookings = new ConcurrentHashMap<>();
        String cursor = "0";
        int pulls;

        FeedReader(String kiosk) {
            this.kiosk = kiosk;
        }

        /** Pulls one page; true when it was the last. */
        boolean pullOnce() throws IOException, InterruptedException {
            ChildCentral central = centrals.get(pulls++ % centrals.size());
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            URI.create(central.base() + "/v1/changes?limit=200&cursor=" + cursor))
                    .header("X-Borne-Kiosk", kiosk).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("feed page from %s", central.base()).isEqualTo(200);
            ChangePage page = JSON.readValue(response.body(), ChangePage.class);
            for (Change change : page.changes()) {
                if (change instanceof Change.BookingChanged booking) {
                    bookings.put(booking.booking().id().toString(), booking.booking().status());
                }
            }
            cursor = page.nextCursor();
            return !page.more();
        }

        void catchUp() throws IOException, InterruptedException {
            while (!pullOnce()) {
                // next page
            }
        }
    }

    private BookingAnswer post(ChildCentral central, String kiosk, String path, String key, Object body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(central.base() + path))
                .header("X-Borne-Kiosk", kiosk).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("%s %s answered %s", central.base(), path, response.body())
                .isEqualTo(200);
        return key == null ? null : JSON.readValue(response.body(), BookingAnswer.class);
    }

    private <T> T readDb(fr.borne.store.SqlWork<T> work) {
        try (Database database = CentralDatabase.connect(server)) {
            return database.read(work);
        }
    }
}
