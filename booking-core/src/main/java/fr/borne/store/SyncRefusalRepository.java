package fr.borne.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * {@code sync_refusal}: changes made at this kiosk that central refused when they reached it,
 * one row per outbox row, with central's reasons as it sent them (JSON): written by the sync
 * agent, shown to the visitor concerned by the kiosk app and counted for the technician.
 */
public final class SyncRefusalRepository {

    /** A refused change: which outbox row, of which booking, what kind, central's reasons (JSON), when. */
    public record Stored(long outboxId, UUID bookingId, OutboxKind kind, String reasons, Instant recordedAt) {
    }

    private final Connection connection;

    public SyncRefusalRepository(Connection connection) {
        this.connection = connection;
    }

    public boolean present() throws SQLException {
        return Schema.hasTable(connection, "sync_refusal");
    }

    /** Records central's refusal of an outbox row; a later refusal of the same row replaces it. */
    public void record(long outboxId, UUID bookingId, OutboxKind kind, String reasonsJson, Instant at)
            throws SQLException {
        Sql.update(connection, """
                INSERT INTO sync_refusal (outbox_id, booking_id, kind, reasons, recorded_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (outbox_id) DO UPDATE SET booking_id = excluded.booking_id, kind = excluded.kind,
                    reasons = excluded.reasons, recorded_at = excluded.recorded_at""",
                outboxId, bookingId, kind, reasonsJson, at);
    }

    /** The newest first. */
    public List<Stored> recent(int limit) throws SQLException {
        return Sql.list(connection, "SELECT * FROM sync_refusal ORDER BY recorded_at DESC, outbox_id DESC LIMIT ?",
                SyncRefusalRepository::map, limit);
    }

    /** Refusals about bookings the visitor made or is named in, for visits from {@code from} on, newest first. */
    public List<Stored> about(String visitorId, LocalDate from) throws SQLException {
        return Sql.list(connection, """
                SELECT r.* FROM sync_refusal r JOIN booking b ON b.id = r.booking_id
                WHERE b.date >= ? AND (b.booked_by = ?
                    OR EXISTS (SELECT 1 FROM booking_visitor v WHERE v.booking_id = b.id AND v.visitor_id = ?))
                ORDER BY r.recorded_at DESC, r.outbox_id DESC""",
                SyncRefusalRepository::map, from, visitorId, visitorId);
    }

    public int count() throws SQLException {
        return Sql.count(connection, "SELECT count(*) FROM sync_refusal");
    }

    private static Stored map(ResultSet row) throws SQLException {
        return new Stored(row.getLong("outbox_id"), UUID.fromString(row.getString("booking_id")),
                Sql.enumValue(row, "kind", OutboxKind.class), row.getString("reasons"), Sql.instant(row, "recorded_at"));
    }
}
