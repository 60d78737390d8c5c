package fr.borne.store;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** Where a {@link Database} takes its connections: its own SQLite pool, or a server's connection pool. */
interface Connections extends AutoCloseable {

    Connection borrow() throws SQLException;

    /** Takes back a connection left as it was lent. */
    void giveBack(Connection connection);

    /** Drops a connection left in an unknown state. */
    void discard(Connection connection);

    DataSource dataSource();

    @Override
    void close();
}
