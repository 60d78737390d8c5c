package fr.borne.store;

import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import dev.failsafe.RetryPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The local SQLite file the kiosk app and the sync agent share. WAL lets readers work
 * while one process writes; {@code synchronous=FULL} makes a committed booking survive a
 * power cut. Every write starts with {@code BEGIN IMMEDIATE}, so it takes the write lock
 * before reading anything it decides on, and is retried whole when the other process
 * holds the lock for longer than the busy timeout.
 *
 * <p>Thread-safe: each call borrows its own connection. Not re-entrant: work must not call
 * {@code write} again on the same database, which would wait for its own lock.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final int BUSY_TIMEOUT_MILLIS = 5_000;
    private static final int POOL_SIZE = 4;

    private final Path file;
    private final ConnectionPool pool;
    private final RetryPolicy<Object> retryWhenBusy;
    private final Checkpointer checkpointer;

    private Database(Path file, ConnectionPool pool) {
        this.file = file;
        this.pool = pool;
        this.checkpointer = new Checkpointer(pool, file);
        this.retryWhenBusy = RetryPolicy.builder()
                .handleIf(Database::isBusy)
                .withBackoff(Duration.ofMillis(5), Duration.ofMillis(500))
                .withJitter(0.3)
                .withMaxRetries(20)
                .onRetry(event -> LOG.debug("database busy, retrying the whole transaction (attempt {})",
                        event.getAttemptCount()))
                .build();
    }

    /** Opens (creating it with mode 0600 if needed) and migrates the database file. */
    public static Database open(Path file) {
        Objects.requireNonNull(file, "file");
        try {
            OwnerOnlyFiles.createIfAbsent(file);
            SQLiteConfig config = connectionConfig();
            String url = "jdbc:sqlite:" + file.toAbsolutePath();
            ConnectionPool pool = new ConnectionPool(url, config, POOL_SIZE);
            Database database = new Database(file, pool);
            // The first connection switches the file to WAL, which creates the side files.
            database.read(connection -> null);
            SQLiteDataSource dataSource = new SQLiteDataSource(config);
            dataSource.setUrl(url);
            Migrations.migrate(file, dataSource);
            database.restrictSideFiles();
            return database;
        } catch (IOException e) {
            throw new StoreException("cannot open the database file " + file, e);
        }
    }

    private static SQLiteConfig connectionConfig() {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        config.enforceForeignKeys(true);
        // Checkpoints run off the commit path (Checkpointer); the log is cut back to this after one.
        config.setPragma(SQLiteConfig.Pragma.WAL_AUTOCHECKPOINT, "0");
        config.setPragma(SQLiteConfig.Pragma.JOURNAL_SIZE_LIMIT, String.valueOf(Checkpointer.LOG_BYTES / 2));
        return config;
    }

    public Path file() {
        return file;
    }

    /** Runs {@code work} in one write transaction and commits it. */
    public <T> T write(SqlWork<T> work) {
        return write(work, result -> true);
    }

    /**
     * Runs {@code work} in one {@code BEGIN IMMEDIATE} transaction, commits it if
     * {@code commitIf} accepts the result and rolls it back otherwise (a refusal leaves no
     * row behind). Busy or locked databases make the whole transaction run again.
     */
    public <T> T write(SqlWork<T> work, Predicate<? super T> commitIf) {
        return withRetry(() -> inTransaction("BEGIN IMMEDIATE", work, commitIf, Durability.FULL));
    }

    /**
     * A write whose loss in a power cut is made good by fetching it again — a page of the
     * central server's feed with its cursor, an outbox row marked sent (resent under its
     * idempotency key) — committed without waiting for the disk ({@code synchronous=NORMAL}:
     * in WAL mode it stays consistent, and the next full commit makes it durable). Never for
     * what exists only here: bookings, seats given back, audit entries.
     */
    public <T> T writeRecoverable(SqlWork<T> work) {
        return withRetry(() -> inTransaction("BEGIN IMMEDIATE", work, result -> true, Durability.RECOVERABLE));
    }

    /** Runs {@code work} in one read transaction: every query sees the same snapshot. */
    public <T> T read(SqlWork<T> work) {
        return withRetry(() -> inTransaction("BEGIN DEFERRED", work, result -> false, Durability.FULL));
    }

    private <T> T withRetry(dev.failsafe.function.CheckedSupplier<T> attempt) {
        try {
            return Failsafe.with(retryWhenBusy).get(attempt);
        } catch (FailsafeException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new StoreException("database operation failed on " + file.getFileName() + ": " + cause, cause);
        }
    }

    private enum Durability {
        FULL, RECOVERABLE
    }

    private <T> T inTransaction(String begin, SqlWork<T> work, Predicate<? super T> commitIf, Durability durability)
            throws SQLException {
        Connection connection = pool.borrow();
        boolean relaxed = durability == Durability.RECOVERABLE;
        try {
            if (relaxed) {
                execute(connection, "PRAGMA synchronous = NORMAL");
            }
            execute(connection, begin);
        } catch (SQLException notStarted) {
            endUse(connection, relaxed, true);
            throw notStarted;
        }
        boolean ended = false;
        try {
            T result = work.run(connection);
            boolean commit = commitIf.test(result);
            execute(connection, commit ? "COMMIT" : "ROLLBACK");
            ended = true;
            if (commit) {
                checkpointer.committed();
            }
            return result;
        } finally {
            endUse(connection, relaxed, ended || rolledBack(connection));
        }
    }

    /** Gives the connection back as every other write expects it (synchronous=FULL), or drops it. */
    private void endUse(Connection connection, boolean relaxed, boolean reusable) {
        if (reusable && relaxed) {
            try {
                execute(connection, "PRAGMA synchronous = FULL");
            } catch (SQLException e) {
                LOG.warn("could not restore synchronous=FULL, dropping the connection: {}", e.toString());
                reusable = false;
            }
        }
        if (reusable) {
            pool.giveBack(connection);
        } else {
            pool.discard(connection);
        }
    }

    private static boolean rolledBack(Connection connection) {
        try {
            execute(connection, "ROLLBACK");
            return true;
        } catch (SQLException e) {
            LOG.warn("rollback failed, dropping the connection: {}", e.toString());
            return false;
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private void restrictSideFiles() {
        OwnerOnlyFiles.restrict(file);
        OwnerOnlyFiles.restrict(file.resolveSibling(file.getFileName() + "-wal"));
        OwnerOnlyFiles.restrict(file.resolveSibling(file.getFileName() + "-shm"));
    }

    /** SQLITE_BUSY, SQLITE_LOCKED and their extended codes (BUSY_SNAPSHOT, BUSY_TIMEOUT…), anywhere in the causes. */
    static boolean isBusy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException sqlite) {
                int primary = sqlite.getResultCode().code & 0xFF;
                if (primary == SQLiteErrorCode.SQLITE_BUSY.code || primary == SQLiteErrorCode.SQLITE_LOCKED.code) {
                    return true;
                }
            } else if (t instanceof SQLException sql && sql.getMessage() != null
                    && (sql.getMessage().contains("SQLITE_BUSY") || sql.getMessage().contains("SQLITE_LOCKED"))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        pool.close();
    }
}
