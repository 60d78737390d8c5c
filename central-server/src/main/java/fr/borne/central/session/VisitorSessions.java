package fr.borne.central.session;

import fr.borne.store.Sql;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * B11: the visitor of another establishment whose badge a kiosk has just read. A session
 * is bound to that kiosk and that visitor, lasts {@code idle} after its last use, and ends
 * when the kiosk closes it or reads the next badge (one visitor at a kiosk at a time).
 * Remote bookings, changes, cancellations and availability need it.
 */
public final class VisitorSessions {

    /** The header a kiosk's agent carries the session in. */
    public static final String HEADER = "Borne-Visitor-Session";
    public static final Duration DEFAULT_IDLE = Duration.ofMinutes(5);

    private final SecureRandom random = new SecureRandom();
    private final Duration idle;

    public VisitorSessions(Duration idle) {
        this.idle = idle;
    }

    /** Opens a session for the visitor at the kiosk, ending the kiosk's previous one. */
    public String open(Connection connection, String kioskId, String visitorId, Instant now) throws SQLException {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String id = HexFormat.of().formatHex(bytes);
        Sql.update(connection, """
                INSERT INTO central_visitor_session (id, kiosk_id, visitor_id, expires_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (kiosk_id) DO UPDATE SET id = excluded.id, visitor_id = excluded.visitor_id,
                    expires_at = excluded.expires_at""", id, kioskId, visitorId, now.plus(idle));
        return id;
    }

    /** Whether {@code session} is this kiosk's live session for this visitor; a use extends it. */
    public boolean holds(Connection connection, String kioskId, Optional<String> session, String visitorId,
                         Instant now) throws SQLException {
        if (session.isEmpty() || visitorId == null) {
            return false;
        }
        int extended = Sql.update(connection, """
                UPDATE central_visitor_session SET expires_at = ?
                WHERE id = ? AND kiosk_id = ? AND visitor_id = ? AND expires_at > ?""",
                now.plus(idle), session.get(), kioskId, visitorId, now);
        return extended == 1;
    }

    /** The kiosk's visitor has gone: the session books nothing more. */
    public void close(Connection connection, String kioskId) throws SQLException {
        Sql.update(connection, "DELETE FROM central_visitor_session WHERE kiosk_id = ?", kioskId);
    }
}
