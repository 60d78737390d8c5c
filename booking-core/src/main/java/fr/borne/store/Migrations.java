package fr.borne.store;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Brings the schema up to date with Flyway: the portable migrations under {@code db/migration}
 * (SQL both SQLite and PostgreSQL run) and each dialect's own under
 * {@code db/dialect/<vendor>/migration}, where the SQL must differ (types, identity columns,
 * {@code WITHOUT ROWID}); a version lives in one folder only, and a dialect folder holds a
 * version for each dialect. The
 * kiosk app and the sync agent may start at the same moment: a lock file beside the
 * database lets one of them migrate while the other waits, since Flyway takes no lock
 * of its own on SQLite.
 */
public final class Migrations {

    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);

    private Migrations() {
    }

    static void migrate(Path databaseFile, DataSource dataSource) throws IOException {
        Path lockFile = databaseFile.resolveSibling(databaseFile.getFileName() + "-migrate.lock");
        OwnerOnlyFiles.createIfAbsent(lockFile);
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
             FileLock ignored = lock(channel)) {
            migrate(dataSource, Dialect.SQLITE);
        }
    }

    /** On a server, Flyway's own lock (an advisory lock on PostgreSQL) keeps two instances from migrating at once. */
    static void migrate(DataSource dataSource, Dialect dialect) {
        MigrateResult result = Flyway.configure()
                .dataSource(dataSource)
                .locations(locations("migration", dialect))
                // an older version reinstalled over a replica a newer one migrated keeps working
                // (the package's downgrade); newer migrations must therefore only add
                .ignoreMigrationPatterns("*:future")
                .load()
                .migrate();
        if (result.migrationsExecuted > 0) {
            LOG.info("database schema migrated to version {}", result.targetSchemaVersion);
        }
    }

    /**
     * The portable folder {@code db/<folder>} and the dialect's {@code db/dialect/<vendor>/<folder>}:
     * where a module keeps the migrations of its tables.
     */
    public static String[] locations(String folder, Dialect dialect) {
        return new String[] {"classpath:db/" + folder, "classpath:db/dialect/" + dialect.vendor() + "/" + folder};
    }

    private static FileLock lock(FileChannel channel) throws IOException {
        // A second Database on the same file inside this JVM gets OverlappingFileLockException
        // instead of waiting: wait for it here.
        for (int attempt = 0; ; attempt++) {
            try {
                return channel.lock();
            } catch (OverlappingFileLockException held) {
                if (attempt >= 600) {
                    throw new IOException("migration lock still held after 30 s", held);
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while waiting for the migration lock", e);
                }
            }
        }
    }
}
