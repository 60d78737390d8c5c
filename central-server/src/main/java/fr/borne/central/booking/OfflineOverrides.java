package fr.borne.central.booking;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.borne.booking.Decision;
import fr.borne.store.Sql;
import fr.borne.sync.RefusalData;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Offline confirmations central honoured on a kiosk's held seat although its own rules
 * refuse them, with every rule that would have refused: for staff to follow up.
 */
public final class OfflineOverrides {

    /** One honoured booking and what central would have said of it online. */
    public record Override(UUID bookingId, String kioskId, List<RefusalData> refusals, Instant recordedAt) {
    }

    private static final TypeReference<List<RefusalData>> REFUSALS = new TypeReference<>() {
    };

    private final ObjectMapper json;

    public OfflineOverrides(ObjectMapper json) {
        this.json = json;
    }

    void record(Connection connection, UUID bookingId, String kioskId, Decision refused, Instant now)
            throws SQLException {
        try {
            Sql.update(connection, """
                    INSERT INTO central_offline_override (booking_id, kiosk_id, refusals, recorded_at)
                    VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING""", bookingId, kioskId,
                    json.writeValueAsString(refused.refusals().stream().map(RefusalData::of).toList()), now);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("refusals always serialise", e);
        }
    }

    public List<Override> all(Connection connection) throws SQLException {
        return Sql.list(connection, "SELECT * FROM central_offline_override ORDER BY recorded_at, booking_id",
                row -> new Override(UUID.fromString(row.getString("booking_id")), row.getString("kiosk_id"),
                        refusals(row.getString("refusals")), Sql.instant(row, "recorded_at")));
    }

    private List<RefusalData> refusals(String stored) {
        try {
            return json.readValue(stored, REFUSALS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored refusals unreadable", e);
        }
    }
}
