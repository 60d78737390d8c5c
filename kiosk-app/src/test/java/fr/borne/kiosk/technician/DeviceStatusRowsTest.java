package fr.borne.kiosk.technician;

import fr.borne.device.printer.PrinterProfile;
import fr.borne.device.simulator.FolderPrinter;
import fr.borne.store.Database;
import fr.borne.store.Sql;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The device words the sync agent sends to central with its heartbeat, written by the kiosk app into {@code sync_status}. */
class DeviceStatusRowsTest {

    @TempDir
    Path folder;

    @Test
    void deviceWordsAndTheAppVersionAreWrittenAndFollowEachChange() throws Exception {
        try (Database database = Database.open(folder.resolve("kiosk.db"))) {
            FolderPrinter printer = new FolderPrinter(Files.createDirectories(folder.resolve("receipts")),
                    PrinterProfile.paper80mm(), Clock.systemUTC());
            SimpleBooleanProperty scanner = new SimpleBooleanProperty(true);

            new DeviceStatusRows(database, Runnable::run).watch(printer, scanner, "1.4.2");
            assertThat(rows(database)).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                    "app.version", "1.4.2", "device.printer", "ONLINE", "device.scanner", "CONNECTED")));

            scanner.set(false);
            Files.writeString(printer.folder().resolve(FolderPrinter.STATUS_FILE), "PAPER_OUT");
            printer.status();

            assertThat(rows(database)).containsEntry("device.scanner", "DISCONNECTED")
                    .containsEntry("device.printer", "PAPER_OUT");
        }
    }

    private static Map<String, String> rows(Database database) {
        return database.read(c -> {
            Map<String, String> rows = new TreeMap<>();
            Sql.list(c, "SELECT key, value FROM sync_status", r -> Map.entry(r.getString(1), r.getString(2)))
                    .forEach(e -> rows.put(e.getKey(), e.getValue()));
            return rows;
        });
    }
}
