package fr.borne.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Copies the write-ahead log back into the database file off the commit path. SQLite's own
 * automatic checkpoint runs inside whichever commit crosses a thousand pages, adding the
 * copy and two more flushes to that booking (one in a hundred writes: it made the p99);
 * the database's connections turn it off and this runs the same passive checkpoint on a
 * background thread after {@value #COMMITS} commits or once the log passes {@value #LOG_BYTES}
 * bytes. A checkpoint that cannot finish (a reader on an old snapshot, the other process
 * checkpointing) simply runs again later, as SQLite's own does.
 */
final class Checkpointer {

    private static final Logger LOG = LoggerFactory.getLogger(Checkpointer.class);
    static final int COMMITS = 100;
    static final long LOG_BYTES = 16L * 1024 * 1024;
    /** One thread for every database of the process: checkpoints are rare and short. */
    private static final ExecutorService THREAD = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "sqlite-checkpoint");
        thread.setDaemon(true);
        return thread;
    });

    private final ConnectionPool pool;
    private final Path wal;
    private final AtomicInteger commits = new AtomicInteger();
    private final AtomicBoolean queued = new AtomicBoolean();

    Checkpointer(ConnectionPool pool, Path databaseFile) {
        this.pool = pool;
        this.wal = databaseFile.resolveSibling(databaseFile.getFileName() + "-wal");
    }

    /** A transaction was committed: checkpoint in the background once enough has gathered. */
    void committed() {
        if ((commits.incrementAndGet() >= COMMITS || logBytes() > LOG_BYTES) && queued.compareAndSet(false, true)) {
            commits.set(0);
            THREAD.execute(this::checkpoint);
        }
    }

    private long logBytes() {
        try {
            return Files.size(wal);
        } catch (IOException e) {
            return 0;
        }
    }

    private void checkpoint() {
        queued.set(false);
        Connection connection;
        try {
            connection = pool.borrow();
        } catch (SQLException closed) {
            return;
        }
        boolean reusable = true;
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA wal_checkpoint(PASSIVE)");
        } catch (SQLException e) {
            LOG.debug("background checkpoint did not run, it will be tried again: {}", e.toString());
            reusable = Database.isBusy(e);
        }
        if (reusable) {
            pool.giveBack(connection);
        } else {
            pool.discard(connection);
        }
    }
}
