package fr.borne.central.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.borne.booking.BookingStatus;
import fr.borne.booking.Channel;
import fr.borne.central.CentralDatabase;
import fr.borne.central.CentralDatabaseOptions;
import fr.borne.central.CentralServices;
import fr.borne.central.TestCertificates;
import fr.borne.central.feed.FeedSnapshot;
import fr.borne.central.feed.FeedWaits;
import fr.borne.central.fleet.FleetSettings;
import fr.borne.central.http.CentralServer;
import fr.borne.demo.NationalDataSet;
import fr.borne.store.Database;
import fr.borne.store.Sql;
import fr.borne.sync.BookingData;
import fr.borne.sync.CreateBooking;
import fr.borne.sync.Heartbeat;
import fr.borne.sync.SyncJson;
import fr.borne.testsupport.Folders;
import fr.borne.testsupport.postgres.TestPostgres;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Dispatcher;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.HdrHistogram.Recorder;
import org.HdrHistogram.Histogram;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load on central from a national fleet ({@link NationalDataSet}: 187 establishments), every
 * simulated kiosk speaking the real protocol over its own mutual-TLS identity: a heartbeat
 * every 30 s, a long poll of the feed always open (answered at once by a change for its
 * establishment), and bookings; beside them the portal's bookings. The fleet grows step by
 * step; each step reports booking latency (p50/p99), errors, fan-out time (a portal booking
 * until every kiosk of its establishment has it in a feed answer), central's CPU (its own
 * threads) and the JVM's heap. Then the Monday-morning burst: bookings at growing rates while
 * the largest fleet stays connected. Central runs in this JVM, on SQLite or PostgreSQL.
 *
 * <p>Run: {@code mvn -q -pl central-server test-compile exec:exec@bench}. Environment:
 * {@code FLEET_STEPS} (kiosk counts, default 200,400,600,800,1000), {@code FLEET_STEP_SECONDS}
 * (default 45), {@code FLEET_BURSTS} (bookings/s, default 25,50,100,150), {@code FLEET_SCALE}
 * (size of every establishment, default 1), {@code FLEET_DB_FILE} (central's file, kept and
 * loaded only if absent, so a second run skips the four minutes of loading), {@code FLEET_DB}
 * ({@code postgresql}: central on a PostgreSQL server the test fixture starts, fsync on).
 */
public final class FleetBenchmark {

    private static final MediaType JSON = MediaType.get("application/json");
    private static final Pattern CURSOR = Pattern.compile("\"nextCursor\":\"(\\d+)\"");
    private static final Duration HEARTBEAT = Duration.ofSeconds(30);
    private static final long WAIT_MILLIS = 20_000;
    /** A kiosk books about once every two minutes in a steady hour; the portal twice a second. */
    private static final double KIOSK_BOOKINGS_PER_SECOND = 1 / 120.0;
    private static final double PORTAL_BOOKINGS_PER_SECOND = 2;

    private final ObjectMapper json = SyncJson.mapper();
    private final TestCertificates certificates = new TestCertificates();
    private final Dispatcher dispatcher;
    private final ScheduledExecutorService timers = Executors.newScheduledThreadPool(2, daemon("fleet-timer"));
    private final ExecutorService senders = Executors.newFixedThreadPool(32, daemon("fleet-sender"));
    private final Recorder bookingLatency = new Recorder(3);
    private final Recorder heartbeatLatency = new Recorder(3);
    private final Recorder fanOut = new Recorder(3);
    private final AtomicInteger errors = new AtomicInteger();
    private final AtomicInteger bookingsAccepted = new AtomicInteger();
    private final AtomicInteger bookingsRefused = new AtomicInteger();
    private final AtomicInteger feedAnswers = new AtomicInteger();
    private final Map<String, String> lastError = new ConcurrentHashMap<>();
    /** Portal bookings being fanned out: id, sent at (nanos), kiosks of the establishment still to see it. */
    private final Map<String, FanOut> fanning = new ConcurrentHashMap<>();
    private final List<Kiosk> kiosks = new ArrayList<>();
    private final Map<String, List<Candidate>> candidates = new HashMap<>();
    private final List<NationalDataSet.Site> sites;
    private volatile String base;
    private final OkHttpClient portal;
    private volatile boolean stopping;

    private record Candidate(String visitorId, String detaineeId, String roundId, LocalDate date) {
    }

    private static final class FanOut {
        final long sentAt;
        final Set<String> waitingFor;
        volatile long answeredAt;

        FanOut(long sentAt, Set<String> waitingFor) {
            this.sentAt = sentAt;
            this.waitingFor = waitingFor;
        }
    }

    private final class Kiosk {
        final String id;
        final String establishmentId;
        final OkHttpClient client;
        volatile long cursor;

        Kiosk(String id, String establishmentId, OkHttpClient client, long cursor) {
            this.id = id;
            this.establishmentId = establishmentId;
            this.client = client;
            this.cursor = cursor;
        }

        void poll() {
            if (stopping) {
                return;
            }
            Request request = new Request.Builder()
                    .url(base + "/v1/changes?limit=1000&wait=" + WAIT_MILLIS + "&cursor=" + cursor).build();
            client.newCall(request).enqueue(new Callback() {
                @Override
                public void onResponse(Call call, Response response) {
                    try (response) {
                        String body = response.body().string();
                        if (response.code() != 200) {
                            error("feed HTTP " + response.code());
                            timers.schedule(Kiosk.this::poll, 1, TimeUnit.SECONDS);
                            return;
                        }
                        feedAnswers.incrementAndGet();
                        long now = System.nanoTime();
                        for (Map.Entry<String, FanOut> entry : fanning.entrySet()) {
                            if (entry.getValue().waitingFor.contains(id) && body.contains(entry.getKey())) {
                                seen(entry.getKey(), entry.getValue(), now);
                            }
                        }
                        Matcher matcher = CURSOR.matcher(body);
                        if (matcher.find()) {
                            cursor = Long.parseLong(matcher.group(1));
                        }
                        poll();
                    } catch (IOException e) {
                        onFailure(call, e);
                    }
                }

                @Override
                public void onFailure(Call call, IOException e) {
                    if (!stopping) {
                        error("feed " + e);
                        timers.schedule(Kiosk.this::poll, 1, TimeUnit.SECONDS);
                    }
                }
            });
        }

        private void seen(String bookingId, FanOut fan, long now) {
            if (fan.waitingFor.remove(id) && fan.waitingFor.isEmpty() && fanning.remove(bookingId) != null) {
                fanOut.recordValue(Math.max(0, (now - fan.sentAt) / 1_000));
            }
        }

        void heartbeat() {
            if (stopping) {
                return;
            }
            long start = System.nanoTime();
            Heartbeat beat = new Heartbeat("0.1.0", "0.1.0", Map.of("printer", "OK", "scanner", "OK"), 0,
                    Clock.systemUTC().instant(), Clock.systemUTC().instant(), false);
            client.newCall(new Request.Builder().url(base + "/v1/kiosks/" + id + "/heartbeat")
                    .post(RequestBody.create(write(beat), JSON)).build()).enqueue(new Callback() {
                @Override
                public void onResponse(Call call, Response response) {
                    try (response) {
                        response.body().string();
                        if (response.code() == 200) {
                            heartbeatLatency.recordValue((System.nanoTime() - start) / 1_000);
                        } else {
                            error("heartbeat HTTP " + response.code());
                        }
                    } catch (IOException e) {
                        onFailure(call, e);
                    }
                }

                @Override
                public void onFailure(Call call, IOException e) {
                    if (!stopping) {
                        error("heartbeat " + e);
                    }
                }
            });
        }
    }

    private FleetBenchmark(List<NationalDataSet.Site> sites) {
        this.sites = sites;
        this.dispatcher = new Dispatcher(Executors.newCachedThreadPool(daemon("fleet-http")));
        dispatcher.setMaxRequests(100_000);
        dispatcher.setMaxRequestsPerHost(100_000);
        this.portal = client(certificates.admin());
    }

    private OkHttpClient client(okhttp3.tls.HeldCertificate identity) {
        // idle connections dropped before central's 30 s idle timeout closes them, as the agent does
        return certificates.client(identity).newBuilder().dispatcher(dispatcher)
                .connectionPool(new okhttp3.ConnectionPool(5, 20, TimeUnit.SECONDS))
                .readTimeout(Duration.ofMillis(WAIT_MILLIS + 20_000)).build();
    }

    public static void main(String[] args) throws Exception {
        List<Integer> steps = ints(env("FLEET_STEPS", "200,400,600,800,1000"));
        int stepSeconds = Integer.parseInt(env("FLEET_STEP_SECONDS", "45"));
        List<Integer> bursts = ints(env("FLEET_BURSTS", "25,50,100,150"));
        double scale = Double.parseDouble(env("FLEET_SCALE", "1"));
        int largest = steps.stream().mapToInt(Integer::intValue).max().orElse(0);

        String kept = env("FLEET_DB_FILE", "");
        Path dir = kept.isEmpty() ? Files.createTempDirectory("borne-fleet") : Path.of(kept).toAbsolutePath().getParent();
        Path file = kept.isEmpty() ? dir.resolve("central.db") : Path.of(kept);
        boolean loaded = Files.exists(file) && !env("FLEET_DB", "sqlite").equals("postgresql");
        Clock clock = Clock.system(ZoneId.of("Europe/Paris"));
        long loading = System.nanoTime();
        boolean postgres = env("FLEET_DB", "sqlite").equals("postgresql");
        // PostgreSQL as a ministry runs it: fsync on, started by the test fixture in the run's directory
        Optional<TestPostgres> postgresServer = postgres
                ? Optional.of(TestPostgres.start(new TestPostgres.Options(true, 300, Optional.empty())))
                : Optional.empty();
        Database database = postgresServer.isPresent()
                ? CentralDatabase.connect(new CentralDatabaseOptions.Server(postgresServer.get().createDatabase(),
                        postgresServer.get().user(), postgresServer.get().password(), 8))
                : CentralDatabase.open(file);
        CentralServices services = CentralServices.create(database, clock);
        List<NationalDataSet.Site> sites = loaded ? NationalDataSet.sites(scale)
                : NationalDataSet.load(database, clock, scale);
        List<String[]> fleet = fleet(sites, largest);
        database.write(c -> {
            if (!loaded) {
                FeedSnapshot.publishAll(c);
            }
            for (String[] kiosk : fleet) {
                if (services.kiosks().find(c, kiosk[0]).isEmpty()) {
                    services.kiosks().register(c, kiosk[0], kiosk[1]);
                }
            }
            return null;
        });
        int detainees = database.read(c -> Sql.count(c, "SELECT count(*) FROM detainee"));
        int visitors = database.read(c -> Sql.count(c, "SELECT count(*) FROM visitor"));
        int feed = database.read(c -> Sql.count(c, "SELECT count(*) FROM central_feed"));
        System.out.printf("central on %s%n", postgres ? "PostgreSQL (fsync on, a pool of 8)" : "SQLite");
        System.out.printf("national data set: %d establishments, %d detainees, %d visitors, %d kiosks registered "
                        + "(%d in the data set), feed of %d changes, loaded in %d s%n", sites.size(), detainees, visitors,
                fleet.size(), sites.stream().mapToInt(s -> s.kiosks().size()).sum(), feed,
                (System.nanoTime() - loading) / 1_000_000_000L);

        FleetBenchmark bench = new FleetBenchmark(sites);
        CentralServer server = new CentralServer(services, Optional.of(bench.certificates.serverTls()), Set.of(),
                FleetSettings.from(System.getProperties()),
                new FeedWaits.Limits(2, 5_000, Duration.ofSeconds(25), Duration.ofMillis(100)));
        try {
            bench.base = "https://localhost:" + server.start("127.0.0.1", 0);
            bench.readCandidates(database);
            bench.run(fleet, steps, stepSeconds, bursts, database);
        } finally {
            server.close();
            database.close();
            postgresServer.ifPresent(TestPostgres::close);
            if (kept.isEmpty()) {
                Folders.deleteTree(dir);
            }
        }
        System.exit(0);
    }

    private void run(List<String[]> fleet, List<Integer> steps, int stepSeconds, List<Integer> bursts,
                     Database database) throws InterruptedException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long head = database.read(c -> Sql.one(c, "SELECT coalesce(max(seq), 0) FROM central_feed",
                row -> row.getLong(1)).orElse(0L));
        System.out.printf("%n%7s %9s %10s %10s %7s %12s %12s %12s %10s %10s%n", "kiosks", "bookings", "p50 ms",
                "p99 ms", "errors", "fan-out p50", "fan-out p99", "heartbeat p99", "central CPU", "heap MB");
        Random random = new Random(7);
        for (int size : steps) {
            while (kiosks.size() < size) {
                String[] entry = fleet.get(kiosks.size());
                Kiosk kiosk = new Kiosk(entry[0], entry[1], client(certificates.issue(entry[0])), head);
                kiosks.add(kiosk);
                kiosk.poll();
                long delay = ThreadLocalRandom.current().nextLong(HEARTBEAT.toMillis());
                timers.scheduleAtFixedRate(kiosk::heartbeat, delay, HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
            }
            double rate = size * KIOSK_BOOKINGS_PER_SECOND + PORTAL_BOOKINGS_PER_SECOND;
            Step step = measure(stepSeconds, rate, size * KIOSK_BOOKINGS_PER_SECOND / rate, random, threads);
            System.gc();
            long heap = memory.getHeapMemoryUsage().getUsed() / (1024 * 1024);
            System.out.printf("%7d %9d %10.1f %10.1f %7d %12.0f %12.0f %12.1f %9.0f%% %10d%s%n", size, step.bookings(),
                    step.latency().getValueAtPercentile(50) / 1000.0, step.latency().getValueAtPercentile(99) / 1000.0,
                    step.errors(), step.fanOut().getValueAtPercentile(50) / 1000.0,
                    step.fanOut().getValueAtPercentile(99) / 1000.0,
                    step.heartbeats().getValueAtPercentile(99) / 1000.0, step.centralCpu() * 100, heap,
                    step.errors() > 0 ? "  (" + lastError + ")" : "");
        }
        System.out.printf("%nMonday-morning burst with %d kiosks connected (%d s each, %s%% from kiosks):%n",
                kiosks.size(), stepSeconds / 3, 50);
        System.out.printf("%10s %10s %10s %10s %7s %12s%n", "asked/s", "done/s", "p50 ms", "p99 ms", "errors",
                "central CPU");
        for (int burst : bursts) {
            Step step = measure(Math.max(10, stepSeconds / 3), burst, 0.5, random, threads);
            System.out.printf("%10d %10.1f %10.1f %10.1f %7d %11.0f%%%s%n", burst,
                    step.bookings() / (double) Math.max(10, stepSeconds / 3),
                    step.latency().getValueAtPercentile(50) / 1000.0, step.latency().getValueAtPercentile(99) / 1000.0,
                    step.errors(), step.centralCpu() * 100, step.errors() > 0 ? "  (" + lastError + ")" : "");
        }
        System.out.printf("bookings accepted %d, refused by the rules %d, feed answers %d%n", bookingsAccepted.get(),
                bookingsRefused.get(), feedAnswers.get());
        stopping = true;
        if (System.getenv("FLEET_THREADS") != null) {
            for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
                if (info != null) {
                    System.out.printf("  %-50s %8d ms%n", info.getThreadName(),
                            threads.getThreadCpuTime(info.getThreadId()) / 1_000_000);
                }
            }
        }
    }

    private record Step(int bookings, Histogram latency, int errors, Histogram fanOut, Histogram heartbeats,
                        double centralCpu) {
    }

    /** Bookings at {@code rate} a second for {@code seconds}, open loop, a share from kiosks and the rest from the portal. */
    private Step measure(int seconds, double rate, double kioskShare, Random random, ThreadMXBean threads)
            throws InterruptedException {
        bookingLatency.reset();
        fanOut.reset();
        heartbeatLatency.reset();
        int errorsBefore = errors.get();
        long cpuBefore = centralCpu(threads);
        long wallBefore = System.nanoTime();
        AtomicInteger sent = new AtomicInteger();
        long intervalNanos = (long) (1_000_000_000L / rate);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long next = System.nanoTime();
        while (next < end) {
            long wait = next - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            boolean fromKiosk = random.nextDouble() < kioskShare;
            Kiosk kiosk = kiosks.get(random.nextInt(kiosks.size()));
            String establishment = fromKiosk ? kiosk.establishmentId
                    : sites.get(random.nextInt(sites.size())).id();
            List<Candidate> choices = candidates.get(establishment);
            if (choices != null && !choices.isEmpty()) {
                Candidate candidate = choices.get(random.nextInt(choices.size()));
                sent.incrementAndGet();
                senders.execute(() -> book(fromKiosk ? kiosk : null, establishment, candidate));
            }
            next += intervalNanos;
        }
        senders.submit(() -> null);
        TimeUnit.SECONDS.sleep(2); // answers of the last bookings and their fan-out
        long wall = System.nanoTime() - wallBefore;
        double cpu = (centralCpu(threads) - cpuBefore) / (double) wall
                / Runtime.getRuntime().availableProcessors();
        fanning.clear();
        return new Step(sent.get(), bookingLatency.getIntervalHistogram(), errors.get() - errorsBefore,
                fanOut.getIntervalHistogram(), heartbeatLatency.getIntervalHistogram(), cpu);
    }

    private void book(Kiosk kiosk, String establishment, Candidate candidate) {
        UUID id = UUID.randomUUID();
        BookingData data = new BookingData(id, "F" + Long.toString(id.getLeastSignificantBits() & 0xFFFFFFFL, 36),
                candidate.visitorId(), candidate.detaineeId(), candidate.roundId(), null, candidate.date(),
                List.of(candidate.visitorId()), BookingStatus.CONFIRMED, kiosk == null ? Channel.PORTAL : Channel.KIOSK,
                Clock.systemUTC().instant());
        Request request = new Request.Builder().url(base + (kiosk == null ? "/v1/admin/bookings" : "/v1/bookings"))
                .header("Idempotency-Key", id.toString())
                .post(RequestBody.create(write(new CreateBooking(data, false)), JSON)).build();
        if (kiosk == null) {
            Set<String> waitingFor = ConcurrentHashMap.newKeySet();
            kiosks.stream().filter(k -> k.establishmentId.equals(establishment)).forEach(k -> waitingFor.add(k.id));
            if (!waitingFor.isEmpty()) {
                fanning.put(id.toString(), new FanOut(System.nanoTime(), waitingFor));
            }
        }
        long start = System.nanoTime();
        try (Response response = (kiosk == null ? portal : kiosk.client).newCall(request).execute()) {
            String body = response.body().string();
            bookingLatency.recordValue((System.nanoTime() - start) / 1_000);
            if (response.code() != 200) {
                error("booking HTTP " + response.code());
                fanning.remove(id.toString());
            } else if (body.contains("\"refusals\":[]")) {
                bookingsAccepted.incrementAndGet();
            } else {
                bookingsRefused.incrementAndGet();
                fanning.remove(id.toString());
            }
        } catch (IOException e) {
            error("booking " + e);
            fanning.remove(id.toString());
        }
    }

    private void error(String what) {
        errors.incrementAndGet();
        lastError.put("last", what);
    }

    /** CPU time of central's own threads: Jetty's pool, the feed's waits and watcher, SQLite checkpoints. */
    private static long centralCpu(ThreadMXBean threads) {
        long total = 0;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            String name = info.getThreadName();
            if (name.startsWith("JettyServerThreadPool") || name.startsWith("qtp") || name.startsWith("feed-")
                    || name.startsWith("sqlite-")) {
                long cpu = threads.getThreadCpuTime(info.getThreadId());
                total += Math.max(0, cpu);
            }
        }
        return total;
    }

    /** For each establishment, a sample of its permit holders, each on one of its rounds 2 to 14 days ahead. */
    private void readCandidates(Database database) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        Map<String, List<String[]>> rounds = new HashMap<>();
        database.read(c -> Sql.list(c, "SELECT establishment_id, id, day_of_week FROM round",
                row -> new String[] {row.getString(1), row.getString(2), row.getString(3)}))
                .forEach(round -> rounds.computeIfAbsent(round[0], e -> new ArrayList<>()).add(round));
        List<String[]> permits = database.read(c -> Sql.list(c, """
                SELECT d.establishment_id, p.visitor_id, p.detainee_id
                FROM permit p JOIN detainee d ON d.id = p.detainee_id
                WHERE p.status = 'ACTIVE' AND p.kind = 'PERMANENT'""",
                row -> new String[] {row.getString(1), row.getString(2), row.getString(3)}));
        Random random = new Random(20);
        for (String[] permit : permits) {
            List<String[]> open = rounds.get(permit[0]);
            if (open == null || random.nextInt(10) != 0) {
                continue;
            }
            String[] round = open.get(random.nextInt(open.size()));
            java.time.DayOfWeek day = java.time.DayOfWeek.of(Integer.parseInt(round[2]));
            LocalDate date = today.plusDays(2);
            while (date.getDayOfWeek() != day) {
                date = date.plusDays(1);
            }
            date = date.plusWeeks(random.nextInt(2));
            candidates.computeIfAbsent(permit[0], e -> new ArrayList<>())
                    .add(new Candidate(permit[1], permit[2], round[1], date));
        }
    }

    /** Kiosk ids and establishments, the data set's first, then more in the largest houses up to {@code size}. */
    private static List<String[]> fleet(List<NationalDataSet.Site> sites, int size) {
        List<String[]> fleet = new ArrayList<>();
        for (NationalDataSet.Site site : sites) {
            for (String kiosk : site.kiosks()) {
                fleet.add(new String[] {kiosk, site.id()});
            }
        }
        java.util.Collections.shuffle(fleet, new Random(600));
        int extra = 0;
        while (fleet.size() < size) {
            NationalDataSet.Site site = sites.get(extra % sites.size());
            fleet.add(new String[] {site.id() + "-x" + (extra / sites.size() + 1), site.id()});
            extra++;
        }
        return fleet.subList(0, Math.max(size, 0));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }

    private static List<Integer> ints(String list) {
        return java.util.Arrays.stream(list.split(",")).map(String::trim).map(Integer::parseInt).toList();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
