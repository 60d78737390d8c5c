package fr.borne.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Plain JDBC with the store's conventions for parameters: dates as ISO text, instants as
 * epoch milliseconds, booleans as 0/1, enums by name, {@link Optional} as the value or NULL.
 */
public final class Sql {

    /** Reads one row into a value. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    private Sql() {
    }

    public static <T> List<T> list(Connection connection, String sql, RowMapper<T> mapper, Object... params)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, params);
            try (ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(mapper.map(rows));
                }
                return result;
            }
        }
    }

    public static <T> Optional<T> one(Connection connection, String sql, RowMapper<T> mapper, Object... params)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, params);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(mapper.map(rows)) : Optional.empty();
            }
        }
    }

    public static int count(Connection connection, String sql, Object... params) throws SQLException {
        return one(connection, sql, row -> row.getInt(1), params).orElse(0);
    }

    /** Runs an INSERT, UPDATE or DELETE and returns the number of rows changed. */
    public static int update(Connection connection, String sql, Object... params) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, params);
            return statement.executeUpdate();
        }
    }

    /** Runs one statement for every item, in batches, through one prepared statement. */
    public static <T> void batch(Connection connection, String sql, Collection<T> items,
                                 Function<? super T, Object[]> params) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int pending = 0;
            for (T item : items) {
                bind(statement, params.apply(item));
                statement.addBatch();
                if (++pending == 1_000) {
                    statement.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                statement.executeBatch();
            }
        }
    }

    /** The parameter marks of an {@code IN (…)} list of {@code count} values: {@code "?, ?, ?"}. */
    public static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    public static void bind(PreparedStatement statement, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            statement.setObject(i + 1, toColumn(params[i]));
        }
    }

    static Object toColumn(Object value) {
        if (value instanceof Optional<?> optional) {
            return optional.map(Sql::toColumn).orElse(null);
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        if (value instanceof Instant instant) {
            return instant.toEpochMilli();
        }
        if (value instanceof Boolean flag) {
            return flag ? 1 : 0;
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof UUID uuid) {
            return uuid.toString();
        }
        return value;
    }

    public static LocalDate date(ResultSet row, String column) throws SQLException {
        return LocalDate.parse(row.getString(column));
    }

    public static Instant instant(ResultSet row, String column) throws SQLException {
        return Instant.ofEpochMilli(row.getLong(column));
    }

    public static boolean flag(ResultSet row, String column) throws SQLException {
        return row.getInt(column) != 0;
    }

    public static Optional<String> optionalText(ResultSet row, String column) throws SQLException {
        return Optional.ofNullable(row.getString(column));
    }

    public static <E extends Enum<E>> E enumValue(ResultSet row, String column, Class<E> type) throws SQLException {
        return Enum.valueOf(type, row.getString(column));
    }
}
