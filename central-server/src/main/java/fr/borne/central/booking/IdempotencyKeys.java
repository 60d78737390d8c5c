package fr.borne.central.booking;

import fr.borne.store.Sql;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * Every answer given to a write, by caller and key, kept for ever: a kiosk may come back
 * after days offline and must get the first answer, whatever its HTTP client resent.
 */
final class IdempotencyKeys {

    /** What a withdrawn key holds instead of a request: no request equals it. */
    private static final String WITHDRAWN = "withdrawn";

    record Stored(String request, String answer) {
        boolean withdrawn() {
            return WITHDRAWN.equals(request);
        }
    }

    Optional<Stored> find(Connection connection, String principal, String key) throws SQLException {
        return Sql.one(connection, "SELECT request, answer FROM central_idempotency WHERE principal = ? AND key = ?",
                row -> new Stored(row.getString(1), row.getString(2)), principal, key);
    }

    void remember(Connection connection, String principal, String key, String request, String answer, Instant now)
            throws SQLException {
        Sql.update(connection, """
                INSERT INTO central_idempotency (principal, key, request, answer, created_at) VALUES (?, ?, ?, ?, ?)""",
                principal, key, request, answer, now);
    }

    /** The key books nothing any more, whatever it answered before. */
    void withdraw(Connection connection, String principal, String key, Instant now) throws SQLException {
        Sql.update(connection, """
                INSERT INTO central_idempotency (principal, key, request, answer, created_at) VALUES (?, ?, ?, '{}', ?)
                ON CONFLICT (principal, key) DO UPDATE SET request = excluded.request""",
                principal, key, WITHDRAWN, now);
    }
}
