package fr.borne.store;

import org.apache.commons.dbcp2.BasicDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * A handful of SQLite connections to one file, opened on demand and reused, each keeping
 * the statements it has prepared (Apache Commons DBCP). The SQLite driver compiles a
 * statement's SQL again at every {@code prepareStatement}; a booking sends some twenty
 * statements, whose compiling took as long as running them. A SQLite connection serves one
 * thread at a time; the pool hands each out to one caller at a time.
 */
final class ConnectionPool implements Connections {

    /** Distinct statements kept per connection: the store's queries, a few with up to three visitors' marks. */
    private static final int STATEMENTS_KEPT = 256;

    private final String url;
    private final SQLiteConfig config;
    private final BasicDataSource pool = new BasicDataSource();

    ConnectionPool(String url, SQLiteConfig config, int size) {
        this.url = url;
        this.config = config;
        pool.setDriver(new org.sqlite.JDBC());
        pool.setUrl(url);
        config.toProperties().forEach((key, value) -> pool.addConnectionProperty((String) key, (String) value));
        pool.setMaxTotal(size);
        pool.setMaxIdle(size);
        pool.setMaxWait(Duration.ofSeconds(30));
        // a connection is checked by its use: a broken one fails its transaction and is discarded
        pool.setTestOnBorrow(false);
        pool.setPoolPreparedStatements(true);
        pool.setMaxOpenPreparedStatements(STATEMENTS_KEPT);
    }

    @Override
    public Connection borrow() throws SQLException {
        return pool.getConnection();
    }

    @Override
    public void giveBack(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            discard(connection);
        }
    }

    /** Drops a connection left in an unknown state. */
    @Override
    public void discard(Connection connection) {
        try {
            pool.invalidateConnection(connection);
        } catch (IllegalStateException notPooled) {
            // closed already: the pool has let go of it
        }
    }

    /** Fresh connections on the same file with the same settings (migrations). */
    @Override
    public DataSource dataSource() {
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl(url);
        return dataSource;
    }

    @Override
    public void close() {
        try {
            pool.close();
        } catch (SQLException ignored) {
            // closing is best effort: the file stays consistent whatever happens here
        }
    }
}
