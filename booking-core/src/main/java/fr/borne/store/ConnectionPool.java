package fr.borne.store;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import javax.sql.DataSource;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A handful of SQLite connections, opened on demand and reused. A SQLite connection
 * serves one thread at a time; the pool hands each out to one caller at a time.
 */
final class ConnectionPool implements Connections {

    private final String url;
    private final SQLiteConfig config;
    private final int size;
    private final BlockingQueue<Connection> idle = new LinkedBlockingQueue<>();
    private final List<Connection> all = new ArrayList<>();
    private boolean closed;

    ConnectionPool(String url, SQLiteConfig config, int size) {
        this.url = url;
        this.config = config;
        this.size = size;
    }

    @Override
    public Connection borrow() throws SQLException {
        Connection connection = idle.poll();
        if (connection != null) {
            return connection;
        }
        synchronized (this) {
            if (closed) {
                throw new SQLException("the database is closed");
            }
            if (all.size() < size) {
                Connection opened = config.createConnection(url);
                all.add(opened);
                return opened;
            }
        }
        try {
            Connection waited = idle.poll(30, TimeUnit.SECONDS);
            if (waited == null) {
                throw new SQLException("no database connection free after 30 s");
            }
            return waited;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for a database connection", e);
        }
    }

    @Override
    public void giveBack(Connection connection) {
        synchronized (this) {
            if (closed) {
                closeQuietly(connection);
                return;
            }
        }
        idle.add(connection);
    }

    /** Drops a connection left in an unknown state. */
    @Override
    public void discard(Connection connection) {
        synchronized (this) {
            all.remove(connection);
        }
        closeQuietly(connection);
    }

    /** Fresh connections on the same file with the same settings (migrations). */
    @Override
    public DataSource dataSource() {
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl(url);
        return dataSource;
    }

    @Override
    public synchronized void close() {
        closed = true;
        all.forEach(ConnectionPool::closeQuietly);
        all.clear();
        idle.clear();
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing is best effort: the file stays consistent whatever happens here
        }
    }
}
