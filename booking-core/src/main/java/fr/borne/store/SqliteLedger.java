package fr.borne.store;

import fr.borne.booking.Booking;
import fr.borne.booking.Ledger;
import fr.borne.booking.RoundDay;
import fr.borne.detainee.Detainee;
import fr.borne.establishment.Closure;
import fr.borne.establishment.Establishment;
import fr.borne.establishment.Round;
import fr.borne.permit.Permit;
import fr.borne.visitor.Visitor;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules' facts read from the replica through the connection of the transaction in
 * progress, so a write checks the rules and records its result on one snapshot.
 */
public final class SqliteLedger implements Ledger {

    private final Connection connection;

    public SqliteLedger(Connection connection) {
        this.connection = connection;
    }

    /** A query of the ledger; SQL failures leave as {@link StoreException} (a broken database, not a refusal). */
    @FunctionalInterface
    private interface Query<T> {
        T run() throws SQLException;
    }

    private static <T> T query(Query<T> query) {
        try {
            return query.run();
        } catch (SQLException e) {
            throw new StoreException("reading the booking ledger failed", e);
        }
    }

    @Override
    public Optional<Establishment> establishment(String establishmentId) {
        return query(() -> new EstablishmentRepository(connection).find(establishmentId));
    }

    @Override
    public Optional<Detainee> detainee(String detaineeId) {
        return query(() -> new DetaineeRepository(connection).find(detaineeId));
    }

    @Override
    public Optional<Visitor> visitor(String visitorId) {
        return query(() -> new VisitorRepository(connection).find(visitorId));
    }

    @Override
    public Optional<Permit> permit(String visitorId, String detaineeId) {
        return query(() -> new PermitRepository(connection).find(visitorId, detaineeId));
    }

    @Override
    public List<Permit> permitsOfDetainee(String detaineeId) {
        return query(() -> new PermitRepository(connection).ofDetainee(detaineeId));
    }

    @Override
    public List<Round> rounds(String establishmentId) {
        return query(() -> new RoundRepository(connection).ofEstablishment(establishmentId));
    }

    @Override
    public Optional<Round> round(String roundId) {
        return query(() -> new RoundRepository(connection).find(roundId));
    }

    @Override
    public List<Closure> closures(String establishmentId, LocalDate from, LocalDate to) {
        return query(() -> new ClosureRepository(connection).between(establishmentId, from, to));
    }

    @Override
    public List<Booking> bookingsOfDetainee(String detaineeId, LocalDate from, LocalDate to) {
        return query(() -> new BookingRepository(connection).confirmedOfDetainee(detaineeId, from, to));
    }

    @Override
    public List<Booking> bookingsOfVisitor(String visitorId, LocalDate from, LocalDate to) {
        return query(() -> new BookingRepository(connection).confirmedNaming(visitorId, from, to));
    }

    /** Confirmed seats (counted per round day by the database) and live holds, in one statement. */
    @Override
    public int seatsTaken(String roundId, LocalDate date, Instant now) {
        return query(() -> Sql.count(connection, """
                SELECT coalesce((SELECT confirmed FROM round_day_seats WHERE round_id = ? AND date = ?), 0)
                     + (SELECT count(*) FROM seat_hold WHERE round_id = ? AND date = ? AND expires_at > ?)""",
                roundId, date, roundId, date, now));
    }

    /**
     * Every round day of the establishment over the span: the confirmed seats the database
     * keeps counted per round day ({@code round_day_seats}), plus the live holds.
     */
    @Override
    public Map<RoundDay, Integer> seatsTaken(String establishmentId, LocalDate from, LocalDate to, Instant now) {
        return query(() -> {
            Map<RoundDay, Integer> taken = new HashMap<>();
            Sql.RowMapper<Integer> add = row -> taken.merge(
                    new RoundDay(row.getString("round_id"), Sql.date(row, "date")), row.getInt("taken"), Integer::sum);
            Sql.list(connection, """
                    SELECT s.round_id, s.date, s.confirmed AS taken FROM round_day_seats s
                    WHERE s.round_id IN (SELECT id FROM round WHERE establishment_id = ?)
                      AND s.date BETWEEN ? AND ? AND s.confirmed > 0""", add, establishmentId, from, to);
            Sql.list(connection, """
                    SELECT h.round_id, h.date, count(*) AS taken FROM seat_hold h
                    WHERE h.round_id IN (SELECT id FROM round WHERE establishment_id = ?)
                      AND h.date BETWEEN ? AND ? AND h.expires_at > ?
                    GROUP BY h.round_id, h.date""", add, establishmentId, from, to, now);
            return taken;
        });
    }
}
