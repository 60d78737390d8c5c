package fr.borne.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * B10 through a power cut: the replica lives on LazyFS, a child JVM streams bookings, is
 * killed with SIGKILL, and LazyFS then drops every write that was not fsynced, as losing
 * power drops the page cache. Every booking reported committed must still be there, whole,
 * with its outbox row. Needs FUSE and LazyFS built by {@code scripts/build-lazyfs.sh};
 * skipped, saying so, without them ({@link DiskFlushTest} runs everywhere).
 */
class PowerLossTest {

    @TempDir
    Path dir;

    @Test
    void B10_every_booking_reported_before_a_power_cut_is_there_with_its_outbox_row() throws Exception {
        Optional<Path> lazyFs = LazyFs.installed();
        assumeTrue(lazyFs.isPresent(), "LazyFS not built (scripts/build-lazyfs.sh) or no /dev/fuse");
        try (LazyFs disk = LazyFs.mount(lazyFs.get(), dir)) {
            Path file = disk.mount().resolve("replica.db");
            KilledStream.prepare(file);
            List<UUID> reported = KilledStream.writeAndKill(file);
            disk.loseUnsyncedWrites();
            KilledStream.assertSurvived(file, reported);
        }
    }
}
