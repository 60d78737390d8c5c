package fr.borne.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * The one rule for central's version of a booking meeting the replica's: a change made at
 * this kiosk and not pushed yet (a pending outbox row) is newer than anything central sent,
 * so central's version is not applied until that change has reached it. The feed, the
 * pushed changes' answers and the online calls' answers all ask here.
 */
public final class UnpushedChanges {

    private final Set<UUID> waiting;

    private UnpushedChanges(Set<UUID> waiting) {
        this.waiting = Set.copyOf(waiting);
    }

    /** Every booking with a change waiting to be pushed. */
    public static UnpushedChanges in(Connection connection) throws SQLException {
        return new UnpushedChanges(new HashSet<>(Sql.list(connection,
                "SELECT DISTINCT booking_id FROM outbox WHERE state = 'PENDING'",
                row -> UUID.fromString(row.getString(1)))));
    }

    /** Whether this one booking has a change waiting to be pushed. */
    public static UnpushedChanges of(Connection connection, UUID bookingId) throws SQLException {
        boolean waiting = Sql.count(connection,
                "SELECT count(*) FROM outbox WHERE booking_id = ? AND state = 'PENDING'", bookingId) > 0;
        return new UnpushedChanges(waiting ? Set.of(bookingId) : Set.of());
    }

    /** False while a local change of the booking waits to be pushed: the replica's version stands. */
    public boolean centralVersionApplies(UUID bookingId) {
        return !waiting.contains(bookingId);
    }
}
