package fr.borne.demo;

import fr.borne.store.Database;
import fr.borne.store.Sql;
import fr.borne.store.SqliteVisitorDirectory;
import fr.borne.visitor.BadgeLookup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LargeEstablishmentTest {

    @TempDir
    Path dir;

    @Test
    void the_benchmark_establishment_has_its_announced_size() {
        Clock clock = Clock.fixed(Instant.parse("2026-12-01T08:00:00Z"), ZoneId.of("Europe/Paris"));
        try (Database database = Database.open(dir.resolve("large.db"))) {
            LargeEstablishment.load(database, clock);
            Map<String, Integer> counts = database.read(c -> Map.of(
                    "detainee", Sql.count(c, "SELECT count(*) FROM detainee"),
                    "visitor", Sql.count(c, "SELECT count(*) FROM visitor"),
                    "permit", Sql.count(c, "SELECT count(*) FROM permit"),
                    "badge", Sql.count(c, "SELECT count(*) FROM badge"),
                    "past bookings", Sql.count(c, "SELECT count(*) FROM booking WHERE date BETWEEN '2026-09-01' AND '2026-11-30'"),
                    "bookings of detainee 0", Sql.count(c, "SELECT count(*) FROM booking WHERE detainee_id = ?",
                            LargeEstablishment.detaineeId(0))));
            assertThat(counts).containsEntry("detainee", 4_000).containsEntry("visitor", 20_000)
                    .containsEntry("permit", 25_000).containsEntry("badge", 20_000)
                    .containsEntry("bookings of detainee 0", 0);
            assertThat(counts.get("past bookings")).isGreaterThan(8_000);
            assertThat(new SqliteVisitorDirectory(database, LargeEstablishment.ID, clock)
                    .identify(LargeEstablishment.badgeCode(1234))).isInstanceOf(BadgeLookup.Known.class);
        }
    }
}
