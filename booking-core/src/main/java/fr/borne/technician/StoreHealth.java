package fr.borne.technician;

import fr.borne.store.Database;
import fr.borne.store.OutboxRepository;
import fr.borne.store.Sql;
import fr.borne.store.SyncCursorRepository;
import fr.borne.store.SyncRefusalRepository;
import fr.borne.store.SyncStatusRepository;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Facts about the local database for technicians: its integrity, schema version, how many
 * rows each table holds (counts only, never rows), the outbox depth and the sync agent's
 * state. Reads only.
 */
public final class StoreHealth {

    private static final int MAX_PROBLEMS = 20;

    private final Database database;

    public StoreHealth(Database database) {
        this.database = database;
    }

    /** SQLite's {@code quick_check}: "ok" or the first problems found. Fast enough for a status line. */
    public String quickCheck() {
        return check("quick_check");
    }

    /** SQLite's full {@code integrity_check}: "ok" or the first problems found. */
    public String integrityCheck() {
        return check("integrity_check");
    }

    private String check(String pragma) {
        List<String> lines = database.read(c -> Sql.list(c, "PRAGMA " + pragma + "(" + MAX_PROBLEMS + ")",
                row -> row.getString(1)));
        return String.join("; ", lines);
    }

    /** The last schema migration applied, e.g. "200". */
    public Optional<String> schemaVersion() {
        return database.read(StoreHealth::schemaVersion);
    }

    static Optional<String> schemaVersion(Connection c) throws SQLException {
        if (!tableExists(c, "flyway_schema_history")) {
            return Optional.empty();
        }
        return Sql.one(c, "SELECT version FROM flyway_schema_history WHERE success = 1 AND version IS NOT NULL "
                + "ORDER BY installed_rank DESC LIMIT 1", row -> row.getString(1));
    }

    public String sqliteVersion() {
        return database.read(c -> Sql.one(c, "SELECT sqlite_version()", row -> row.getString(1)).orElse("unknown"));
    }

    /** Row count of every table, by name. */
    public Map<String, Long> tableCounts() {
        return database.read(c -> {
            Map<String, Long> counts = new TreeMap<>();
            for (String table : Sql.list(c, "SELECT name FROM sqlite_master WHERE type = 'table' "
                    + "AND name NOT LIKE 'sqlite_%' ORDER BY name", row -> row.getString(1))) {
                counts.put(table, Sql.one(c, "SELECT count(*) FROM " + quoted(table), row -> row.getLong(1))
                        .orElse(0L));
            }
            return counts;
        });
    }

    /** Changes made here and not yet accepted by central. */
    public int outboxDepth() {
        return database.read(c -> new OutboxRepository(c).pendingCount());
    }

    public SyncSnapshot sync() {
        return database.read(c -> {
            SyncCursorRepository cursor = new SyncCursorRepository(c);
            Optional<Instant> caughtUp = cursor.present() ? cursor.caughtUpAt() : Optional.empty();
            SyncStatusRepository rows = new SyncStatusRepository(c);
            Map<String, String> status = rows.present() ? rows.all() : new LinkedHashMap<>();
            SyncRefusalRepository refused = new SyncRefusalRepository(c);
            int refusals = refused.present() ? refused.count() : 0;
            int open = Sql.count(c, "SELECT count(*) FROM sync_now_request WHERE handled_at IS NULL");
            return new SyncSnapshot(caughtUp, status, refusals, open);
        });
    }

    static boolean tableExists(Connection c, String table) throws SQLException {
        return Sql.count(c, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?", table) > 0;
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
