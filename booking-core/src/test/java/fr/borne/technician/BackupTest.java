package fr.borne.technician;

import fr.borne.store.Database;
import fr.borne.store.Sql;
import fr.borne.testsupport.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class BackupTest {

    @TempDir
    Path dir;
    private final Clock clock = TestClock.at(Instant.parse("2026-12-01T08:00:00Z"));

    @Test
    void aBackupTakenWhileAnotherConnectionWritesIsCompleteAndPrivate() throws Exception {
        Path live = dir.resolve("borne.db");
        Path copy = dir.resolve("backup.db");
        try (Database database = Database.open(live); Database writerSide = Database.open(live)) {
            for (int i = 0; i < 200; i++) {
                int n = i;
                database.write(c -> Sql.update(c, "INSERT INTO settings_override (scope, scope_id, key, value) "
                        + "VALUES ('ESTABLISHMENT', 'e', ?, 'v')", "before-" + n));
            }
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger written = new AtomicInteger();
            CountDownLatch writing = new CountDownLatch(10);
            ExecutorService executor = Executors.newSingleThreadExecutor();
            Future<?> writer = executor.submit(() -> {
                while (!stop.get()) {
                    int n = written.incrementAndGet();
                    writerSide.write(c -> Sql.update(c, "INSERT INTO settings_override (scope, scope_id, key, value) "
                            + "VALUES ('ESTABLISHMENT', 'e', ?, 'v')", "during-" + n));
                    writing.countDown();
                }
            });
            assertThat(writing.await(30, TimeUnit.SECONDS)).isTrue();

            FileResult result = new Backup(database, clock).copyTo(copy, "T-017");

            stop.set(true);
            writer.get(30, TimeUnit.SECONDS); // rethrows if any write failed while the backup ran
            executor.shutdown();
            assertThat(result).isInstanceOf(FileResult.Written.class);
            assertThat(Files.getPosixFilePermissions(copy)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            try (Database restored = Database.open(copy)) {
                assertThat(new StoreHealth(restored).integrityCheck()).isEqualTo("ok");
                int before = restored.read(c -> Sql.count(c,
                        "SELECT count(*) FROM settings_override WHERE key LIKE 'before-%'"));
                int during = restored.read(c -> Sql.count(c,
                        "SELECT count(*) FROM settings_override WHERE key LIKE 'during-%'"));
                assertThat(before).isEqualTo(200);
                assertThat(during).isBetween(10, written.get());
            }
            assertThat(new AuditLog(database, clock).recent(1).get(0).action()).isEqualTo(TechnicianAction.BACKUP);
            assertThat(dir.toFile().list()).noneMatch(name -> name.endsWith(".part"));
        }
    }

    @Test
    void refusesToOverwriteAnExistingFileOrWriteIntoAMissingFolder() throws Exception {
        try (Database database = Database.open(dir.resolve("borne.db"))) {
            Path existing = Files.writeString(dir.resolve("old.db"), "previous backup");
            assertThat(new Backup(database, clock).copyTo(existing, "T-017")).isInstanceOf(FileResult.Failed.class);
            assertThat(Files.readString(existing)).isEqualTo("previous backup");
            FileResult missing = new Backup(database, clock).copyTo(dir.resolve("nowhere/b.db"), "T-017");
            assertThat(missing).isInstanceOf(FileResult.Failed.class);
            assertThat(((FileResult.Failed) missing).message()).contains("does not exist");
        }
    }
}
