package fr.borne.kiosk.technician;

import fr.borne.device.printer.ReceiptPrinter;
import fr.borne.store.Database;
import fr.borne.store.SyncStatusRepository;
import javafx.beans.property.ReadOnlyBooleanProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.Executor;

/**
 * Publishes the devices' status words as {@code device.<name>} rows of {@code sync_status},
 * and the app's version as {@code app.version}: the sync agent sends them to central with
 * its heartbeat and {@code borne-ctl status} shows them. Written when a status changes, off
 * the screen's thread; nothing is written where the sync tables do not exist.
 */
public final class DeviceStatusRows {

    private static final Logger LOG = LoggerFactory.getLogger(DeviceStatusRows.class);

    private final Database database;
    private final Executor writer;

    /** @param writer runs the writes one after the other (a single thread keeps them in order) */
    public DeviceStatusRows(Database database, Executor writer) {
        this.database = database;
        this.writer = writer;
    }

    /** Writes the current words now, then again at each change. */
    public void watch(ReceiptPrinter printer, ReadOnlyBooleanProperty scannerConnected, String appVersion) {
        publish("app.version", appVersion);
        publish("device.scanner", scannerWord(scannerConnected.get()));
        scannerConnected.addListener((o, was, now) -> publish("device.scanner", scannerWord(now)));
        printer.addStatusListener((previous, current) -> publish("device.printer", current.name()));
        writer.execute(() -> write("device.printer", printer.status().name()));
    }

    static String scannerWord(boolean connected) {
        return connected ? "CONNECTED" : "DISCONNECTED";
    }

    public void publish(String key, String value) {
        writer.execute(() -> write(key, value));
    }

    private void write(String key, String value) {
        try {
            database.write(c -> {
                SyncStatusRepository status = new SyncStatusRepository(c);
                if (status.present()) {
                    status.put(key, value);
                }
                return null;
            });
        } catch (RuntimeException e) {
            LOG.warn("could not publish {}: {}", key, e.toString());
        }
    }
}
