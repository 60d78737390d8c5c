package fr.borne.technician;

import fr.borne.store.Database;
import fr.borne.store.Sql;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * The technicians' audit log ({@code audit_log}). Actions that change something write
 * their entry in the same transaction as the change; the sync agent reads the entries
 * not yet pushed, sends them to central and marks them pushed.
 */
public final class AuditLog {

    static final int MAX_DETAIL = 500;

    private final Database database;
    private final Clock clock;

    public AuditLog(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Appends an entry in its own transaction. */
    public AuditEntry record(String technicianId, TechnicianAction action, String detail) {
        Instant at = clock.instant();
        return database.write(c -> append(c, technicianId, action, detail, at));
    }

    /** Appends an entry inside the caller's write transaction. */
    public static AuditEntry append(Connection connection, String technicianId, TechnicianAction action,
                                    String detail, Instant at) throws SQLException {
        String bounded = detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL) : detail;
        Sql.update(connection, "INSERT INTO audit_log (technician_id, action, detail, at) VALUES (?, ?, ?, ?)",
                technicianId, action, bounded, at);
        long id = Sql.one(connection, "SELECT last_insert_rowid()", row -> row.getLong(1)).orElseThrow();
        return new AuditEntry(id, technicianId, action, bounded, at, false);
    }

    /** The newest entries first, for the technician screen. */
    public List<AuditEntry> recent(int limit) {
        return database.read(c -> Sql.list(c, "SELECT * FROM audit_log ORDER BY id DESC LIMIT ?",
                AuditLog::map, limit));
    }

    /** Entries central has not received yet, oldest first. */
    public List<AuditEntry> toPush(int limit) {
        return database.read(c -> Sql.list(c, "SELECT * FROM audit_log WHERE pushed = 0 ORDER BY id LIMIT ?",
                AuditLog::map, limit));
    }

    /** Central acknowledged these entries. */
    public void markPushed(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        database.write(c -> {
            Sql.batch(c, "UPDATE audit_log SET pushed = 1 WHERE id = ?", ids, id -> new Object[] {id});
            return null;
        });
    }

    private static AuditEntry map(ResultSet row) throws SQLException {
        return new AuditEntry(row.getLong("id"), row.getString("technician_id"),
                Sql.enumValue(row, "action", TechnicianAction.class), row.getString("detail"),
                Sql.instant(row, "at"), Sql.flag(row, "pushed"));
    }
}
