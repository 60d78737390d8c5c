package fr.borne.store;

import fr.borne.booking.Booking;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The changes the kiosk made that the sync agent must push, written in the same
 * transaction as the change itself, so none is lost and none is pushed that did not happen.
 */
public final class OutboxRepository {

    private final Connection connection;
    private final BookingJson json;

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

    public List<OutboxEntry> ofBooking(UUID bookingId) throws SQLException {
        return Sql.list(connection, "SELECT * FROM outbox WHERE booking_id = ? ORDER BY id", this::map, bookingId);
    }

    public int pendingCount() throws SQLException {
        return Sql.count(connection, "SELECT count(*) FROM outbox WHERE state = 'PENDING'");
    }

    public void markSent(long id) throws SQLException {
        Sql.update(connection, "UPDATE outbox SET state = 'SENT', attempts = attempts + 1, last_error = NULL WHERE id = ?",
                id);
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

    private OutboxEntry map(ResultSet row) throws SQLException {
        return new OutboxEntry(row.getLong("id"), Sql.enumValue(row, "kind", OutboxKind.class),
                json.read(row.getString("payload")), Sql.instant(row, "created_at"), row.getInt("attempts"),
                Sql.optionalText(row, "last_error"), Sql.enumValue(row, "state", OutboxState.class));
    }
}
