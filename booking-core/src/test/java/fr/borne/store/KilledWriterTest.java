package fr.borne.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/**
 * B10: a process killed with SIGKILL in a stream of bookings loses none it reported
 * committed. The page cache survives a SIGKILL, so this alone would pass without a single
 * fsync: {@link PowerLossTest} and {@link DiskFlushTest} cover the power cut.
 */
class KilledWriterTest {

    @TempDir
    Path dir;

    @Test
    void B10_every_booking_reported_before_a_SIGKILL_is_there_with_its_outbox_row() throws Exception {
        Path file = dir.resolve("replica.db");
        KilledStream.prepare(file);
        List<UUID> reported = KilledStream.writeAndKill(file);
        KilledStream.assertSurvived(file, reported);
    }
}
