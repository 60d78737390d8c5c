package fr.borne.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code sync_status}: short key/value rows the kiosk app and the sync agent leave for each
 * other and for the technician: the link to central ({@code contact.*}, {@code last.*}), the
 * devices' words ({@code device.<name>}), the app's version, withdrawals still to send
 * ({@code withdrawal.<booking id>}). Values are words, times and ids, never a name.
 */
public final class SyncStatusRepository {

    /** Keys of the devices' status words: {@code device.printer}, {@code device.scanner}. */
    public static final String DEVICE = "device.";
    /** The kiosk app's version. */
    public static final String APP_VERSION = "app.version";

    private final Connection connection;

    public SyncStatusRepository(Connection connection) {
        this.connection = connection;
    }

    /** False on a file the sync tables were never added to (an older replica, a bare test file). */
    public boolean present() throws SQLException {
        return Schema.hasTable(connection, "sync_status");
    }

    public void put(String key, String value) throws SQLException {
        Sql.update(connection, """
                INSERT INTO sync_status (key, value) VALUES (?, ?)
                ON CONFLICT (key) DO UPDATE SET value = excluded.value""", key, value);
    }

    public void putAll(Map<String, String> rows) throws SQLException {
        for (Map.Entry<String, String> row : rows.entrySet()) {
            put(row.getKey(), row.getValue());
        }
    }

    /** Writes the row only if the key is new: the first value stands. */
    public void putIfAbsent(String key, String value) throws SQLException {
        Sql.update(connection, "INSERT INTO sync_status (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING",
                key, value);
    }

    public boolean has(String key) throws SQLException {
        return Sql.count(connection, "SELECT count(*) FROM sync_status WHERE key = ?", key) > 0;
    }

    public void remove(String key) throws SQLException {
        Sql.update(connection, "DELETE FROM sync_status WHERE key = ?", key);
    }

    /** Every row, by key. */
    public Map<String, String> all() throws SQLException {
        Map<String, String> rows = new LinkedHashMap<>();
        for (Map.Entry<String, String> row : Sql.list(connection, "SELECT key, value FROM sync_status ORDER BY key",
                r -> Map.entry(r.getString(1), r.getString(2)))) {
            rows.put(row.getKey(), row.getValue());
        }
        return rows;
    }

    /** Rows whose key starts with {@code prefix}, keyed by the rest of the key, in the order of their values. */
    public Map<String, String> startingWith(String prefix) throws SQLException {
        Map<String, String> rows = new LinkedHashMap<>();
        for (Map.Entry<String, String> row : Sql.list(connection,
                "SELECT key, value FROM sync_status WHERE substr(key, 1, ?) = ? ORDER BY value, key",
                r -> Map.entry(r.getString(1), r.getString(2)), prefix.length(), prefix)) {
            rows.put(row.getKey().substring(prefix.length()), row.getValue());
        }
        return rows;
    }

    public int countStartingWith(String prefix) throws SQLException {
        return Sql.count(connection, "SELECT count(*) FROM sync_status WHERE substr(key, 1, ?) = ?",
                prefix.length(), prefix);
    }
}
