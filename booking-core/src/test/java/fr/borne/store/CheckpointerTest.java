package fr.borne.store;

import fr.borne.testsupport.Eventually;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The write-ahead log still reaches the database file: SQLite's own automatic checkpoint is
 * off on the store's connections, so only {@link Checkpointer} can have copied these commits
 * into the main file. The main file is read alone (a copy without its log), which shows what
 * the last checkpoint wrote.
 */
class CheckpointerTest {

    @TempDir
    Path dir;

    @Test
    void a_few_commits_reach_the_database_file_once_nobody_writes() throws Exception {
        Path file = dir.resolve("replica.db");
        try (Database database = Database.open(file)) {
            write(database, Checkpointer.QUIET_COMMITS);
            assertThat(autoCheckpointPages(database)).as("SQLite's own checkpoint is off").isZero();
            Eventually.await("ten commits in the database file itself, after a quiet moment",
                    () -> rowsInMainFileAlone(file) == Checkpointer.QUIET_COMMITS);
        }
    }

    @Test
    void a_database_never_quiet_checkpoints_after_a_hundred_commits_on_the_committing_connection() throws Exception {
        Path file = dir.resolve("replica.db");
        try (Database database = Database.open(file)) {
            write(database, Checkpointer.COMMITS);
            // no waiting: the hundredth commit's own thread copied the log before it returned
            assertThat(rowsInMainFileAlone(file)).isGreaterThan(0);
        }
    }

    private static void write(Database database, int commits) {
        for (int i = 0; i < commits; i++) {
            String key = "checkpoint-test-" + UUID.randomUUID();
            database.write(c -> Sql.update(c, "INSERT INTO sync_status (key, value) VALUES (?, ?)", key, "x"));
        }
    }

    private static int autoCheckpointPages(Database database) {
        return database.read(c -> Sql.one(c, "PRAGMA wal_autocheckpoint", row -> row.getInt(1)).orElseThrow());
    }

    /** Rows of the test as the main file holds them without its write-ahead log; -1 while it cannot be read. */
    private int rowsInMainFileAlone(Path file) {
        Path copy = dir.resolve("main-alone-" + System.nanoTime() + ".db");
        try {
            Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
            try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + copy);
                 Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery(
                         "SELECT count(*) FROM sync_status WHERE key LIKE 'checkpoint-test-%'")) {
                return rows.next() ? rows.getInt(1) : 0;
            }
        } catch (java.io.IOException | SQLException e) {
            return -1;
        }
    }
}
