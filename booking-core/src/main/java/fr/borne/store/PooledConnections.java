package fr.borne.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** A database server's connection pool (HikariCP at central): closing a connection hands it back. */
final class PooledConnections implements Connections {

    private static final Logger LOG = LoggerFactory.getLogger(PooledConnections.class);

    private final DataSource dataSource;

    PooledConnections(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Connection borrow() throws SQLException {
        return dataSource.getConnection();
    }

    @Override
    public void giveBack(Connection connection) {
        close(connection);
    }

    @Override
    public void discard(Connection connection) {
        close(connection);
    }

    @Override
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        if (dataSource instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                LOG.warn("closing the connection pool failed: {}", e.toString());
            }
        }
    }

    private static void close(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.debug("giving a connection back failed: {}", e.toString());
        }
    }
}
