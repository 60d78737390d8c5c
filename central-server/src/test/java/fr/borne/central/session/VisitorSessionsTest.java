package fr.borne.central.session;

import fr.borne.central.TestDatabases;
import fr.borne.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class VisitorSessionsTest {

    private static final Instant AT = Instant.parse("2026-12-02T09:00:00Z");

    @TempDir
    Path dir;

    private Database database;
    private final VisitorSessions sessions = new VisitorSessions(Duration.ofMinutes(5));

    @BeforeEach
    void open() {
        database = TestDatabases.central(dir.resolve("central.db"));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void B11_a_session_is_bound_to_its_kiosk_and_visitor_lasts_while_used_and_ends_at_the_next_badge() {
        String first = database.write(c -> sessions.open(c, "dijon-1", "v-1001", AT));

        assertThat(holds("dijon-1", first, "v-1001", AT.plusSeconds(240))).isTrue();
        assertThat(holds("dijon-1", first, "v-1001", AT.plusSeconds(240 + 299))).as("extended by its use").isTrue();
        assertThat(holds("dijon-1", first, "v-1007", AT.plusSeconds(600))).as("another visitor").isFalse();
        assertThat(holds("rouen-1", first, "v-1001", AT.plusSeconds(600))).as("another kiosk").isFalse();
        assertThat(holds("dijon-1", first, "v-1001", AT.plusSeconds(539 + 301))).as("idle too long").isFalse();

        String second = database.write(c -> sessions.open(c, "dijon-1", "v-1001", AT.plusSeconds(900)));
        String third = database.write(c -> sessions.open(c, "dijon-1", "v-1007", AT.plusSeconds(901)));
        assertThat(holds("dijon-1", second, "v-1001", AT.plusSeconds(902))).as("the next badge ends it").isFalse();
        assertThat(holds("dijon-1", third, "v-1007", AT.plusSeconds(902))).isTrue();

        database.write(c -> {
            sessions.close(c, "dijon-1");
            return null;
        });
        assertThat(holds("dijon-1", third, "v-1007", AT.plusSeconds(903))).as("closed with the kiosk's session")
                .isFalse();
    }

    private boolean holds(String kiosk, String session, String visitor, Instant now) {
        return database.write(c -> sessions.holds(c, kiosk, Optional.of(session), visitor, now));
    }
}
