package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * B14: a booking may also be cancelled by the detainee's transfer or release, each with its
 * own status. The booking table's CHECK on status names every status, and a CHECK cannot be
 * changed in place on SQLite: the table is rebuilt as SQLite's documentation says (foreign
 * keys off, outside Flyway's transaction, checked before commit). On PostgreSQL the
 * constraint is dropped and added again.
 */
public class V420__booking_cancelled_by_movement extends BaseJavaMigration {

    static final String STATUSES =
            "'CONFIRMED', 'CANCELLED', 'CANCELLED_BY_CLOSURE', 'CANCELLED_BY_TRANSFER', 'CANCELLED_BY_RELEASE'";

    @Override
    public boolean canExecuteInTransaction() {
        return false;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
        if (product.contains("postgres")) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("ALTER TABLE booking DROP CONSTRAINT IF EXISTS booking_status_check");
                statement.execute("ALTER TABLE booking ADD CONSTRAINT booking_status_check CHECK (status IN ("
                        + STATUSES + "))");
            }
            return;
        }
        rebuildOnSqlite(connection);
    }

    private static void rebuildOnSqlite(Connection connection) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA foreign_keys = OFF");
            connection.setAutoCommit(false);
            try {
                statement.execute("""
                        CREATE TABLE booking_new (
                            id              TEXT PRIMARY KEY,
                            reference       TEXT NOT NULL UNIQUE,
                            booked_by       TEXT NOT NULL,
                            detainee_id     TEXT NOT NULL REFERENCES detainee (id),
                            round_id        TEXT NOT NULL REFERENCES round (id),
                            second_round_id TEXT REFERENCES round (id),
                            date            TEXT NOT NULL,
                            status          TEXT NOT NULL CHECK (status IN (%s)),
                            channel         TEXT NOT NULL CHECK (channel IN ('KIOSK', 'PORTAL', 'PHONE')),
                            created_at      INTEGER NOT NULL,
                            updated_at      INTEGER NOT NULL
                        )""".formatted(STATUSES));
                statement.execute("""
                        INSERT INTO booking_new (id, reference, booked_by, detainee_id, round_id, second_round_id,
                                                 date, status, channel, created_at, updated_at)
                        SELECT id, reference, booked_by, detainee_id, round_id, second_round_id,
                               date, status, channel, created_at, updated_at FROM booking""");
                statement.execute("DROP TABLE booking");
                statement.execute("ALTER TABLE booking_new RENAME TO booking");
                statement.execute("CREATE INDEX booking_by_detainee ON booking (detainee_id, date)");
                statement.execute("CREATE INDEX booking_by_round ON booking (round_id, date, status)");
                statement.execute("CREATE INDEX booking_by_second_round ON booking (second_round_id, date, status) "
                        + "WHERE second_round_id IS NOT NULL");
                statement.execute("CREATE INDEX booking_by_booker ON booking (booked_by, date)");
                try (ResultSet broken = statement.executeQuery("PRAGMA foreign_key_check")) {
                    if (broken.next()) {
                        throw new SQLException("rebuilding the booking table broke a reference from "
                                + broken.getString(1));
                    }
                }
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
                statement.execute("PRAGMA foreign_keys = ON");
            }
        }
    }
}
