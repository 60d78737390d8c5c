package fr.borne.technician;

import fr.borne.demo.DemoBadge;
import fr.borne.demo.DemoBadges;
import fr.borne.demo.DemoData;
import fr.borne.store.Database;
import fr.borne.store.Sql;
import fr.borne.testsupport.TestClock;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

class DiagnosticsTest {

    private static final String TECHNICIAN_BADGE = "TECH-0001";

    @TempDir
    Path dir;
    private Database database;
    private final TestClock clock = TestClock.at(Instant.parse("2026-11-23T09:00:00Z"));

    @BeforeEach
    void seed() {
        database = Database.open(dir.resolve("borne.db"));
        DemoData.load(database, clock);
        new TechnicianAccounts(database, clock).enrol("tech-1", TECHNICIAN_BADGE, "4321", "test");
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theBundleHoldsNoVisitorOrDetaineeNameAndNoBadgeCode() throws IOException {
        List<String> names = database.read(c -> Sql.list(c, """
                SELECT first_name FROM visitor UNION SELECT last_name FROM visitor
                UNION SELECT first_name FROM detainee UNION SELECT last_name FROM detainee""", r -> r.getString(1)));
        List<String> codes = new ArrayList<>(DemoBadges.ALL.stream().map(DemoBadge::code).toList());
        codes.addAll(List.of(TECHNICIAN_BADGE, "R-001-1", "D-002-1", "R240101"));
        assertThat(names).hasSizeGreaterThan(50);

        // Logs that break the policy, and a reason typed with a name in it: all must be masked.
        Path logs = Files.createDirectories(dir.resolve("logs"));
        Files.writeString(logs.resolve("kiosk.log"), """
                10:00:01 INFO  booking 3f2b8c1e-9a4d-4e7b-8c2a-1d5e6f7a8b9c confirmed
                10:00:02 WARN  badge DEMO-0001 of Sophie Marchand refused
                10:00:03 WARN  scanned demo-0005 then r-001-1 for KÉVIN ROUSSEL (R240101), D-002-1
                10:00:04 INFO  technician TECH-0001 signed in; Céline Morel waits
                """);
        Files.writeString(logs.resolve("sync-agent.log"), "11:00 INFO pushed 3 changes for " + names.get(7) + "\n");
        Files.writeString(logs.resolve("other-app.log"), "not ours: Sophie Marchand DEMO-0001\n");
        new KioskState(database, clock).takeOutOfService("tech-demo", "Madame Marchand a signalé un écran cassé");
        database.write(c -> Sql.update(c, "INSERT INTO sync_status (key, value) VALUES ('last.error', ?)",
                "refused for Leroux, badge DEMO-0007"));

        Path bundle = dir.resolve("bundle.zip");
        FileResult result = new Diagnostics(database, clock).write(bundle, new DiagnosticsRequest(
                Map.of("borne-ctl", "0.1.0"), Map.of("printer", "PAPER_NEAR_END", "scanner", "CONNECTED"),
                LogSource.ownLogFiles(logs, 10)), "tech-demo");

        assertThat(result).isInstanceOf(FileResult.Written.class);
        Map<String, String> entries = unzip(bundle);
        assertThat(entries).containsOnlyKeys("summary.json", "logs/kiosk.log", "logs/sync-agent.log");
        String all = String.join("\n", entries.values());
        for (String name : names) {
            assertThat(Pattern.compile("(?iU)\\b" + Pattern.quote(name) + "\\b").matcher(all).find())
                    .as("name %s in the bundle", name).isFalse();
        }
        for (String code : codes) {
            assertThat(all.toUpperCase(Locale.ROOT)).as("badge code %s in the bundle", code).doesNotContain(code);
        }
        // Still useful: the facts and the scrubbed lines are there.
        String summary = entries.get("summary.json");
        assertThat(summary).contains("\"integrityCheck\" : \"ok\"", "\"visitor\" :", "PAPER_NEAR_END",
                "\"schema\" : \"" + highestMigration() + "\"", "\"outOfService\" : true");
        assertThat(entries.get("logs/kiosk.log"))
                .contains("booking 3f2b8c1e-9a4d-4e7b-8c2a-1d5e6f7a8b9c confirmed", "badge [badge] of [name] [name] refused");
        assertThat(Files.getPosixFilePermissions(bundle)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(new AuditLog(database, clock).recent(1).get(0).action()).isEqualTo(TechnicianAction.DIAGNOSTICS);
    }

    @Test
    void anExistingFileIsNotOverwritten() throws IOException {
        Path bundle = Files.writeString(dir.resolve("bundle.zip"), "keep me");
        FileResult result = new Diagnostics(database, clock).write(bundle,
                new DiagnosticsRequest(Map.of(), Map.of(), List.of()), "tech-demo");
        assertThat(result).isInstanceOf(FileResult.Failed.class);
        assertThat(((FileResult.Failed) result).message()).contains("already exists");
        assertThat(Files.readString(bundle)).isEqualTo("keep me");
    }

    /** The version of the newest migration a SQLite file takes (portable and SQLite's own), as Flyway writes it. */
    private static String highestMigration() throws IOException {
        Pattern name = Pattern.compile("V([0-9][0-9._]*)__[^$]+\\.(sql|class)"); // SQL and Java migrations
        List<MigrationVersion> versions = new java.util.ArrayList<>();
        for (String folder : List.of("db/migration", "db/dialect/sqlite/migration")) {
            try (Stream<Path> files = Files.list(Path.of(URI.create(
                    Database.class.getClassLoader().getResource(folder).toString())))) {
                files.map(file -> name.matcher(file.getFileName().toString()))
                        .filter(Matcher::matches)
                        .map(match -> MigrationVersion.fromVersion(match.group(1)))
                        .forEach(versions::add);
            }
        }
        return versions.stream().max(Comparator.naturalOrder()).map(MigrationVersion::getVersion)
                .orElseThrow(() -> new AssertionError("no migration for SQLite"));
    }

    private static Map<String, String> unzip(Path zip) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entriesIn = new ZipInputStream(in)) {
            for (ZipEntry e = entriesIn.getNextEntry(); e != null; e = entriesIn.getNextEntry()) {
                entries.put(e.getName(), new String(entriesIn.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
