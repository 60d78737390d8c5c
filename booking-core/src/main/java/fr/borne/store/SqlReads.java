package fr.borne.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Several queries sent together: to a PostgreSQL server as one statement of several
 * queries, one round trip instead of one per query (each query's answer read in turn);
 * to a SQLite file, in process, one after the other. Each query keeps its own parameters
 * and row mapper, so the same SQL serves both.
 *
 * <p>For one use: add the queries (repositories offer theirs, such as
 * {@link BookingRepository#find(SqlReads, java.util.UUID)}), {@link #run} them once, then read each answer.
 */
public final class SqlReads {

    private final List<Read<?>> reads = new ArrayList<>();
    private boolean ran;

    /** A query to send; its rows, once {@link #run} has run. */
    public <T> Supplier<List<T>> add(String sql, Sql.RowMapper<T> mapper, Object... params) {
        if (ran) {
            throw new IllegalStateException("the queries were sent already");
        }
        Read<T> read = new Read<>(sql.strip(), mapper, params);
        reads.add(read);
        return () -> {
            if (!ran) {
                throw new IllegalStateException("the queries were not sent yet");
            }
            return read.rows;
        };
    }

    /** Sends the queries added, once. */
    public void run(Connection connection) throws SQLException {
        if (ran) {
            throw new IllegalStateException("the queries were sent already");
        }
        ran = true;
        if (reads.isEmpty()) {
            return;
        }
        if (Dialect.of(connection) == Dialect.POSTGRESQL) {
            together(connection);
        } else {
            for (Read<?> read : reads) {
                read.alone(connection);
            }
        }
    }

    private void together(Connection connection) throws SQLException {
        StringBuilder sql = new StringBuilder();
        for (Read<?> read : reads) {
            sql.append(read.sql).append(";\n");
        }
        try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            int index = 1;
            for (Read<?> read : reads) {
                for (Object param : read.params) {
                    statement.setObject(index++, Sql.toColumn(param));
                }
            }
            boolean rows = statement.execute();
            for (Read<?> read : reads) {
                if (!rows) {
                    throw new SQLException("expected the rows of: " + read.sql);
                }
                try (ResultSet answer = statement.getResultSet()) {
                    read.take(answer);
                }
                rows = statement.getMoreResults();
            }
        }
    }

    private static final class Read<T> {
        private final String sql;
        private final Sql.RowMapper<T> mapper;
        private final Object[] params;
        private List<T> rows;

        Read(String sql, Sql.RowMapper<T> mapper, Object[] params) {
            this.sql = sql;
            this.mapper = mapper;
            this.params = params;
        }

        void alone(Connection connection) throws SQLException {
            rows = Sql.list(connection, sql, mapper, params);
        }

        void take(ResultSet answer) throws SQLException {
            List<T> taken = new ArrayList<>();
            while (answer.next()) {
                taken.add(mapper.map(answer));
            }
            rows = taken;
        }
    }
}
