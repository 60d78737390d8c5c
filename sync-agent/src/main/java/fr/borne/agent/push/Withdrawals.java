package fr.borne.agent.push;

import fr.borne.agent.client.CentralClient;
import fr.borne.agent.client.Outcome;
import fr.borne.store.Database;
import fr.borne.store.SyncStatusRepository;
import fr.borne.sync.BookingAnswer;
import fr.borne.sync.CancelBooking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Online bookings the kiosk app was told were not made (central did not answer in time)
 * may have reached central all the same. Each is remembered, by id only, among the agent's
 * own state ({@code sync_status} rows {@code withdrawal.<booking id>}), and withdrawn at
 * central as soon as it answers: central cancels it if it arrived, and from then on
 * refuses its id, so the visitor's "not booked" stays true.
 */
public final class Withdrawals {

    private static final String KEY = "withdrawal.";

    private static final Logger LOG = LoggerFactory.getLogger(Withdrawals.class);

    private final Database database;
    private final CentralClient central;
    private final Clock clock;

    public Withdrawals(Database database, CentralClient central, Clock clock) {
        this.database = database;
        this.central = central;
        this.clock = clock;
    }

    /** Remembers an attempt to withdraw, inside the caller's transaction. */
    public void remember(Connection connection, UUID bookingId) throws SQLException {
        new SyncStatusRepository(connection).putIfAbsent(KEY + bookingId, clock.instant().toString());
    }

    /** Withdrawals still to send, for the agent's loop. */
    public static int waitingCount(Connection connection) throws SQLException {
        return new SyncStatusRepository(connection).countStartingWith(KEY);
    }

    public boolean waiting(UUID bookingId) {
        return database.read(c -> new SyncStatusRepository(c).has(KEY + bookingId));
    }

    /** Sends every waiting withdrawal; false when central could not be reached (they wait for the next pass). */
    public boolean send() {
        List<UUID> waiting = database.read(c -> new SyncStatusRepository(c).startingWith(KEY).keySet().stream()
                .map(UUID::fromString).toList());
        for (UUID bookingId : waiting) {
            Outcome<BookingAnswer> outcome = central.cancel(bookingId + ":WITHDRAW", bookingId,
                    CancelBooking.withdrawingAttempt());
            if (outcome instanceof Outcome.Unreachable<BookingAnswer>) {
                return false;
            }
            if (outcome instanceof Outcome.Rejected<BookingAnswer> rejected) {
                LOG.warn("central refused to withdraw booking {}: {}", bookingId, rejected.problem().code());
            } else if (((Outcome.Answered<BookingAnswer>) outcome).body().booking() != null) {
                LOG.info("booking {} had reached central after all and is withdrawn", bookingId);
            }
            database.write(c -> {
                new SyncStatusRepository(c).remove(KEY + bookingId);
                return null;
            });
        }
        return true;
    }
}
