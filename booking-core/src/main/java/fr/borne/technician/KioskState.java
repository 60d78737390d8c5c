package fr.borne.technician;

import fr.borne.store.Database;
import fr.borne.store.Sql;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The kiosk's out-of-service switch, kept in the database so that it survives restarts of
 * the kiosk app and is seen by every process on the kiosk. Each switch writes its audit
 * entry in the same transaction.
 */
public final class KioskState {

    static final int MAX_REASON = 200;

    private final Database database;
    private final Clock clock;

    public KioskState(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public ServiceState current() {
        return database.read(KioskState::read);
    }

    public ServiceState takeOutOfService(String technicianId, String reason) {
        String text = reason == null || reason.isBlank() ? "no reason given" : reason.strip();
        String bounded = text.length() > MAX_REASON ? text.substring(0, MAX_REASON) : text;
        return change(technicianId, true, bounded, TechnicianAction.OUT_OF_SERVICE_ON, "out of service: " + bounded);
    }

    public ServiceState putBackInService(String technicianId) {
        return change(technicianId, false, null, TechnicianAction.OUT_OF_SERVICE_OFF, "back in service");
    }

    private ServiceState change(String technicianId, boolean outOfService, String reason, TechnicianAction action,
                                String detail) {
        Instant now = clock.instant();
        return database.write(c -> {
            Sql.update(c, """
                    INSERT INTO kiosk_state (id, out_of_service, reason, changed_at, changed_by) VALUES (1, ?, ?, ?, ?)
                    ON CONFLICT (id) DO UPDATE SET out_of_service = excluded.out_of_service, reason = excluded.reason,
                        changed_at = excluded.changed_at, changed_by = excluded.changed_by
                    """, outOfService, Optional.ofNullable(reason), now, technicianId);
            AuditLog.append(c, technicianId, action, detail, now);
            return read(c);
        });
    }

    private static ServiceState read(Connection c) throws SQLException {
        return Sql.one(c, "SELECT * FROM kiosk_state WHERE id = 1", row -> new ServiceState(
                Sql.flag(row, "out_of_service"), Sql.optionalText(row, "reason"),
                Optional.of(Sql.instant(row, "changed_at")), Sql.optionalText(row, "changed_by")))
                .orElse(ServiceState.initial());
    }
}
