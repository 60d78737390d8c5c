package fr.borne.agent.bench;

import fr.borne.agent.AgentAssembly;
import fr.borne.agent.AgentConfig;
import fr.borne.agent.SyncAgent;
import fr.borne.agent.client.ClientSettings;
import fr.borne.agent.client.ClientTls;
import fr.borne.agent.pull.FeedPuller;
import fr.borne.agent.push.OutboxPusher;
import fr.borne.booking.BookingRequest;
import fr.borne.booking.BookingResult;
import fr.borne.booking.BookingStatus;
import fr.borne.booking.Channel;
import fr.borne.booking.HoldResult;
import fr.borne.central.CentralDatabase;
import fr.borne.central.CentralServices;
import fr.borne.central.TestCertificates;
import fr.borne.central.feed.FeedSnapshot;
import fr.borne.central.http.CentralServer;
import fr.borne.central.kiosk.Principal;
import fr.borne.demo.LargeEstablishment;
import fr.borne.store.Database;
import fr.borne.store.Sql;
import fr.borne.store.SqliteBookingService;
import fr.borne.sync.AllotmentSeatPolicy;
import fr.borne.sync.BookingData;
import fr.borne.sync.CreateBooking;
import fr.borne.sync.LocalAllotments;
import fr.borne.sync.SyncJson;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Sync speed on loopback with real mutual TLS: the initial sync of a large establishment
 * into an empty replica (time, peak heap), a delta of 100 changes, and the round trip of
 * a kiosk booking to central and back into the replica (median, p99). Run with
 * {@code mvn -q -pl sync-agent test-compile exec:exec@bench}; the JVM gets -Xmx256m.
 */
public final class SyncBenchmark {

    /** As the agent asks in production (SyncAgentMain). */
    private static final int PAGE_SIZE = 5_000;
    /**
     * Round trips made before the measured ones: the first few pay for classes loaded and code
     * compiled on paths the initial sync never took (a kiosk runs for days on warm code).
     */
    private static final int WARM_UP_ROUND_TRIPS = 300;

    private SyncBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("borne-bench");
        Clock clock = Clock.systemUTC();
        TestCertificates certificates = new TestCertificates();
        Database centralDb = CentralDatabase.open(dir.resolve("central.db"));
        CentralServices central = CentralServices.create(centralDb, clock);
        LargeEstablishment.load(centralDb, clock);
        centralDb.write(c -> {
            FeedSnapshot.publishAll(c);
            central.kiosks().register(c, "large-1", LargeEstablishment.ID);
            return null;
        });
        int feedSize = centralDb.read(c -> Sql.count(c, "SELECT count(*) FROM central_feed"));
        try (CentralServer server = new CentralServer(central, Optional.of(certificates.serverTls()), Set.of("admin"))) {
            int port = server.start("127.0.0.1", 0);
            ClientSettings settings = ClientSettings.defaults("https://localhost:" + port, "large-1",
                    Optional.of(new ClientTls(certificates.issue("large-1"), certificates.authority().certificate())));
            try (AgentAssembly kiosk = new AgentAssembly(new AgentConfig(dir.resolve("kiosk.db"), settings, "large-1",
                    LargeEstablishment.ID, 8, PAGE_SIZE, SyncAgent.Periods.defaults()), clock)) {
                FeedPuller puller = new FeedPuller(kiosk.database(), clientOf(settings), clock, PAGE_SIZE);

                System.gc();
                resetPeaks();
                long start = System.nanoTime();
                FeedPuller.PullReport initial = puller.pull();
                long initialMillis = (System.nanoTime() - start) / 1_000_000;
                long peakHeapMb = peakHeap() / (1024 * 1024);
                System.out.printf("initial sync: %d changes (feed of %d) in %d ms, peak heap %d MB (whole JVM, central included)%n",
                        initial.changes(), feedSize, initialMillis, peakHeapMb);

                publishPortalBookings(central, centralDb, 100);
                start = System.nanoTime();
                FeedPuller.PullReport delta = puller.pull();
                System.out.printf("delta: %d changes in %d ms%n", delta.changes(), (System.nanoTime() - start) / 1_000_000);

                kiosk.agent().syncOnce();
                roundTrips(kiosk, puller, settings, clock, 1_000, dir.resolve("floor.db"));
            }
        }
        centralDb.close();
    }

    private static fr.borne.agent.client.CentralClient clientOf(ClientSettings settings) {
        return new fr.borne.agent.client.CentralClient(settings, SyncJson.mapper(),
                new fr.borne.agent.client.LinkState(java.time.Clock.systemUTC()));
    }

    private static void publishPortalBookings(CentralServices central, Database centralDb, int wanted) {
        List<List<String>> pairs = candidates(centralDb);
        int made = 0;
        for (List<String> pair : pairs) {
            if (made >= wanted) {
                break;
            }
            UUID id = UUID.randomUUID();
            BookingData data = new BookingData(id, "B" + Integer.toString(made, 36) + id.toString().substring(0, 5),
                    pair.get(0), pair.get(1), pair.get(2), null, java.time.LocalDate.parse(pair.get(3)),
                    List.of(pair.get(0)), BookingStatus.CONFIRMED, Channel.PORTAL, Clock.systemUTC().instant());
            var reply = central.bookings().create(new Principal.Admin("portal"), id.toString(), new CreateBooking(data, false));
            if (reply instanceof fr.borne.central.booking.Reply.Answered answered && answered.answer().accepted()) {
                made++;
            }
        }
    }

    /** Adult visitors and their detainees with open rounds 4 to 12 days ahead, spread over the establishment. */
    private static List<List<String>> candidates(Database database) {
        List<List<String>> pairs = database.read(c -> Sql.list(c, """
                SELECT p.visitor_id, p.detainee_id, r.id, date('now', '+' || (4 + (abs(random()) % 9)) || ' days')
                FROM permit p JOIN visitor v ON v.id = p.visitor_id JOIN detainee d ON d.id = p.detainee_id
                JOIN round r ON r.establishment_id = d.establishment_id
                WHERE p.status = 'ACTIVE' AND p.kind = 'PERMANENT' AND v.birth_date < '2000-01-01'
                  AND d.establishment_id = 'large' AND abs(random()) % 20 = 0 LIMIT 8000""",
                row -> List.of(row.getString(1), row.getString(2), row.getString(3), row.getString(4))));
        Collections.shuffle(pairs);
        return pairs;
    }

    /**
     * Round trips, each beside one single-row WAL {@code synchronous=FULL} commit on a file of the
     * same file system (the disk's floor, as the store benchmark measures it): a round trip holds
     * three such commits (hold and confirm at the kiosk, the booking at central), and the floor
     * measured under the same load says how much of its time is the machine's.
     */
    private static void roundTrips(AgentAssembly kiosk, FeedPuller puller, ClientSettings settings, Clock clock, int wanted,
                                   Path floorFile) throws java.sql.SQLException {
        SqliteBookingService service = new SqliteBookingService(kiosk.database(), LargeEstablishment.ID, clock,
                new AllotmentSeatPolicy(new LocalAllotments()));
        OutboxPusher pusher = new OutboxPusher(kiosk.database(), clientOf(settings), SyncJson.mapper(), clock);
        List<Long> micros = new ArrayList<>();
        List<Long> local = new ArrayList<>();
        List<Long> push = new ArrayList<>();
        List<Long> pull = new ArrayList<>();
        List<Long> floor = new ArrayList<>();
        java.sql.Connection floorDb = java.sql.DriverManager.getConnection("jdbc:sqlite:" + floorFile);
        try (java.sql.Statement statement = floorDb.createStatement()) {
            statement.execute("PRAGMA journal_mode = WAL");
            statement.execute("PRAGMA synchronous = FULL");
            statement.execute("CREATE TABLE counter (id INTEGER PRIMARY KEY, n INTEGER NOT NULL)");
            statement.execute("INSERT INTO counter VALUES (1, 0)");
        }
        int warmUp = WARM_UP_ROUND_TRIPS;
        for (List<String> pair : candidates(kiosk.database())) {
            if (micros.size() >= wanted) {
                break;
            }
            java.time.LocalDate date = java.time.LocalDate.parse(pair.get(3));
            long start = System.nanoTime();
            HoldResult hold = service.hold(pair.get(0), pair.get(1), pair.get(2), date);
            if (!(hold instanceof HoldResult.Held held)) {
                continue;
            }
            BookingResult result = service.confirm(held.hold().id(), new BookingRequest(pair.get(0), pair.get(1),
                    pair.get(2), date, List.of(pair.get(0)), false, Channel.KIOSK));
            if (!(result instanceof BookingResult.Done done)) {
                continue;
            }
            long confirmed = System.nanoTime();
            OutboxPusher.PushReport pushed = pusher.push();
            long sent = System.nanoTime();
            puller.pull();
            long pulled = System.nanoTime();
            if (pushed.sent() == 1 && warmUp > 0) {
                warmUp--;
            } else if (pushed.sent() == 1) {
                floor.add(floorCommit(floorDb));
                micros.add((pulled - start) / 1_000);
                local.add((confirmed - start) / 1_000);
                push.add((sent - confirmed) / 1_000);
                pull.add((pulled - sent) / 1_000);
            }
            // unmeasured: the seat goes back to the kiosk's allotment, so the round trips are not
            // limited by the seats the kiosk may take alone
            service.cancel(done.booking().id(), pair.get(0));
            pusher.push();
            puller.pull();
        }
        floorDb.close();
        if (!micros.isEmpty()) {
            System.out.printf("  after %d round trips not measured (warm-up)%n", WARM_UP_ROUND_TRIPS);
            System.out.printf("  the disk's floor beside each round trip, a single-row WAL FULL commit: %s%n",
                    medianP99(floor));
            System.out.printf("  where it goes (median / p99): hold and confirm on the replica %s, push to central %s,"
                    + " pull back %s%n", medianP99(local), medianP99(push), medianP99(pull));
        }
        Collections.sort(micros);
        if (micros.isEmpty()) {
            System.out.println("round trip: no booking could be made (no allotted seat on the sampled rounds)");
            return;
        }
        long median = micros.get(micros.size() / 2);
        long p99 = micros.get(Math.min(micros.size() - 1, (int) Math.ceil(micros.size() * 0.99) - 1));
        Collections.sort(floor);
        System.out.printf("round trip kiosk -> central -> replica over %d bookings: median %.1f ms, p99 %.1f ms"
                        + " (%.0f× / %.0f× the floor's)%n", micros.size(), median / 1000.0, p99 / 1000.0,
                median / (double) floor.get(floor.size() / 2),
                p99 / (double) floor.get(Math.min(floor.size() - 1, (int) Math.ceil(floor.size() * 0.99) - 1)));
    }

    private static long floorCommit(java.sql.Connection floorDb) throws java.sql.SQLException {
        try (java.sql.Statement statement = floorDb.createStatement()) {
            long start = System.nanoTime();
            statement.execute("BEGIN IMMEDIATE");
            statement.executeUpdate("UPDATE counter SET n = n + 1 WHERE id = 1");
            statement.execute("COMMIT");
            return (System.nanoTime() - start) / 1_000;
        }
    }

    private static String medianP99(List<Long> micros) {
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        return String.format("%.1f / %.1f ms", sorted.get(sorted.size() / 2) / 1000.0,
                sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.99) - 1)) / 1000.0);
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
