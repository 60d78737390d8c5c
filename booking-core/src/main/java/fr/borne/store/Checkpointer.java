package fr.borne.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Copies the write-ahead log back into the database file when nobody is writing. A
 * checkpoint flushes the database file; a commit flushing the log at the same moment waits
 * for it (the file system orders the two), which made one booking in twenty four times
 * slower when checkpoints ran on a background thread every hundred commits. A kiosk writes
 * in bursts — a visitor's hold and booking, the agent's push — with seconds of quiet between:
 * the checkpoint waits for {@link #QUIET} without a commit, then runs on a background thread,
 * once {@value #QUIET_COMMITS} commits have gathered: an idle agent records the link's state
 * every few seconds, and a checkpoint (two flushes) after each would triple the flushes an idle
 * kiosk makes on its SD card.
 * A database never quiet for that long (a central server on SQLite, a benchmark) checkpoints
 * the way SQLite itself does, on the connection that has just committed, after its commit,
 * once {@value #COMMITS} commits or {@value #LOG_BYTES} bytes of log have gathered.
 * Either way the checkpoint completes, so the next commit writes the log from its start
 * again over space already allocated rather than growing the file. A checkpoint that cannot
 * finish (a reader on an old snapshot, the other process checkpointing) runs again later.
 */
final class Checkpointer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Checkpointer.class);
    static final Duration QUIET = Duration.ofMillis(500);
    static final int QUIET_COMMITS = 10;
    static final int COMMITS = 100;
    static final long LOG_BYTES = 16L * 1024 * 1024;
    private static final String CHECKPOINT = "PRAGMA wal_checkpoint(PASSIVE)";
    /** One thread for every database of the process: quiet checkpoints are rare and short. */
    private static final ScheduledExecutorService THREAD = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "sqlite-checkpoint");
        thread.setDaemon(true);
        return thread;
    });

    private final Connections pool;
    private final Path wal;
    private final AtomicInteger commits = new AtomicInteger();
    private volatile long lastCommitNanos;
    private ScheduledFuture<?> quietCheck;
    private boolean closed;

    Checkpointer(Connections pool, Path databaseFile) {
        this.pool = pool;
        this.wal = databaseFile.resolveSibling(databaseFile.getFileName() + "-wal");
    }

    /**
     * A transaction was committed on this connection, which is in no transaction now: when
     * the database has been busy for long, checkpoint on it at once; otherwise wait for quiet.
     */
    void committed(Connection connection) {
        lastCommitNanos = System.nanoTime();
        if (commits.incrementAndGet() >= COMMITS || logBytes() > LOG_BYTES) {
            commits.set(0);
            checkpoint(connection);
            return;
        }
        awaitQuiet(QUIET.toNanos());
    }

    private synchronized void awaitQuiet(long delayNanos) {
        if (!closed && (quietCheck == null || quietCheck.isDone())) {
            quietCheck = THREAD.schedule(this::checkpointIfQuiet, delayNanos, TimeUnit.NANOSECONDS);
        }
    }

    private void checkpointIfQuiet() {
        long quietFor = System.nanoTime() - lastCommitNanos;
        if (quietFor < QUIET.toNanos()) {
            synchronized (this) {
                quietCheck = null;
            }
            awaitQuiet(QUIET.toNanos() - quietFor);
            return;
        }
        if (commits.get() < QUIET_COMMITS) {
            return;
        }
        commits.set(0);
        Connection connection;
        try {
            connection = pool.borrow();
        } catch (SQLException closedPool) {
            return;
        }
        if (checkpoint(connection)) {
            pool.giveBack(connection);
        } else {
            pool.discard(connection);
        }
    }

    /** @return whether the connection may serve again */
    private static boolean checkpoint(Connection connection) {
        // the pragma answers one row: read to its end, the statement is done when it goes back to the pool
        try (PreparedStatement statement = connection.prepareStatement(CHECKPOINT);
             ResultSet answer = statement.executeQuery()) {
            while (answer.next()) {
                LOG.trace("checkpoint: busy {}, log {} pages, {} copied", answer.getInt(1), answer.getInt(2),
                        answer.getInt(3));
            }
            return true;
        } catch (SQLException e) {
            LOG.debug("checkpoint did not run, it will be tried again: {}", e.toString());
            return Database.isBusy(e);
        }
    }

    private long logBytes() {
        try {
            return Files.size(wal);
        } catch (IOException e) {
            return 0;
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (quietCheck != null) {
            quietCheck.cancel(false);
        }
    }
}
