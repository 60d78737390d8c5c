package fr.borne.sync;

import fr.borne.store.Sql;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * This kiosk's escrow, kept in the replica. The kiosk may confirm a booking on its own
 * only while {@code granted − returned − booked here ≥ 1} for every round the booking
 * takes: a purely local check, so the confirmation is final whatever the network does.
 */
public final class LocalAllotments {

    /** Bookings this kiosk made: pushed or waiting in the outbox, or confirmed by central directly. */
    private static final String MADE_HERE = """
            (SELECT booking_id FROM outbox WHERE kind = 'CREATE' AND state <> 'REJECTED'
             UNION SELECT booking_id FROM sync_origin)""";

    /** Merges central's totals (or the kiosk's own) by maximum: resent or reordered totals never count twice. */
    public void merge(Connection connection, AllotmentTotals totals) throws SQLException {
        Sql.update(connection, """
                INSERT INTO sync_allotment (round_id, date, granted, returned, recalled) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (round_id, date) DO UPDATE SET granted = max(granted, excluded.granted),
                    returned = max(returned, excluded.returned), recalled = max(recalled, excluded.recalled)""",
                totals.roundId(), totals.date(), totals.granted(), totals.returned(), totals.recalled());
    }

    public Optional<AllotmentTotals> totals(Connection connection, String kioskId, String roundId, LocalDate date)
            throws SQLException {
        return Sql.one(connection, "SELECT * FROM sync_allotment WHERE round_id = ? AND date = ?",
                row -> new AllotmentTotals(kioskId, roundId, date, row.getInt("granted"), row.getInt("returned"),
                        row.getInt("recalled")), roundId, date);
    }

    public List<AllotmentTotals> all(Connection connection, String kioskId) throws SQLException {
        return Sql.list(connection, "SELECT * FROM sync_allotment ORDER BY date, round_id",
                row -> new AllotmentTotals(kioskId, row.getString("round_id"), Sql.date(row, "date"),
                        row.getInt("granted"), row.getInt("returned"), row.getInt("recalled")));
    }

    /** Confirmed bookings this kiosk made on that round occurrence (a double visit counts in both rounds). */
    public int bookedHere(Connection connection, String roundId, LocalDate date) throws SQLException {
        return Sql.count(connection, "SELECT count(*) FROM booking WHERE status = 'CONFIRMED' AND date = ?"
                + " AND (round_id = ? OR second_round_id = ?) AND id IN " + MADE_HERE, date, roundId, roundId);
    }

    /** Seats of the escrow still free on that occurrence; never negative. */
    public int seatsLeft(Connection connection, String roundId, LocalDate date) throws SQLException {
        Optional<AllotmentTotals> totals = totals(connection, "", roundId, date);
        if (totals.isEmpty()) {
            return 0;
        }
        return Math.max(0, totals.get().held() - bookedHere(connection, roundId, date));
    }

    /** Gives back every free seat of the occurrence (at the cut-off, or when central asks). */
    public void giveBackFree(Connection connection, String roundId, LocalDate date, int seats) throws SQLException {
        if (seats <= 0) {
            return;
        }
        Sql.update(connection, "UPDATE sync_allotment SET returned = returned + ? WHERE round_id = ? AND date = ?",
                seats, roundId, date);
    }

    /** Remembers a booking central confirmed for this kiosk, so it counts against the escrow here too. */
    public void madeHere(Connection connection, UUID bookingId) throws SQLException {
        Sql.update(connection, "INSERT INTO sync_origin (booking_id) VALUES (?) ON CONFLICT DO NOTHING", bookingId);
    }
}
