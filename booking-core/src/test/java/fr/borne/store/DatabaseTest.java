package fr.borne.store;

import fr.borne.testsupport.Eventually;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

class DatabaseTest {

    @TempDir
    Path dir;

    @Test
    void migrations_create_the_local_schema_on_a_fresh_file_and_run_once() {
        Path file = dir.resolve("replica.db");
        try (Database database = Database.open(file)) {
            List<String> tables = database.read(c -> Sql.list(c,
                    "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name", row -> row.getString(1)));
            assertThat(tables).contains("establishment", "round", "closure", "detainee", "visitor", "badge", "permit",
                    "booking", "booking_visitor", "seat_hold", "outbox", "settings_override", "flyway_schema_history");
            TestReplica.load(database, 5, 1);
        }
        try (Database reopened = Database.open(file)) {
            int applied = reopened.read(c -> Sql.count(c,
                    "SELECT count(*) FROM flyway_schema_history WHERE success = 1 AND version = '1'"));
            assertThat(applied).isEqualTo(1);
            assertThat(TestReplica.count(reopened, "detainee")).isEqualTo(1);
        }
    }

    @Test
    void a_use_from_a_thread_that_must_not_wait_is_reported_on_that_thread_and_other_threads_are_not()
            throws Exception {
        try (Database database = Database.open(dir.resolve("replica.db"))) {
            List<String> reported = new java.util.concurrent.CopyOnWriteArrayList<>();
            database.watchThreads(thread -> thread.getName().startsWith("screen"),
                    thread -> reported.add(thread.getName() + "/" + Thread.currentThread().getName()));
            Thread screen = new Thread(() -> {
                database.read(c -> Sql.count(c, "SELECT 1"));
                database.write(c -> Sql.count(c, "SELECT 1"));
                database.readOneStatement(c -> Sql.count(c, "SELECT 1"));
            }, "screen-thread");
            screen.start();
            screen.join();
            database.read(c -> Sql.count(c, "SELECT 1"));
            database.writeRecoverable(c -> Sql.count(c, "SELECT 1"));

            assertThat(reported).containsExactly("screen-thread/screen-thread", "screen-thread/screen-thread",
                    "screen-thread/screen-thread");
        }
    }

    @Test
    void a_recoverable_write_skips_the_disk_wait_and_every_other_write_still_waits_for_it() {
        try (Database database = Database.open(dir.resolve("replica.db"))) {
            int during = database.writeRecoverable(c -> Sql.count(c, "PRAGMA synchronous"));
            List<Integer> afterwards = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                afterwards.add(database.write(c -> Sql.count(c, "PRAGMA synchronous")));
                afterwards.add(database.read(c -> Sql.count(c, "PRAGMA synchronous")));
            }

            assertThat(during).as("NORMAL").isEqualTo(1);
            assertThat(afterwards).as("FULL on every pooled connection").containsOnly(2);
        }
    }

    @Test
    void the_file_and_its_side_files_are_readable_by_their_owner_only() throws Exception {
        Path file = dir.resolve("replica.db");
        try (Database database = Database.open(file)) {
            TestReplica.load(database, 5, 1);
            for (String name : List.of("replica.db", "replica.db-wal", "replica.db-shm")) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(name))))
                        .as(name).isEqualTo("rw-------");
            }
        }
    }

    @Test
    void in_a_folder_shared_with_a_group_the_group_may_read_and_write_them_and_others_nothing() throws Exception {
        Path shared = Files.createDirectory(dir.resolve("shared"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxrwx---")));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwx---"));
        try (Database database = Database.open(shared.resolve("replica.db"))) {
            TestReplica.load(database, 5, 1);
            for (String name : List.of("replica.db", "replica.db-wal", "replica.db-shm")) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(shared.resolve(name))))
                        .as(name).isEqualTo("rw-rw----");
            }
        }
    }

    @Test
    void connections_use_wal_full_sync_a_busy_timeout_and_foreign_keys() {
        try (Database database = Database.open(dir.resolve("replica.db"))) {
            String journal = database.read(c -> Sql.one(c, "PRAGMA journal_mode", row -> row.getString(1)).orElseThrow());
            assertThat(journal).isEqualTo("wal");
            assertThat(pragma(database, "synchronous")).as("FULL").isEqualTo(2);
            assertThat(pragma(database, "busy_timeout")).isEqualTo(5000);
            assertThat(pragma(database, "foreign_keys")).isEqualTo(1);
        }
    }

    @Test
    void a_write_is_rolled_back_when_its_result_is_not_accepted_or_it_throws() {
        try (Database database = Database.open(dir.resolve("replica.db"))) {
            TestReplica.load(database, 5, 1);
            String refused = database.write(c -> {
                Sql.update(c, "DELETE FROM permit");
                return "refused";
            }, result -> !result.equals("refused"));
            assertThat(refused).isEqualTo("refused");
            Throwable thrown = catchThrowable(() -> database.write(c -> {
                Sql.update(c, "DELETE FROM permit");
                throw new IllegalStateException("bug");
            }));
            assertThat(thrown).isInstanceOf(IllegalStateException.class);
            assertThat(TestReplica.count(database, "permit")).isEqualTo(1);
        }
    }

    @Test
    void foreign_keys_reject_a_booking_of_an_unknown_detainee() {
        try (Database database = Database.open(dir.resolve("replica.db"))) {
            TestReplica.load(database, 5, 1);
            assertThatThrownBy(() -> database.write(c -> Sql.update(c, """
                    INSERT INTO booking (id, reference, booked_by, detainee_id, round_id, date, status, channel,
                        created_at, updated_at) VALUES ('x', 'ABCDEF', 'v0', 'nobody', ?, '2026-12-09', 'CONFIRMED',
                        'KIOSK', 0, 0)""", TestReplica.ROUND)))
                    .isInstanceOf(StoreException.class);
            assertThat(TestReplica.count(database, "booking")).isZero();
        }
    }

    @Test
    void a_lock_held_by_another_process_is_reported_busy_and_a_write_waits_for_it() throws Exception {
        Path file = dir.resolve("replica.db");
        try (Database database = Database.open(file);
             Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
             Connection impatient = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            TestReplica.load(database, 5, 1);
            execute(other, "BEGIN IMMEDIATE");
            execute(impatient, "PRAGMA busy_timeout = 0");
            SQLException busy = (SQLException) catchThrowable(() -> execute(impatient, "BEGIN IMMEDIATE"));
            assertThat(Database.isBusy(busy)).as(String.valueOf(busy)).isTrue();
            assertThat(Database.isBusy(new SQLException("no such table: nothing"))).isFalse();

            ExecutorService executor = Executors.newSingleThreadExecutor();
            AtomicReference<Thread> writer = new AtomicReference<>();
            AtomicBoolean released = new AtomicBoolean();
            Future<Boolean> write = executor.submit(() -> {
                writer.set(Thread.currentThread());
                // true when the work ran only after the other process let go of the lock
                return database.write(c -> Sql.update(c, "UPDATE visitor SET last_name = 'Changé'") == 1
                        && released.get());
            });
            Eventually.await("the write waiting in its transaction for the lock", () -> inTransaction(writer.get()));
            assertThat(write).isNotDone();
            released.set(true);
            execute(other, "COMMIT");
            assertThat(write.get(Eventually.CEILING.toSeconds(), TimeUnit.SECONDS)).isTrue();
            executor.shutdown();
        }
    }

    private static boolean inTransaction(Thread thread) {
        return thread != null && Arrays.stream(thread.getStackTrace()).anyMatch(frame ->
                frame.getClassName().equals(Database.class.getName()) && frame.getMethodName().equals("inTransaction"));
    }

    private static int pragma(Database database, String name) {
        return database.read(c -> Sql.count(c, "PRAGMA " + name));
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
