package fr.borne.ctl;

import fr.borne.store.Database;
import fr.borne.store.Sql;

import java.util.Map;
import java.util.TreeMap;

/** The device status words the kiosk app last published ({@code device.<name>} rows of {@code sync_status}). */
final class DeviceStatus {

    private DeviceStatus() {
    }

    static Map<String, String> fromDatabase(Database db) {
        return db.read(c -> {
            Map<String, String> devices = new TreeMap<>();
            if (Sql.count(c, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'sync_status'") == 0) {
                return devices;
            }
            for (Map.Entry<String, String> row : Sql.list(c,
                    "SELECT key, value FROM sync_status WHERE key LIKE 'device.%'",
                    r -> Map.entry(r.getString(1), r.getString(2)))) {
                devices.put(row.getKey().substring("device.".length()), row.getValue());
            }
            return devices;
        });
    }
}
