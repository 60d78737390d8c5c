package fr.borne.store;

import fr.borne.booking.Booking;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The changes the kiosk made that the sync agent must push, written in the same
 * transaction as the change itself, so none is lost and none is pushed that did not happen.
 */
public final class OutboxRepository {

    private static final BookingJson COUNTS_ONLY = new BookingJson();

    private final Connection connection;
    private final BookingJson json;

    /** For counts and states only: the rows' bookings are read with a plain {@link BookingJson}. */
    public OutboxRepository(Connection connection) {
        this(connection, COUNTS_ONLY);
    }

    public OutboxRepository(Connection connection, BookingJson json) {
        this.connection = connection;
        this.json = json;
    }

    public void add(OutboxKind kind, Booking booking, Instant now) throws SQLException {
        Sql.update(connection, "INSERT INTO outbox (booking_id, kind, payload, created_at) VALUES (?, ?, ?, ?)",
                booking.id(), kind, json.write(booking), now);
    }

    /** The oldest pending rows first: a booking's changes go out in the order they were made. */
    public List<OutboxEntry> pending(int limit) throws SQLException {
        return Sql.list(connection, "SELECT * FROM outbox WHERE state = 'PENDING' ORDER BY id LIMIT ?",
                this::map, limit);
    }

    /**
     * The rows to push now, oldest first: of each booking only its oldest pending row (its
     * changes go out in order), and only once its backoff after a server error is over.
     */
    public List<OutboxEntry> due(int limit, Instant now) throws SQLException {
        return Sql.list(connection, """
                SELECT * FROM outbox o WHERE o.state = 'PENDING'
                    AND (o.next_attempt_at IS NULL OR o.next_attempt_at <= ?)
                    AND NOT EXISTS (SELECT 1 FROM outbox e WHERE e.booking_id = o.booking_id
                        AND e.state = 'PENDING' AND e.id < o.id)
                ORDER BY o.id LIMIT ?""", this::map, now, limit);
    }

    public List<OutboxEntry> ofBooking(UUID bookingId) throws SQLException {
        return Sql.list(connection, "SELECT * FROM outbox WHERE booking_id = ? ORDER BY id", this::map, bookingId);
    }

    public int pendingCount() throws SQLException {
        return Sql.count(connection, "SELECT count(*) FROM outbox WHERE state = 'PENDING'");
    }

    public void markSent(long id) throws SQLException {
        Sql.update(connection, """
                UPDATE outbox SET state = 'SENT', attempts = attempts + 1, last_error = NULL, server_errors = 0,
                    next_attempt_at = NULL WHERE id = ?""", id);
    }

    /** A failed attempt (network down, server error): the row stays pending. */
    public void markAttemptFailed(long id, String error) throws SQLException {
        Sql.update(connection, "UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE id = ?", error, id);
    }

    /** Central refused the change for good (it answers with a reason); the row stops being pushed. */
    public void markRejected(long id, String reason) throws SQLException {
        Sql.update(connection, "UPDATE outbox SET state = 'REJECTED', attempts = attempts + 1, last_error = ? WHERE id = ?",
                reason, id);
    }

    /**
     * Central answered this row with a server error: it waits until {@code retryAt}, and
     * later rows go meanwhile. Its count of server errors in a row grows.
     */
    public void markServerFault(long id, String error, Instant retryAt) throws SQLException {
        Sql.update(connection, """
                UPDATE outbox SET attempts = attempts + 1, server_errors = server_errors + 1, last_error = ?,
                    next_attempt_at = ? WHERE id = ?""", error, retryAt, id);
    }

    /** Server errors in a row so far for this row. */
    public int serverErrors(long id) throws SQLException {
        return Sql.count(connection, "SELECT server_errors FROM outbox WHERE id = ?", id);
    }

    /** Central refused the call itself for good (a problem code): the row stops being pushed and is parked. */
    public void park(long id, String reason, Instant now) throws SQLException {
        markRejected(id, reason);
        Sql.update(connection, "INSERT OR REPLACE INTO sync_parked_outbox (outbox_id, reason, parked_at) VALUES (?, ?, ?)",
                id, reason, now);
    }

    /** Parked rows, oldest first. */
    public List<Parked> parked() throws SQLException {
        return Sql.list(connection, """
                SELECT p.outbox_id, o.booking_id, o.kind, p.reason, p.parked_at FROM sync_parked_outbox p
                JOIN outbox o ON o.id = p.outbox_id ORDER BY p.outbox_id""",
                row -> new Parked(row.getLong(1), UUID.fromString(row.getString(2)),
                        Sql.enumValue(row, "kind", OutboxKind.class), row.getString(4), Sql.instant(row, "parked_at")));
    }

    public int parkedCount() throws SQLException {
        return Sql.count(connection, "SELECT count(*) FROM sync_parked_outbox");
    }

    /** Pending rows central has failed on at least {@code serverErrors} times in a row. */
    public int stuckCount(int serverErrors) throws SQLException {
        return Sql.count(connection, "SELECT count(*) FROM outbox WHERE state = 'PENDING' AND server_errors >= ?",
                serverErrors);
    }

    /** The last error of the row stuck longest, if any row is stuck. */
    public Optional<String> stuckReason(int serverErrors) throws SQLException {
        return Sql.one(connection, """
                SELECT last_error FROM outbox WHERE state = 'PENDING' AND server_errors >= ? AND last_error IS NOT NULL
                ORDER BY id LIMIT 1""", row -> row.getString(1), serverErrors);
    }

    /**
     * A technician sends a parked or stuck row again: it is pending once more, its counts
     * and backoff cleared, central's refusal of it forgotten. False if no such row waits.
     */
    public boolean retry(long id) throws SQLException {
        boolean parked = Sql.update(connection, "DELETE FROM sync_parked_outbox WHERE outbox_id = ?", id) > 0;
        if (parked) {
            Sql.update(connection, "DELETE FROM sync_refusal WHERE outbox_id = ?", id);
        }
        int changed = Sql.update(connection, """
                UPDATE outbox SET state = 'PENDING', attempts = 0, server_errors = 0, next_attempt_at = NULL
                WHERE id = ? AND (state = 'PENDING' OR ?)""", id, parked);
        return changed > 0;
    }

    /** A parked outbox row: which change of which booking, why and since when. */
    public record Parked(long outboxId, UUID bookingId, OutboxKind kind, String reason, Instant parkedAt) {
    }

    private OutboxEntry map(ResultSet row) throws SQLException {
        return new OutboxEntry(row.getLong("id"), Sql.enumValue(row, "kind", OutboxKind.class),
                json.read(row.getString("payload")), Sql.instant(row, "created_at"), row.getInt("attempts"),
                Sql.optionalText(row, "last_error"), Sql.enumValue(row, "state", OutboxState.class));
    }
}
