package fr.borne.store;

import fr.borne.booking.SeatHold;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** Seats kept while a visitor finishes booking; only live holds count. */
public final class SeatHoldRepository {

    private final Connection connection;

    public SeatHoldRepository(Connection connection) {
        this.connection = connection;
    }

    public void insert(SeatHold hold, String detaineeId) throws SQLException {
        Sql.update(connection,
                "INSERT INTO seat_hold (id, round_id, date, held_by, detainee_id, expires_at) VALUES (?, ?, ?, ?, ?, ?)",
                hold.id(), hold.roundId(), hold.date(), hold.heldBy(), detaineeId, hold.expiresAt());
    }

    public Optional<SeatHold> find(UUID id) throws SQLException {
        return Sql.one(connection, "SELECT * FROM seat_hold WHERE id = ?", SeatHoldRepository::map, id);
    }

    public int liveSeats(String roundId, LocalDate date, Instant now) throws SQLException {
        return Sql.count(connection, "SELECT count(*) FROM seat_hold WHERE round_id = ? AND date = ? AND expires_at > ?",
                roundId, date, now);
    }

    public void delete(UUID id) throws SQLException {
        Sql.update(connection, "DELETE FROM seat_hold WHERE id = ?", id);
    }

    /** A visitor keeps one seat at a time: going back and choosing another round gives the first back. */
    public void deleteHeldBy(String visitorId) throws SQLException {
        Sql.update(connection, "DELETE FROM seat_hold WHERE held_by = ?", visitorId);
    }

    public int purgeExpired(Instant now) throws SQLException {
        return Sql.update(connection, "DELETE FROM seat_hold WHERE expires_at <= ?", now);
    }

    private static SeatHold map(ResultSet row) throws SQLException {
        return new SeatHold(UUID.fromString(row.getString("id")), row.getString("round_id"), Sql.date(row, "date"),
                row.getString("held_by"), Sql.instant(row, "expires_at"));
    }
}
