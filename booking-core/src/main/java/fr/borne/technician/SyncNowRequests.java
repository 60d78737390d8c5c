package fr.borne.technician;

import fr.borne.store.Database;
import fr.borne.store.Sql;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * A technician's "sync now", left in {@code sync_now_request} for the sync agent, which
 * runs in another process: the agent watches for open requests, runs a pass and stamps
 * them handled. The technician sees whether it did.
 */
public final class SyncNowRequests {

    /** One request and, once the agent has run a pass for it, when. */
    public record Request(long id, String requestedBy, Instant requestedAt, Optional<Instant> handledAt) {
    }

    private final Database database;
    private final Clock clock;

    public SyncNowRequests(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public Request request(String technicianId) {
        Instant now = clock.instant();
        return database.write(c -> {
            Sql.update(c, "INSERT INTO sync_now_request (requested_by, requested_at) VALUES (?, ?)", technicianId, now);
            long id = Sql.one(c, "SELECT last_insert_rowid()", row -> row.getLong(1)).orElseThrow();
            AuditLog.append(c, technicianId, TechnicianAction.SYNC_NOW, "sync pass requested (request " + id + ")", now);
            return new Request(id, technicianId, now, Optional.empty());
        });
    }

    /** For the sync agent: whether any request is waiting. */
    public boolean anyOpen() {
        return database.read(c -> Sql.count(c, "SELECT count(*) FROM sync_now_request WHERE handled_at IS NULL") > 0);
    }

    /**
     * For the sync agent, after a pass: stamps the open requests made before that pass began
     * (a request made during the pass waits for the next one).
     */
    public int markHandled(Instant passStartedAt) {
        Instant now = clock.instant();
        return database.write(c -> Sql.update(c,
                "UPDATE sync_now_request SET handled_at = ? WHERE handled_at IS NULL AND requested_at <= ?",
                now, passStartedAt));
    }

    public Optional<Request> find(long id) {
        return database.read(c -> Sql.one(c, "SELECT * FROM sync_now_request WHERE id = ?", row -> {
            long handled = row.getLong("handled_at");
            Optional<Instant> handledAt = row.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(handled));
            return new Request(row.getLong("id"), row.getString("requested_by"), Sql.instant(row, "requested_at"),
                    handledAt);
        }, id));
    }
}
