package fr.borne.kiosk.technician;

import fr.borne.kiosk.i18n.Texts;
import fr.borne.kiosk.ui.Widgets;
import javafx.application.Platform;
import javafx.scene.Node;

import java.util.concurrent.CompletableFuture;

/** Software and database versions, and SQLite's quick integrity check (run off the screen's thread). */
final class VersionsScreen extends TechnicianScreen {

    private String quickCheck;

    VersionsScreen(TechnicianMode mode) {
        super(mode, "technician.versions.title");
        CompletableFuture.supplyAsync(() -> mode.services().health().quickCheck(), mode.background())
                // what SQLite could not do is the check's answer
                .exceptionally(Throwable::toString)
                .thenAccept(result -> Platform.runLater(() -> {
                    quickCheck = result;
                    mode.context().navigator().refresh();
                }));
    }

    @Override
    public Node view(Texts texts) {
        var health = mode.services().health();
        String app = KioskVersion.current().equals(KioskVersion.DEVELOPMENT)
                ? texts.get("technician.versions.development") : KioskVersion.current();
        return page(texts, Widgets.card(null,
                fact(texts.get("technician.versions.app"), app, "version-app"),
                fact(texts.get("technician.versions.java"), System.getProperty("java.version") + " ("
                        + System.getProperty("os.arch") + ")", "version-java"),
                fact(texts.get("technician.versions.javafx"), System.getProperty("javafx.runtime.version", "?"),
                        "version-javafx"),
                fact(texts.get("technician.versions.schema"), health.schemaVersion().orElse("?"), "version-schema"),
                fact(texts.get("technician.versions.sqlite"), health.sqliteVersion(), "version-sqlite"),
                fact(texts.get("technician.versions.check"),
                        quickCheck == null ? texts.get("technician.devices.asking") : quickCheck, "version-check")));
    }
}
