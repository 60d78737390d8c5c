package fr.borne.central.booking;

import fr.borne.booking.Ledger;
import fr.borne.central.kiosk.Principal;
import fr.borne.central.session.VisitorSessions;
import fr.borne.sync.Problem;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * A kiosk acts for its own establishment, and elsewhere (B11) only for the visitor whose
 * badge it has just read, through that visitor's session. Staff act everywhere.
 */
final class KioskReach {

    private final VisitorSessions sessions;

    KioskReach(VisitorSessions sessions) {
        this.sessions = sessions;
    }

    /**
     * Empty when the caller may act on the detainee's bookings for {@code actorId}; else the problem.
     * {@code ledger}: the facts the transaction has read, where the detainee is found.
     */
    Optional<Reply> refusal(Connection connection, Ledger ledger, Principal principal, Optional<String> session,
                            String detaineeId, String actorId, Instant now) throws SQLException {
        if (!(principal instanceof Principal.Kiosk kiosk)) {
            return Optional.empty();
        }
        boolean own = ledger.detainee(detaineeId)
                .map(d -> d.establishmentId().equals(kiosk.establishmentId())).orElse(false);
        if (own || sessions.holds(connection, kiosk.id(), session, actorId, now)) {
            return Optional.empty();
        }
        return Optional.of(Reply.problem(403, Problem.WRONG_ESTABLISHMENT,
                "a kiosk acts for another establishment only for the visitor whose badge it has just read"));
    }
}
