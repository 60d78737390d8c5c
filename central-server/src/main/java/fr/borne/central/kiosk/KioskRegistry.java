package fr.borne.central.kiosk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.borne.store.Sql;
import fr.borne.sync.Heartbeat;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * The kiosks central knows: the establishment each serves, the certificate it was enrolled
 * with, whether it was revoked, and its last heartbeat. Checked on every kiosk request.
 */
public final class KioskRegistry {

    private final ObjectMapper json;

    public KioskRegistry(ObjectMapper json) {
        this.json = json;
    }

    public void register(Connection connection, String kioskId, String establishmentId) throws SQLException {
        Sql.update(connection, """
                INSERT INTO central_kiosk (id, establishment_id) VALUES (?, ?)
                ON CONFLICT (id) DO UPDATE SET establishment_id = excluded.establishment_id""",
                kioskId, establishmentId);
    }

    /**
     * Registers the kiosk with the certificate just issued to it: only that certificate is
     * accepted from now on, and a revoked kiosk enrolled again is active again.
     */
    public void enrol(Connection connection, String kioskId, String establishmentId, String certificateSha256)
            throws SQLException {
        Sql.update(connection, """
                INSERT INTO central_kiosk (id, establishment_id, certificate_sha256) VALUES (?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET establishment_id = excluded.establishment_id,
                    certificate_sha256 = excluded.certificate_sha256, revoked_at = NULL""",
                kioskId, establishmentId, certificateSha256);
    }

    /** Revokes the kiosk; false when central does not know it. Revoking twice keeps the first time. */
    public boolean revoke(Connection connection, String kioskId, Instant now) throws SQLException {
        return Sql.update(connection, "UPDATE central_kiosk SET revoked_at = ifnull(revoked_at, ?) WHERE id = ?",
                now, kioskId) > 0;
    }

    public Optional<RegisteredKiosk> find(Connection connection, String kioskId) throws SQLException {
        return Sql.one(connection, "SELECT * FROM central_kiosk WHERE id = ?",
                row -> new RegisteredKiosk(kioskId, row.getString("establishment_id"),
                        Optional.ofNullable(row.getString("certificate_sha256")),
                        row.getObject("revoked_at") != null), kioskId);
    }

    public Optional<String> establishmentOf(Connection connection, String kioskId) throws SQLException {
        return Sql.one(connection, "SELECT establishment_id FROM central_kiosk WHERE id = ?",
                row -> row.getString(1), kioskId);
    }

    public void heartbeat(Connection connection, String kioskId, Heartbeat heartbeat, Instant now)
            throws SQLException {
        try {
            Sql.update(connection, "UPDATE central_kiosk SET last_heartbeat = ?, last_seen = ? WHERE id = ?",
                    json.writeValueAsString(heartbeat), now, kioskId);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a heartbeat always serialises", e);
        }
    }

    public Optional<Heartbeat> lastHeartbeat(Connection connection, String kioskId) throws SQLException {
        Optional<String> stored = Sql.one(connection,
                "SELECT last_heartbeat FROM central_kiosk WHERE id = ? AND last_heartbeat IS NOT NULL",
                row -> row.getString(1), kioskId);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(stored.get(), Heartbeat.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored heartbeat unreadable", e);
        }
    }
}
