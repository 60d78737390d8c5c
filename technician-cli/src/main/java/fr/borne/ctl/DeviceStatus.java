package fr.borne.ctl;

import fr.borne.store.Database;
import fr.borne.store.SyncStatusRepository;

import java.util.Map;
import java.util.TreeMap;

/** The device status words the kiosk app last published ({@code device.<name>} rows of {@code sync_status}). */
final class DeviceStatus {

    private DeviceStatus() {
    }

    static Map<String, String> fromDatabase(Database db) {
        return db.read(c -> {
            SyncStatusRepository status = new SyncStatusRepository(c);
            return status.present() ? new TreeMap<>(status.startingWith(SyncStatusRepository.DEVICE))
                    : new TreeMap<String, String>();
        });
    }
}
