package fr.borne.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stream of bookings written by {@link BookingWorker} in a child JVM, killed with SIGKILL
 * after it reported some, and what must hold of the file afterwards (B10): every booking
 * reported committed is there, whole, with its outbox row.
 */
final class KilledStream {

    static final int FAMILIES = 400;
    static final int COMMITS_BEFORE_KILL = 25;

    private KilledStream() {
    }

    static void prepare(Path file) {
        try (Database database = Database.open(file)) {
            TestReplica.load(database, FAMILIES, FAMILIES);
        }
    }

    /** The bookings the child reported committed before it was killed. */
    static List<UUID> writeAndKill(Path file) throws Exception {
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
        return reported;
    }

    static void assertSurvived(Path file, List<UUID> reported) {
        try (Database reopened = Database.open(file)) {
            String integrity = reopened.read(c -> Sql.one(c, "PRAGMA integrity_check", row -> row.getString(1)).orElseThrow());
            assertThat(integrity).isEqualTo("ok");
            List<UUID> stored = reopened.read(c -> Sql.list(c,
                    "SELECT b.id FROM booking b JOIN outbox o ON o.booking_id = b.id AND o.kind = 'CREATE'"
                            + " WHERE b.status = 'CONFIRMED'",
                    row -> UUID.fromString(row.getString(1))));
            assertThat(stored).as("bookings reported committed").containsAll(reported)
                    .hasSizeGreaterThanOrEqualTo(COMMITS_BEFORE_KILL);
            int orphans = reopened.read(c -> Sql.count(c,
                    "SELECT count(*) FROM booking b WHERE NOT EXISTS (SELECT 1 FROM booking_visitor v WHERE v.booking_id = b.id)"
                            + " OR NOT EXISTS (SELECT 1 FROM outbox o WHERE o.booking_id = b.id)"));
            assertThat(orphans).as("bookings without visitors or outbox row").isZero();
        }
    }
}
