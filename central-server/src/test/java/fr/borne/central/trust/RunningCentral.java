package fr.borne.central.trust;

import fr.borne.booking.BookingStatus;
import fr.borne.booking.Channel;
import fr.borne.central.TestDatabases;
import fr.borne.central.CentralServices;
import fr.borne.central.DemoLoader;
import fr.borne.central.TestCertificates;
import fr.borne.central.http.CentralServer;
import fr.borne.store.BookingRepository;
import fr.borne.store.Database;
import fr.borne.store.Sql;
import fr.borne.sync.BookingData;
import fr.borne.sync.CreateBooking;
import okhttp3.OkHttpClient;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A real central on loopback with mutual TLS and the demo data, and kiosks of Rouen and Dijon. */
public final class RunningCentral implements AutoCloseable {

    static final String ROUND = "rouen-wed-1415";
    static final int CAPACITY = 20;

    final TestCertificates certificates = new TestCertificates();
    final Database database;
    final CentralServer server;
    final String base;
    final LocalDate wednesday = LocalDate.now(Clock.systemUTC()).plusDays(4)
            .with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));

    public RunningCentral(Path dir) {
        database = TestDatabases.central(dir.resolve("central.db"));
        CentralServices services = CentralServices.create(database, Clock.systemUTC());
        DemoLoader.load(services);
        database.write(c -> {
            services.kiosks().register(c, "rouen-1", "rouen");
            services.kiosks().register(c, "dijon-1", "dijon");
            return null;
        });
        server = new CentralServer(services, Optional.of(certificates.serverTls()), Set.of("admin"));
        base = "https://localhost:" + server.start("127.0.0.1", 0);
    }

    Caller caller(String name) {
        return new Caller(client(name), base);
    }

    /** An HTTPS client showing the admin certificate for {@code "admin"}, else a kiosk certificate issued to {@code name}. */
    public OkHttpClient client(String name) {
        return certificates.client("admin".equals(name) ? certificates.admin() : certificates.issue(name));
    }

    public String base() {
        return base;
    }

    public Database database() {
        return database;
    }

    int confirmedSeats(String roundId, LocalDate date) {
        return database.read(c -> new BookingRepository(c).confirmedSeats(roundId, date));
    }

    BookingStatus status(UUID booking) {
        return database.read(c -> new BookingRepository(c).find(booking).orElseThrow().status());
    }

    List<String> visitorsOf(UUID booking) {
        return database.read(c -> new BookingRepository(c).find(booking).orElseThrow().visitorIds());
    }

    /** The id of a confirmed booking of the detainee, as the demo data made it. */
    UUID bookingOf(String detaineeId, Channel channel) {
        return database.read(c -> Sql.one(c, """
                SELECT id FROM booking WHERE detainee_id = ? AND channel = ? AND status = 'CONFIRMED'
                ORDER BY date DESC LIMIT 1""", row -> UUID.fromString(row.getString(1)), detaineeId, channel)
                .orElseThrow());
    }

    /** Pairs of a visitor and a detainee of Rouen a permit links, one per detainee. */
    List<List<String>> rouenPermits(int howMany) {
        return database.read(c -> Sql.list(c, """
                SELECT min(p.visitor_id), p.detainee_id FROM permit p JOIN detainee d ON d.id = p.detainee_id
                WHERE d.establishment_id = 'rouen' GROUP BY p.detainee_id ORDER BY p.detainee_id LIMIT ?""",
                row -> List.of(row.getString(1), row.getString(2)), howMany));
    }

    static CreateBooking booking(String visitor, String detainee, String roundId, LocalDate date, boolean allotted) {
        return new CreateBooking(new BookingData(UUID.randomUUID(), "T" + UUID.randomUUID().toString().substring(0, 6),
                visitor, detainee, roundId, null, date, List.of(visitor), BookingStatus.CONFIRMED, Channel.KIOSK,
                Instant.now()), allotted);
    }

    @Override
    public void close() {
        server.close();
        database.close();
    }
}
