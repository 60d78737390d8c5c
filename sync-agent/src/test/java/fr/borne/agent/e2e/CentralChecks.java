package fr.borne.agent.e2e;

import fr.borne.store.Database;
import fr.borne.store.Sql;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The invariants the fault tests hold central and the replicas to, as queries. */
final class CentralChecks {

    private CentralChecks() {
    }

    /** Every booking of the establishment, one line each, as central or a replica holds them. */
    static List<String> bookingsOf(Database database, String establishmentId) {
        return database.read(c -> Sql.list(c, """
                SELECT b.id || ' ' || b.status || ' ' || b.date || ' ' || b.round_id || ' ' ||
                       (SELECT group_concat(visitor_id) FROM booking_visitor WHERE booking_id = b.id)
                FROM booking b JOIN detainee d ON d.id = b.detainee_id
                WHERE d.establishment_id = ? ORDER BY b.id""", row -> row.getString(1), establishmentId));
    }

    /** Round occurrences with more confirmed bookings than seats. */
    static List<String> overCapacity(Database central) {
        return central.read(c -> Sql.list(c, """
                SELECT b.round_id || ' ' || b.date || ': ' || count(*) || '/' || r.capacity
                FROM booking b JOIN round r ON r.id = b.round_id WHERE b.status = 'CONFIRMED'
                GROUP BY b.round_id, b.date, r.capacity HAVING count(*) > r.capacity""", row -> row.getString(1)));
    }

    /**
     * Confirmed bookings that are the same visit twice: the same visitor for the same detainee
     * on the same round and day. A retry that made a second booking instead of finding the
     * first shows here, whatever ids the two were given.
     */
    static List<String> sameVisitTwice(Database central) {
        return central.read(c -> Sql.list(c, """
                SELECT booked_by || ' ' || detainee_id || ' ' || round_id || ' ' || date || ' x' || count(*)
                FROM booking WHERE status = 'CONFIRMED'
                GROUP BY booked_by, detainee_id, round_id, date HAVING count(*) > 1""", row -> row.getString(1)));
    }

    /** Those of {@code ids} that central does not hold as confirmed: lost, or cancelled behind the visitor's back. */
    static List<UUID> notConfirmed(Database database, Collection<UUID> ids) {
        return database.read(c -> {
            List<UUID> missing = new ArrayList<>();
            for (UUID id : ids) {
                if (Sql.count(c, "SELECT count(*) FROM booking WHERE id = ? AND status = 'CONFIRMED'", id) == 0) {
                    missing.add(id);
                }
            }
            return missing;
        });
    }

    /** Confirmed bookings of these rounds. */
    static List<UUID> confirmedOn(Database database, Collection<String> roundIds) {
        return database.read(c -> Sql.list(c, "SELECT id, round_id FROM booking WHERE status = 'CONFIRMED'",
                row -> roundIds.contains(row.getString(2)) ? UUID.fromString(row.getString(1)) : null))
                .stream().filter(java.util.Objects::nonNull).toList();
    }

    /** Outbox rows central has not accepted (pending or refused). */
    static int unsent(Database replica) {
        return replica.read(c -> Sql.count(c, "SELECT count(*) FROM outbox WHERE state <> 'SENT'"));
    }

    /**
     * Bookings of a replica that are half written: without visitors, made here without their
     * outbox row (not from central's feed either), or an outbox row without its booking.
     */
    static List<String> halfWritten(Database replica, Database central) {
        Set<String> atCentral = Set.copyOf(central.read(c -> Sql.list(c, "SELECT id FROM booking",
                row -> row.getString(1))));
        return replica.read(c -> {
            List<String> half = new ArrayList<>(Sql.list(c, """
                    SELECT 'no visitors: ' || b.id FROM booking b
                    WHERE NOT EXISTS (SELECT 1 FROM booking_visitor v WHERE v.booking_id = b.id)
                    UNION ALL
                    SELECT 'no booking: ' || o.booking_id FROM outbox o
                    WHERE NOT EXISTS (SELECT 1 FROM booking b WHERE b.id = o.booking_id)""", row -> row.getString(1)));
            half.addAll(Sql.list(c, """
                    SELECT b.id FROM booking b WHERE NOT EXISTS (SELECT 1 FROM outbox o WHERE o.booking_id = b.id)""",
                    row -> row.getString(1)).stream().filter(id -> !atCentral.contains(id))
                    .map(id -> "no outbox row: " + id).toList());
            return half;
        });
    }

    /** The bookings this kiosk made (each has its CREATE row in the outbox). */
    static List<UUID> madeHere(Database replica) {
        return replica.read(c -> Sql.list(c, "SELECT booking_id FROM outbox WHERE kind = 'CREATE'",
                row -> UUID.fromString(row.getString(1))));
    }
}
