package fr.borne.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/** Work inside a transaction that may fail alone: under a savepoint, rolled back to it on failure. */
public final class Savepoints {

    private Savepoints() {
    }

    /**
     * Runs {@code work} under savepoint {@code name}; on an {@link SQLException} or a runtime
     * exception its changes are undone and the failure returned, the transaction going on.
     */
    public static Optional<Exception> attempt(Connection connection, String name, SqlWork<?> work)
            throws SQLException {
        if (!name.matches("[a-z_]+")) {
            throw new IllegalArgumentException("savepoint names are plain words");
        }
        execute(connection, "SAVEPOINT " + name);
        try {
            work.run(connection);
            execute(connection, "RELEASE SAVEPOINT " + name);
            return Optional.empty();
        } catch (SQLException | RuntimeException e) {
            execute(connection, "ROLLBACK TO SAVEPOINT " + name);
            execute(connection, "RELEASE SAVEPOINT " + name);
            return Optional.of(e);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
