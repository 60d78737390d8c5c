package fr.borne.store;

import fr.borne.booking.BookingResult;
import fr.borne.store.FlushWorker.Operation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How often each kind of write waits for the disk, counted by the kernel rather than
 * believed: a child JVM does {@value #COUNT} of one operation under {@code strace -f -c},
 * which counts its {@code fsync} and {@code fdatasync} calls. A power cut keeps only what
 * was flushed, and SIGKILL tests cannot tell (the page cache survives them), so a booking
 * or a cancellation that did not flush would pass every other test. Recoverable writes (a
 * feed page, a sent mark) must not wait, and a booking, a hold or a cancellation waits
 * exactly once: one commit, no second transaction. Counts are beyond the same child doing nothing.
 */
class DiskFlushTest {

    private static final int COUNT = 20;
    private static final Path STRACE = Path.of("/usr/bin/strace");

    @TempDir
    Path dir;

    record FlushCount(Operation operation, int done, int syncCalls) {
        double perOperation(FlushCount baseline) {
            return (syncCalls - baseline.syncCalls) / (double) done;
        }
    }

    @Test
    void bookings_holds_and_cancellations_wait_for_the_disk_once_and_feed_pages_and_sent_marks_do_not() throws Exception {
        assertThat(STRACE).as("strace, installed by scripts/install-deps.sh").isExecutable();
        Map<Operation, FlushCount> counts = new EnumMap<>(Operation.class);
        for (Operation operation : Operation.values()) {
            counts.put(operation, count(operation));
        }
        FlushCount baseline = counts.get(Operation.NONE);
        System.out.printf("%-10s %6s %12s %10s%n", "operation", "done", "sync calls", "per op");
        counts.values().forEach(c -> System.out.printf("%-10s %6d %12d %10.2f%n", c.operation(), c.done(),
                c.syncCalls() - baseline.syncCalls(), c.perOperation(baseline)));

        for (Operation operation : List.of(Operation.BOOKING, Operation.HOLD, Operation.CANCEL, Operation.FEED_PAGE,
                Operation.SENT_MARK)) {
            assertThat(counts.get(operation).done()).as("%s done", operation).isEqualTo(COUNT);
        }
        assertThat(counts.get(Operation.BOOKING).perOperation(baseline))
                .as("fsync/fdatasync calls per booking: on the disk, and in one flush").isEqualTo(1.0);
        assertThat(counts.get(Operation.HOLD).perOperation(baseline))
                .as("fsync/fdatasync calls per seat hold").isEqualTo(1.0);
        assertThat(counts.get(Operation.CANCEL).perOperation(baseline))
                .as("fsync/fdatasync calls per cancellation").isEqualTo(1.0);
        assertThat(counts.get(Operation.FEED_PAGE).perOperation(baseline))
                .as("fsync/fdatasync calls per feed page: fetched again after a power cut").isZero();
        assertThat(counts.get(Operation.SENT_MARK).perOperation(baseline))
                .as("fsync/fdatasync calls per sent mark: resent under its key after a power cut").isZero();
    }

    private FlushCount count(Operation operation) throws IOException, InterruptedException {
        Path file = dir.resolve(operation + ".db");
        try (Database database = Database.open(file)) {
            TestReplica.load(database, COUNT, COUNT);
            if (operation == Operation.CANCEL || operation == Operation.SENT_MARK) {
                SqliteBookingService service = new SqliteBookingService(database, TestReplica.ESTABLISHMENT,
                        TestReplica.clock());
                for (int i = 0; i < COUNT; i++) {
                    assertThat(service.confirm(null, TestReplica.request(i))).isInstanceOf(BookingResult.Done.class);
                }
            }
        }
        Path report = dir.resolve(operation + ".strace");
        ChildJvm child = ChildJvm.start(List.of(STRACE.toString(), "-f", "--seccomp-bpf", "-c", "-o", report.toString(),
                "-e", "trace=fsync,fdatasync"), FlushWorker.class, operation.name(), file.toString(),
                String.valueOf(COUNT));
        String line = child.readLine();
        assertThat(child.process().waitFor(120, TimeUnit.SECONDS)).as("%s worker finished", operation).isTrue();
        assertThat(line).as("%s worker's report", operation).startsWith("DONE ");
        return new FlushCount(operation, Integer.parseInt(line.substring("DONE ".length())), syncCalls(report));
    }

    /** The calls column of {@code strace -c}'s fsync and fdatasync rows (absent when none was made). */
    private static int syncCalls(Path report) throws IOException {
        int calls = 0;
        for (String row : Files.readAllLines(report)) {
            String[] columns = row.trim().split("\\s+");
            String syscall = columns[columns.length - 1];
            if (syscall.equals("fsync") || syscall.equals("fdatasync")) {
                // % time, seconds, usecs/call, calls, [errors,] syscall
                calls += Integer.parseInt(columns[3]);
            }
        }
        return calls;
    }
}
