package fr.borne.store;

import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import dev.failsafe.RetryPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The local SQLite file the kiosk app and the sync agent share. WAL lets readers work
 * while one process writes; {@code synchronous=FULL} makes a committed booking survive a
 * power cut. Every write starts with {@code BEGIN IMMEDIATE}, so it takes the write lock
 * before reading anything it decides on, and is retried whole when the other process
 * holds the lock for longer than the busy timeout.
 *
 * <p>The same repositories also run on PostgreSQL ({@link #connect}, central at national
 * scale): there every write is a {@code SERIALIZABLE} transaction, retried whole on a
 * serialization failure or a deadlock, exactly as a busy SQLite file is retried. SERIALIZABLE
 * rather than row locks on the round-day because every rule is a read-decide-write over
 * several tables — capacity per round, but also the weekly quota per detainee, overlapping
 * rounds per visitor, escrow per kiosk, idempotency keys — and PostgreSQL then guarantees for
 * all of them, and for rules added later, what SQLite's single writer guarantees; locks on
 * one row would cover capacity only. Reads run at {@code REPEATABLE READ}: one snapshot.
 *
 * <p>Thread-safe: each call borrows its own connection. Not re-entrant: work must not call
 * {@code write} again on the same database, which would wait for its own lock.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final int BUSY_TIMEOUT_MILLIS = 5_000;
    private static final int POOL_SIZE = 4;

    /** PostgreSQL's serialization_failure and deadlock_detected: the whole transaction may run again. */
    private static final Set<String> RETRYABLE_STATES = Set.of("40001", "40P01");

    private final Optional<Path> file;
    private final String name;
    private final Dialect dialect;
    private final Connections pool;
    private final RetryPolicy<Object> retryWhenBusy;
    private final LongAdder retries = new LongAdder();
    /** SQLite only: the WAL checkpoint waits for quiet (PostgreSQL checkpoints by itself). */
    private final Optional<Checkpointer> checkpointer;
    private volatile ThreadWatch threadWatch = ThreadWatch.NONE;

    private Database(Optional<Path> file, String name, Dialect dialect, Connections pool) {
        this.file = file;
        this.name = name;
        this.dialect = dialect;
        this.pool = pool;
        this.checkpointer = pool instanceof ConnectionPool sqlite && file.isPresent()
                ? Optional.of(new Checkpointer(sqlite, file.get())) : Optional.empty();
        this.retryWhenBusy = RetryPolicy.builder()
                .handleIf(failure -> isBusy(failure) || isSerializationFailure(failure))
                // SQLite waits busy_timeout before failing, PostgreSQL fails a conflict at once: retry it sooner
                .withBackoff(dialect == Dialect.POSTGRESQL ? Duration.ofMillis(1) : Duration.ofMillis(5),
                        dialect == Dialect.POSTGRESQL ? Duration.ofMillis(50) : Duration.ofMillis(500))
                .withJitter(0.3)
                .withMaxRetries(dialect == Dialect.POSTGRESQL ? 50 : 20)
                .onRetry(event -> {
                    retries.increment();
                    LOG.debug("database busy, retrying the whole transaction (attempt {})", event.getAttemptCount());
                })
                .build();
    }

    /** Opens (creating it with mode 0600 if needed) and migrates the database file. */
    public static Database open(Path file) {
        Objects.requireNonNull(file, "file");
        try {
            OwnerOnlyFiles.createIfAbsent(file);
            ConnectionPool pool = new ConnectionPool("jdbc:sqlite:" + file.toAbsolutePath(), connectionConfig(),
                    POOL_SIZE);
            Database database = new Database(Optional.of(file), file.getFileName().toString(), Dialect.SQLITE, pool);
            // The first connection switches the file to WAL, which creates the side files.
            database.read(connection -> null);
            Migrations.migrate(file, pool.dataSource());
            database.restrictSideFiles();
            return database;
        } catch (IOException e) {
            throw new StoreException("cannot open the database file " + file, e);
        }
    }

    /**
     * A PostgreSQL database behind a connection pool the caller made (and this database
     * closes), migrated to the same schema as a SQLite file: the portable migrations under
     * {@code db/migration} and PostgreSQL's own under {@code db/dialect/postgresql/migration}.
     */
    public static Database connect(DataSource dataSource, String name) {
        Objects.requireNonNull(dataSource, "dataSource");
        Dialect dialect;
        try (Connection connection = dataSource.getConnection()) {
            dialect = Dialect.of(connection);
        } catch (SQLException e) {
            closeQuietly(dataSource);
            throw new StoreException("cannot reach the database " + name + ": " + e.getMessage(), e);
        }
        if (dialect != Dialect.POSTGRESQL) {
            closeQuietly(dataSource);
            throw new IllegalArgumentException("connect() is for PostgreSQL; a SQLite file is opened with open()");
        }
        Migrations.migrate(dataSource, dialect);
        return new Database(Optional.empty(), name, dialect, new PooledConnections(dataSource));
    }

    private static void closeQuietly(DataSource dataSource) {
        if (dataSource instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // closing a pool that never served is best effort
            }
        }
    }

    /** Transactions run again so far (busy SQLite file, PostgreSQL serialization failure or deadlock): for benchmarks. */
    public long retries() {
        return retries.sum();
    }

    /** Which SQL this database speaks. */
    public Dialect dialect() {
        return dialect;
    }

    /**
     * The pool's connections, for a migration of tables outside booking-core's schema
     * (central's own); autocommit is off on them.
     */
    public DataSource dataSource() {
        return pool.dataSource();
    }

    private static SQLiteConfig connectionConfig() {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        config.enforceForeignKeys(true);
        // Checkpoints wait for quiet (Checkpointer); the log is cut back to this after one.
        config.setPragma(SQLiteConfig.Pragma.WAL_AUTOCHECKPOINT, "0");
        config.setPragma(SQLiteConfig.Pragma.JOURNAL_SIZE_LIMIT, String.valueOf(Checkpointer.LOG_BYTES / 2));
        return config;
    }

    /** The SQLite file; a PostgreSQL database has none. */
    public Path file() {
        return file.orElseThrow(() -> new IllegalStateException(name + " is not a file database"));
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
        return write(List.of(), work, commitIf);
    }

    /**
     * A write that first passes {@code gates} (names such as a round and a day): on
     * PostgreSQL, writers naming the same gate run one after the other, each taking its
     * snapshot only once through, so bookings on one round queue instead of failing each other
     * under SERIALIZABLE and being retried (a gate is a session advisory lock, taken before the
     * transaction begins, in name order, and given back after it ends). SERIALIZABLE still
     * decides what is correct; gates only spare the retries. On SQLite, whose writers already
     * run one at a time, gates change nothing.
     */
    public <T> T write(Collection<String> gates, SqlWork<T> work, Predicate<? super T> commitIf) {
        List<String> ordered = gates.stream().distinct().sorted().toList();
        return withRetry(() -> inTransaction(Kind.WRITE, ordered, work, commitIf, Durability.FULL));
    }

    /**
     * A write whose loss in a power cut is made good by fetching it again — a page of the
     * central server's feed with its cursor, an outbox row marked sent (resent under its
     * idempotency key) — committed without waiting for the disk ({@code synchronous=NORMAL}:
     * in WAL mode it stays consistent, and the next full commit makes it durable). Never for
     * what exists only here: bookings, seats given back, audit entries.
     */
    public <T> T writeRecoverable(SqlWork<T> work) {
        return withRetry(() -> inTransaction(Kind.WRITE, List.of(), work, result -> true, Durability.RECOVERABLE));
    }

    /** Runs {@code work} in one read transaction: every query sees the same snapshot. */
    public <T> T read(SqlWork<T> work) {
        return withRetry(() -> inTransaction(Kind.READ, List.of(), work, result -> false, Durability.FULL));
    }

    /**
     * A read of one statement, which is its own snapshot: on PostgreSQL it runs outside any
     * explicit transaction, one round trip to the server instead of three (the transaction's
     * start with its isolation, the query, the commit) — for the reads central makes at every
     * call (who is calling, a page of the feed). {@code work} must issue a single statement.
     * On SQLite, in process, it is an ordinary {@link #read}.
     */
    public <T> T readOneStatement(SqlWork<T> work) {
        if (dialect != Dialect.POSTGRESQL) {
            return read(work);
        }
        return withRetry(() -> {
            try (Connection connection = pool.borrow()) {
                if (!connection.getAutoCommit()) {
                    connection.setAutoCommit(true);
                }
                return work.run(connection);
            }
        });
    }

    /** Reports each use of this database from a thread that must never wait on the disk ({@link ThreadWatch}). */
    public void watchThreads(Predicate<Thread> mustNotWait, Consumer<Thread> report) {
        threadWatch = new ThreadWatch(mustNotWait, report);
    }

    private <T> T withRetry(dev.failsafe.function.CheckedSupplier<T> attempt) {
        threadWatch.check();
        try {
            return Failsafe.with(retryWhenBusy).get(attempt);
        } catch (FailsafeException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new StoreException("database operation failed on " + name + ": " + cause, cause);
        }
    }

    private enum Durability {
        FULL, RECOVERABLE
    }

    private enum Kind {
        READ, WRITE
    }

    private <T> T inTransaction(Kind kind, List<String> gates, SqlWork<T> work, Predicate<? super T> commitIf,
                                Durability durability) throws SQLException {
        if (dialect == Dialect.POSTGRESQL) {
            return inServerTransaction(kind, gates, work, commitIf, durability);
        }
        String begin = kind == Kind.WRITE ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED";
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
            if (commit && kind == Kind.WRITE) {
                checkpointer.ifPresent(checkpoints -> checkpoints.committed(connection));
            }
            return result;
        } finally {
            endUse(connection, relaxed, ended || rolledBack(connection));
        }
    }

    /**
     * A PostgreSQL transaction: writes SERIALIZABLE (see the class comment), reads one
     * REPEATABLE READ snapshot; a recoverable write does not wait for the WAL flush.
     */
    private <T> T inServerTransaction(Kind kind, List<String> gates, SqlWork<T> work,
                                      Predicate<? super T> commitIf, Durability durability) throws SQLException {
        try (Connection connection = pool.borrow()) {
            if (!gates.isEmpty()) {
                return gated(connection, gates, () -> inServerTransaction(connection, kind, work, commitIf,
                        durability));
            }
            return inServerTransaction(connection, kind, work, commitIf, durability);
        }
    }

    /** Passes the gates outside any transaction (so the snapshot comes after), runs, and opens them again. */
    private static <T> T gated(Connection connection, List<String> gates, dev.failsafe.function.CheckedSupplier<T> run)
            throws SQLException {
        connection.setAutoCommit(true);
        boolean passed = false;
        try {
            for (String gate : gates) {
                Sql.one(connection, "SELECT pg_advisory_lock(hashtextextended(?, 0))", row -> row.getObject(1), gate);
            }
            passed = true;
            return run.get();
        } catch (SQLException | RuntimeException e) {
            throw e;
        } catch (Throwable e) {
            throw new SQLException(e);
        } finally {
            try {
                connection.setAutoCommit(true);
                Sql.one(connection, "SELECT pg_advisory_unlock_all()", row -> row.getObject(1));
            } catch (SQLException e) {
                // a session that may still hold a gate must not serve again: its end opens the gate
                LOG.warn("could not open gates{}, dropping the connection: {}", passed ? "" : " (half passed)", e.toString());
                connection.abort(Runnable::run);
            }
        }
    }

    private <T> T inServerTransaction(Connection connection, Kind kind, SqlWork<T> work,
                                      Predicate<? super T> commitIf, Durability durability) throws SQLException {
        {
            if (connection.getAutoCommit()) {
                connection.setAutoCommit(false);
            }
            boolean done = false;
            try {
                execute(connection, kind == Kind.WRITE
                        ? "SET TRANSACTION ISOLATION LEVEL SERIALIZABLE, READ WRITE"
                        : "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
                if (durability == Durability.RECOVERABLE) {
                    execute(connection, "SET LOCAL synchronous_commit TO OFF");
                }
                T result = work.run(connection);
                if (commitIf.test(result)) {
                    connection.commit();
                } else {
                    connection.rollback();
                }
                done = true;
                return result;
            } finally {
                if (!done) {
                    try {
                        connection.rollback();
                    } catch (SQLException e) {
                        LOG.debug("rollback after a failure failed too: {}", e.toString());
                    }
                }
            }
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

    /** A transaction's own statement (begin, commit, a pragma): prepared once per connection and kept by the pool. */
    private static void execute(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.execute();
        }
    }

    private void restrictSideFiles() {
        Path file = file();
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

    /** PostgreSQL's serialization failure or deadlock, anywhere in the causes. */
    static boolean isSerializationFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && RETRYABLE_STATES.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        checkpointer.ifPresent(Checkpointer::close);
        pool.close();
    }
}
