package fr.borne.central.fleet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.borne.store.Sql;
import fr.borne.sync.Heartbeat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Reads every registered kiosk with its last heartbeat, in one query. */
public final class KioskReports {

    private static final Logger LOG = LoggerFactory.getLogger(KioskReports.class);

    private final ObjectMapper json;

    public KioskReports(ObjectMapper json) {
        this.json = json;
    }

    public List<KioskReport> all(Connection connection) throws SQLException {
        return Sql.list(connection, """
                SELECT k.id, k.establishment_id, e.name, k.last_seen, k.last_heartbeat
                FROM central_kiosk k LEFT JOIN establishment e ON e.id = k.establishment_id
                ORDER BY k.establishment_id, k.id""", this::report);
    }

    private KioskReport report(ResultSet row) throws SQLException {
        String kioskId = row.getString(1);
        long lastSeen = row.getLong(4);
        Optional<Instant> seen = row.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(lastSeen));
        return new KioskReport(kioskId, row.getString(2), Optional.ofNullable(row.getString(3)), seen,
                heartbeat(kioskId, row.getString(5)));
    }

    /** A heartbeat central cannot read shows as "nothing reported", not as a broken page. */
    private Optional<Heartbeat> heartbeat(String kioskId, String stored) {
        if (stored == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(json.readValue(stored, Heartbeat.class));
        } catch (JsonProcessingException e) {
            LOG.warn("stored heartbeat of kiosk {} is unreadable: {}", kioskId, e.getOriginalMessage());
            return Optional.empty();
        }
    }
}
