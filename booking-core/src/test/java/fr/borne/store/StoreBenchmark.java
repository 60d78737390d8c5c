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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The store on a large establishment ({@link LargeEstablishment}): availability over the
 * booking horizon, committing one booking with {@code synchronous=FULL}, and finding a
 * visitor by badge. Sample time gives the median and the p99.
 * Run: {@code mvn -q -pl booking-core test-compile exec:exec@bench}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class StoreBenchmark {

    private Path dir;
    private Database database;
    private SqliteBookingService service;
    private SqliteVisitorDirectory directory;
    private BookingRequest request;
    private int nextBadge;

    @Setup(Level.Trial)
    public void load() throws IOException {
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
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        database.close();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    /** A seat held before each commit and the booking cancelled after it, outside the measured time. */
    @State(Scope.Thread)
    public static class Commit {
        SeatHold hold;
        Booking booked;

        @Setup(Level.Invocation)
        public void hold(StoreBenchmark bench) {
            HoldResult result = bench.service.hold(bench.request.bookedBy(), bench.request.detaineeId(),
                    bench.request.roundId(), bench.request.date());
            if (!(result instanceof HoldResult.Held held)) {
                throw new IllegalStateException("benchmark hold refused: " + result);
            }
            hold = held.hold();
        }

        @TearDown(Level.Invocation)
        public void cancel(StoreBenchmark bench) {
            BookingResult result = bench.service.cancel(booked.id(), booked.bookedBy());
            if (!(result instanceof BookingResult.Done)) {
                throw new IllegalStateException("benchmark cancellation refused: " + result);
            }
        }
    }

    @Benchmark
    public Availability availabilityOverFifteenDays() {
        return service.availability(request.bookedBy(), request.detaineeId());
    }

    @Benchmark
    public Booking commitOneBooking(Commit commit) {
        BookingResult result = service.confirm(commit.hold.id(), request);
        if (!(result instanceof BookingResult.Done done)) {
            throw new IllegalStateException("benchmark booking refused: " + result);
        }
        commit.booked = done.booking();
        return commit.booked;
    }

    @Benchmark
    public BadgeLookup findVisitorByBadge() {
        do {
            nextBadge = (nextBadge + 7_919) % LargeEstablishment.VISITORS;
        } while (nextBadge % 100 == 99); // revoked badges are logged: keep the log out of the timing
        return directory.identify(LargeEstablishment.badgeCode(nextBadge));
    }
}
