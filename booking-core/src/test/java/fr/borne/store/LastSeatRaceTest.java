package fr.borne.store;

import fr.borne.booking.BookingResult;
import fr.borne.booking.Reason;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** B5: two bookers race for the last seat of a round; exactly one wins, the other is told it is full. */
class LastSeatRaceTest {

    @TempDir
    Path dir;

    @RepeatedTest(3)
    void B5_two_connections_racing_for_the_last_seat_make_exactly_one_booking() throws Exception {
        Path file = dir.resolve("replica.db");
        try (Database first = Database.open(file); Database second = Database.open(file)) {
            TestReplica.load(first, 1, 2);
            List<SqliteBookingService> services = List.of(
                    new SqliteBookingService(first, TestReplica.ESTABLISHMENT, TestReplica.clock()),
                    new SqliteBookingService(second, TestReplica.ESTABLISHMENT, TestReplica.clock()));
            CyclicBarrier start = new CyclicBarrier(2);
            ExecutorService executor = Executors.newFixedThreadPool(2);
            List<Future<BookingResult>> results = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                int family = i;
                results.add(executor.submit(() -> {
                    start.await();
                    return services.get(family).confirm(null, TestReplica.request(family));
                }));
            }
            List<BookingResult> outcomes = new ArrayList<>();
            for (Future<BookingResult> result : results) {
                outcomes.add(result.get(30, TimeUnit.SECONDS));
            }
            executor.shutdown();

            assertThat(outcomes).filteredOn(BookingResult.Done.class::isInstance).hasSize(1);
            assertThat(outcomes).filteredOn(BookingResult.Refused.class::isInstance).singleElement()
                    .satisfies(r -> assertThat(((BookingResult.Refused) r).decision().reasons()).containsExactly(Reason.FULL));
            assertThat(TestReplica.count(first, "booking")).isEqualTo(1);
            assertThat(TestReplica.count(first, "outbox")).isEqualTo(1);
        }
    }

    @Test
    void B5_two_processes_racing_for_the_last_seat_make_exactly_one_booking() throws Exception {
        Path file = dir.resolve("replica.db");
        try (Database database = Database.open(file)) {
            TestReplica.load(database, 1, 2);
        }
        Path go = dir.resolve("go");
        ChildJvm one = ChildJvm.start("race", file.toString(), "0", go.toString());
        ChildJvm two = ChildJvm.start("race", file.toString(), "1", go.toString());
        assertThat(one.readLine()).isEqualTo("READY");
        assertThat(two.readLine()).isEqualTo("READY");
        Files.createFile(go);
        List<String> outcomes = List.of(one.readLine(), two.readLine());
        assertThat(one.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(two.process().waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(outcomes).filteredOn(line -> line.startsWith("COMMITTED ")).hasSize(1);
        assertThat(outcomes).filteredOn(line -> line.startsWith("REFUSED ")).containsExactly("REFUSED [FULL]");
        try (Database database = Database.open(file)) {
            assertThat(TestReplica.count(database, "booking")).isEqualTo(1);
        }
    }
}
