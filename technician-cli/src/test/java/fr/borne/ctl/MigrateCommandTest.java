package fr.borne.ctl;

import fr.borne.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/** The package's upgrade step: migrate, or fail with a non-zero exit so that postinst restores its backup. */
class MigrateCommandTest {

    @TempDir
    Path dir;

    @Test
    void migrates_an_existing_database_and_says_to_which_schema() {
        Path file = dir.resolve("borne.db");
        Database.open(file).close();

        CtlRun.Result result = CtlRun.run(Clock.systemUTC(), "--db", file.toString(), "migrate");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("schema 420", "check ok");
    }

    @Test
    void a_database_that_cannot_be_migrated_fails_the_command() throws IOException {
        Path file = Files.writeString(dir.resolve("borne.db"), "not a database, a truncated copy");

        CtlRun.Result result = CtlRun.run(Clock.systemUTC(), "--db", file.toString(), "migrate");

        assertThat(result.exitCode()).isNotZero();
    }
}
