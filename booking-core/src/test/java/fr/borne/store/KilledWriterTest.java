package fr.borne.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** B10: a process killed with SIGKILL in a stream of bookings loses none it reported committed. */
class KilledWriterTest {

    private static final int FAMILIES = 400;
    private static final int COMMITS_BEFORE_KILL = 25;

    @TempDir
    Path dir;

    @Test
    void B10_every_booking_reported_before_a_SIGKILL_is_there_with_its_outbox_row() throws Exception {
        Path file = dir.resolve("replica.db");
        try (Database database = Database.open(file)) {
            TestReplica.load(database, FAMILIES, FAMILIES);
        }
        ChildJvm writer = ChildJvm.start("stream", file.toString(), String.valueOf(FAMILIES));
        List<UUID> reported = new ArrayList<>();
        String line;
        while (reported.size() < COMMITS_BEFORE_KILL && (line = writer.readLine()) != null) {
            assertThat(line).startsWith("COMMITTED ");
            reported.add(UUID.fromString(line.substring("COMMITTED ".length())));
        }
        // Lines printed after the last one read are lost with the pipe: those were never reported.
        writer.process().destroyForcibly();
        assertThat(writer.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(writer.process().exitValue()).as("killed by SIGKILL, not finished").isEqualTo(137);

        try (Database reopened = Database.open(file)) {
            String integrity = reopened.read(c -> Sql.one(c, "PRAGMA integrity_check", row -> row.getString(1)).orElseThrow());
            assertThat(integrity).isEqualTo("ok");
            List<UUID> stored = reopened.read(c -> Sql.list(c,
                    "SELECT b.id FROM booking b JOIN outbox o ON o.booking_id = b.id AND o.kind = 'CREATE'"
                            + " WHERE b.status = 'CONFIRMED'",
                    row -> UUID.fromString(row.getString(1))));
            assertThat(stored).containsAll(reported).hasSizeGreaterThanOrEqualTo(COMMITS_BEFORE_KILL);
            int orphans = reopened.read(c -> Sql.count(c,
                    "SELECT count(*) FROM booking b WHERE NOT EXISTS (SELECT 1 FROM booking_visitor v WHERE v.booking_id = b.id)"
                            + " OR NOT EXISTS (SELECT 1 FROM outbox o WHERE o.booking_id = b.id)"));
            assertThat(orphans).as("bookings without visitors or outbox row").isZero();
        }
    }
}
