package fr.borne.store;

import fr.borne.booking.Availability;
import fr.borne.booking.Booking;
import fr.borne.booking.BookingRequest;
import fr.borne.booking.BookingResult;
import fr.borne.booking.Channel;
import fr.borne.booking.HoldResult;
import fr.borne.booking.SeatHold;
import fr.borne.demo.LargeEstablishment;
import fr.borne.demo.Timetables;
import fr.borne.testsupport.Folders;
import fr.borne.visitor.BadgeLookup;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.util.Statistics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The store on a large establishment ({@link LargeEstablishment}) beside the disk's floor:
 * a single-row commit in WAL mode with {@code synchronous=FULL} on a file in the same
 * directory, then holding a seat, confirming a booking and cancelling it (each one
 * {@code synchronous=FULL} commit), availability over the booking horizon and finding a
 * visitor by badge. Sample time gives the median and the p99; {@link #main} prints them
 * with each write's ratio to the floor, all from one run.
 * Run: {@code mvn -q -pl booking-core test-compile exec:exec@bench}
 *
 * <p>Warm-up is 20 s: after 6 s the JIT compiler was still compiling the connection pool's and
 * the driver's code, its thread taking one of the two cores, and the reads' p99 was three times
 * what it is once a kiosk has run for a minute.
 *
 * <p>Each cycle books visitor 0 and detainee 0 (left free by the generator) and, outside the
 * measured time, deletes what it made, so the visitor's history stays what the generator
 * gave rather than growing by thousands of cancelled bookings over the run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
public class StoreBenchmark {

    private Path dir;
    private Database database;
    private Connection floor;
    private SqliteBookingService service;
    private SqliteVisitorDirectory directory;
    private BookingRequest request;
    private int nextBadge;

    @Setup(Level.Trial)
    public void load() throws IOException, SQLException {
        Clock clock = Clock.system(ZoneId.of("Europe/Paris"));
        dir = Files.createTempDirectory("borne-bench");
        database = Database.open(dir.resolve("large.db"));
        LargeEstablishment.load(database, clock);
        service = new SqliteBookingService(database, LargeEstablishment.ID, clock);
        directory = new SqliteVisitorDirectory(database, LargeEstablishment.ID, clock);
        LocalDate date = LocalDate.now(clock).plusDays(3);
        while (date.getDayOfWeek().compareTo(DayOfWeek.WEDNESDAY) < 0 || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
            date = date.plusDays(1);
        }
        String visitor = LargeEstablishment.visitorId(0);
        request = new BookingRequest(visitor, LargeEstablishment.detaineeId(0),
                Timetables.roundId(LargeEstablishment.ID, date.getDayOfWeek(), "14:15"), date, List.of(visitor),
                false, Channel.KIOSK);
        floor = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("floor.db"));
        try (Statement statement = floor.createStatement()) {
            statement.execute("PRAGMA journal_mode = WAL");
            statement.execute("PRAGMA synchronous = FULL");
            statement.execute("CREATE TABLE counter (id INTEGER PRIMARY KEY, n INTEGER NOT NULL)");
            statement.execute("INSERT INTO counter VALUES (1, 0)");
        }
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException, SQLException {
        floor.close();
        database.close();
        Folders.deleteTree(dir);
    }

    private SeatHold hold() {
        HoldResult result = service.hold(request.bookedBy(), request.detaineeId(), request.roundId(), request.date());
        if (!(result instanceof HoldResult.Held held)) {
            throw new IllegalStateException("benchmark hold refused: " + result);
        }
        return held.hold();
    }

    private Booking confirm(SeatHold hold) {
        BookingResult result = service.confirm(hold.id(), request);
        if (!(result instanceof BookingResult.Done done)) {
            throw new IllegalStateException("benchmark booking refused: " + result);
        }
        return done.booking();
    }

    private Booking cancel(Booking booking) {
        BookingResult result = service.cancel(booking.id(), booking.bookedBy());
        if (!(result instanceof BookingResult.Done done)) {
            throw new IllegalStateException("benchmark cancellation refused: " + result);
        }
        return done.booking();
    }

    /** Removes a cycle's booking and outbox rows, as if it had never been made. */
    private void forget(UUID bookingId) {
        database.write(connection -> {
            Sql.update(connection, "DELETE FROM outbox WHERE booking_id = ?", bookingId);
            return Sql.update(connection, "DELETE FROM booking WHERE id = ?", bookingId);
        });
    }

    /** Before a hold: nothing. After it: the hold given back. */
    @State(Scope.Thread)
    public static class Holding {
        SeatHold hold;

        @TearDown(Level.Invocation)
        public void release(StoreBenchmark bench) {
            bench.service.release(hold.id());
        }
    }

    /** Before a confirmation: a seat held. After it: the booking cancelled and forgotten. */
    @State(Scope.Thread)
    public static class Confirming {
        SeatHold hold;
        Booking booked;

        @Setup(Level.Invocation)
        public void hold(StoreBenchmark bench) {
            hold = bench.hold();
        }

        @TearDown(Level.Invocation)
        public void cancel(StoreBenchmark bench) {
            bench.cancel(booked);
            bench.forget(booked.id());
        }
    }

    /** Before a cancellation: a booking made. After it: the booking forgotten. */
    @State(Scope.Thread)
    public static class Cancelling {
        Booking booked;

        @Setup(Level.Invocation)
        public void book(StoreBenchmark bench) {
            booked = bench.confirm(bench.hold());
        }

        @TearDown(Level.Invocation)
        public void forget(StoreBenchmark bench) {
            bench.forget(booked.id());
        }
    }

    /** The floor: one row changed in one {@code BEGIN IMMEDIATE} transaction, WAL, {@code synchronous=FULL}. */
    @Benchmark
    public int floorSingleRowCommit() throws SQLException {
        try (Statement statement = floor.createStatement()) {
            statement.execute("BEGIN IMMEDIATE");
            int changed = statement.executeUpdate("UPDATE counter SET n = n + 1 WHERE id = 1");
            statement.execute("COMMIT");
            return changed;
        }
    }

    @Benchmark
    public SeatHold holdASeat(Holding holding) {
        holding.hold = hold();
        return holding.hold;
    }

    @Benchmark
    public Booking confirmOneBooking(Confirming confirming) {
        confirming.booked = confirm(confirming.hold);
        return confirming.booked;
    }

    @Benchmark
    public Booking cancelOneBooking(Cancelling cancelling) {
        return cancel(cancelling.booked);
    }

    @Benchmark
    public Availability availabilityOverFifteenDays() {
        return service.availability(request.bookedBy(), request.detaineeId());
    }

    @Benchmark
    public BadgeLookup findVisitorByBadge() {
        do {
            nextBadge = (nextBadge + 7_919) % LargeEstablishment.VISITORS;
        } while (nextBadge % 100 == 99); // revoked badges are logged: keep the log out of the timing
        return directory.identify(LargeEstablishment.badgeCode(nextBadge));
    }

    /** Runs every benchmark above, then prints medians, p99 and each write's ratios to the floor. */
    public static void main(String[] args) throws RunnerException {
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include(StoreBenchmark.class.getName() + "\\.")
                .build()).run();
        Map<String, Statistics> byName = new LinkedHashMap<>();
        for (RunResult result : results) {
            String label = result.getParams().getBenchmark();
            byName.put(label.substring(label.lastIndexOf('.') + 1), result.getPrimaryResult().getStatistics());
        }
        Statistics floor = byName.get("floorSingleRowCommit");
        System.out.printf("%n%-28s %10s %10s %14s %14s%n", "benchmark", "median ms", "p99 ms", "median/floor",
                "p99/floor");
        byName.forEach((name, stats) -> System.out.printf("%-28s %10.3f %10.3f %14.1f %14.1f%n", name,
                stats.getPercentile(50), stats.getPercentile(99),
                stats.getPercentile(50) / floor.getPercentile(50), stats.getPercentile(99) / floor.getPercentile(99)));
    }
}
