package fr.borne.central.notice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.borne.booking.BookingStatus;
import fr.borne.booking.Channel;
import fr.borne.central.CentralDatabase;
import fr.borne.central.CentralServices;
import fr.borne.central.DemoLoader;
import fr.borne.central.TestCertificates;
import fr.borne.central.http.CentralServer;
import fr.borne.store.BookingRepository;
import fr.borne.store.Database;
import fr.borne.store.Sql;
import fr.borne.sync.BookingData;
import fr.borne.sync.CreateBooking;
import fr.borne.sync.SyncJson;
import fr.borne.testsupport.TestClock;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Central as staff and kiosks reach it: mutual TLS on loopback, the demo data (Rouen, Dijon),
 * kiosks rouen-1 and dijon-1, a clock the test moves (Monday 23 November 2026, 10:00 in
 * Paris), and — when given channels — its periodic tasks sending notices every 50 ms.
 */
final class StaffCentral implements AutoCloseable {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final Instant MONDAY_MORNING = LocalDate.of(2026, 11, 23).atTime(10, 0).atZone(PARIS).toInstant();
    static final String UNSUBSCRIBE = "https://parloirs.example/v1/unsubscribe/";
    private static final MediaType JSON = MediaType.get("application/json");

    final TestClock clock = TestClock.at(MONDAY_MORNING, PARIS);
    final TestCertificates certificates = new TestCertificates();
    final Database database;
    final CentralServices services;
    final CentralServer server;
    final String base;
    final ObjectMapper json = SyncJson.mapper();
    private final List<NoticeChannel> channels = new ArrayList<>();
    private ScheduledExecutorService tasks;
    NoticeSender sender;

    StaffCentral(Path dir) {
        database = CentralDatabase.open(dir.resolve("central.db"));
        services = CentralServices.create(database, clock, UNSUBSCRIBE);
        DemoLoader.load(services);
        database.write(c -> {
            services.kiosks().register(c, "rouen-1", "rouen");
            services.kiosks().register(c, "dijon-1", "dijon");
            return null;
        });
        server = new CentralServer(services, Optional.of(certificates.serverTls()), Set.of("admin"));
        base = "https://localhost:" + server.start("127.0.0.1", 0);
    }

    /** Sends notices through these channels, as central's periodic tasks do. */
    StaffCentral sending(List<NoticeChannel> through, int perMinute) {
        channels.addAll(through);
        sender = new NoticeSender(database, clock, channels, perMinute, UNSUBSCRIBE);
        sender.recover();
        tasks = Executors.newSingleThreadScheduledExecutor();
        tasks.scheduleWithFixedDelay(new CentralTasks(services, Optional.of(sender)), 0, 50, TimeUnit.MILLISECONDS);
        return this;
    }

    OkHttpClient client(String name) {
        return certificates.client("admin".equals(name) ? certificates.admin() : certificates.issue(name));
    }

    record Answer(int status, String contentType, String body, String visitorSession) {
    }

    Answer call(String caller, String method, String path, Object body, String... headers) {
        try {
            Request.Builder request = new Request.Builder().url(base + path);
            if (body == null) {
                request.method(method, method.equals("GET") ? null : RequestBody.create(new byte[0], null));
            } else {
                String text = body instanceof String s ? s : json.writeValueAsString(body);
                request.method(method, RequestBody.create(text, JSON));
            }
            for (int i = 0; i + 1 < headers.length; i += 2) {
                request.header(headers[i], headers[i + 1]);
            }
            try (Response response = client(caller).newCall(request.build()).execute()) {
                return new Answer(response.code(), response.header("Content-Type", ""), response.body().string(),
                        response.header("Borne-Visitor-Session", ""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonNode tree(Answer answer) {
        try {
            return json.readTree(answer.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A booking made at a kiosk, online; the answer's booking id, or a failure naming the refusals. */
    UUID book(String kiosk, String visitor, String detainee, String roundId, LocalDate date, String... session) {
        UUID id = UUID.randomUUID();
        CreateBooking create = new CreateBooking(new BookingData(id, "R" + id.toString().substring(0, 5).toUpperCase(),
                visitor, detainee, roundId, null, date, List.of(visitor), BookingStatus.CONFIRMED, Channel.KIOSK,
                clock.instant()), false);
        List<String> headers = new ArrayList<>(List.of("Idempotency-Key", id.toString()));
        if (session.length > 0) {
            headers.addAll(List.of("Borne-Visitor-Session", session[0]));
        }
        Answer answer = call(kiosk, "POST", "/v1/bookings", create, headers.toArray(String[]::new));
        JsonNode tree = tree(answer);
        if (answer.status() != 200 || tree.path("refusals").size() > 0) {
            throw new AssertionError("booking refused: " + answer.status() + " " + answer.body());
        }
        return id;
    }

    BookingStatus status(UUID booking) {
        return database.read(c -> new BookingRepository(c).find(booking).orElseThrow().status());
    }

    int confirmedSeats(String roundId, LocalDate date) {
        return database.read(c -> new BookingRepository(c).confirmedSeats(roundId, date));
    }

    /** The kinds of change in an establishment's feed, oldest first, as a kiosk of it would read them. */
    List<String> feedKinds(String scope) {
        return database.read(c -> Sql.list(c, "SELECT kind FROM central_feed WHERE scope = ? ORDER BY seq",
                row -> row.getString(1), scope));
    }

    List<String> feedBodies(String scope, String kind) {
        return database.read(c -> Sql.list(c, "SELECT body FROM central_feed WHERE scope = ? AND kind = ? ORDER BY seq",
                row -> row.getString(1), scope, kind));
    }

    int contacts() {
        return database.read(c -> Sql.count(c, "SELECT count(*) FROM central_contact"));
    }

    List<String> noticeStates() {
        return database.read(c -> services.notices().states(c));
    }

    @Override
    public void close() {
        if (tasks != null) {
            tasks.shutdownNow();
            try {
                tasks.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        channels.forEach(NoticeChannel::close);
        server.close();
        database.close();
    }
}
