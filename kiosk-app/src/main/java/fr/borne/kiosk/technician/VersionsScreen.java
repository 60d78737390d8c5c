package fr.borne.kiosk.technician;

import fr.borne.kiosk.i18n.Texts;
import fr.borne.kiosk.ui.Widgets;
import fr.borne.technician.StoreHealth;
import javafx.application.Platform;
import javafx.scene.Node;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Software and database versions, and SQLite's quick integrity check. What the database
 * tells is read off the screen's thread once the screen shows; a database that cannot answer
 * says so in words, and is logged.
 */
final class VersionsScreen extends TechnicianScreen {

    private static final Logger LOG = LoggerFactory.getLogger(VersionsScreen.class);

    /** What the database said about itself. */
    private record Store(String schema, String sqlite, String check) {
    }

    private Store store;
    private Function<Texts, String> failure;
    private boolean asked;

    VersionsScreen(TechnicianMode mode) {
        super(mode, "technician.versions.title");
    }

    private void askTheStore() {
        asked = true;
        StoreHealth health = mode.services().health();
        CompletableFuture<Store> reading;
        try {
            reading = CompletableFuture.supplyAsync(() -> new Store(health.schemaVersion().orElse("?"),
                    health.sqliteVersion(), health.quickCheck()), mode.background());
        } catch (RuntimeException e) {
            reading = CompletableFuture.failedFuture(e);
        }
        reading.whenComplete((read, fault) -> Platform.runLater(() -> {
            if (fault != null) {
                String what = DeviceFault.describe(fault);
                LOG.warn("database versions and quick check could not be read: {}", what);
                failure = texts -> texts.get("technician.versions.checkFailed", what);
            } else {
                store = read;
            }
            refresh();
        }));
    }

    @Override
    public Node view(Texts texts) {
        if (!asked) {
            askTheStore();
        }
        String app = KioskVersion.current().equals(KioskVersion.DEVELOPMENT)
                ? texts.get("technician.versions.development") : KioskVersion.current();
        String asking = texts.get("technician.devices.asking");
        String unknown = failure == null ? asking : "?";
        return page(texts, Widgets.card(null,
                fact(texts.get("technician.versions.app"), app, "version-app"),
                fact(texts.get("technician.versions.java"), System.getProperty("java.version") + " ("
                        + System.getProperty("os.arch") + ")", "version-java"),
                fact(texts.get("technician.versions.javafx"), System.getProperty("javafx.runtime.version", "?"),
                        "version-javafx"),
                fact(texts.get("technician.versions.schema"), store == null ? unknown : store.schema(), "version-schema"),
                fact(texts.get("technician.versions.sqlite"), store == null ? unknown : store.sqlite(), "version-sqlite"),
                fact(texts.get("technician.versions.check"), store != null ? store.check()
                        : failure != null ? failure.apply(texts) : asking, "version-check")));
    }
}
