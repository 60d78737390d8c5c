package fr.borne.kiosk.technician;

import fr.borne.kiosk.i18n.Texts;
import fr.borne.kiosk.ui.Widgets;
import javafx.application.Platform;
import javafx.scene.Node;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Software and database versions, and SQLite's quick integrity check, run off the screen's
 * thread once the screen shows; a check that cannot run says so, and is logged.
 */
final class VersionsScreen extends TechnicianScreen {

    private static final Logger LOG = LoggerFactory.getLogger(VersionsScreen.class);

    private Function<Texts, String> quickCheck;
    private boolean checkStarted;

    VersionsScreen(TechnicianMode mode) {
        super(mode, "technician.versions.title");
    }

    private void startCheck() {
        checkStarted = true;
        CompletableFuture<String> check;
        try {
            check = CompletableFuture.supplyAsync(() -> mode.services().health().quickCheck(), mode.background());
        } catch (RuntimeException e) {
            check = CompletableFuture.failedFuture(e);
        }
        check.whenComplete((result, fault) -> Platform.runLater(() -> {
            if (fault != null) {
                String what = DeviceFault.describe(fault);
                LOG.warn("database quick check could not run: {}", what);
                quickCheck = texts -> texts.get("technician.versions.checkFailed", what);
            } else {
                quickCheck = texts -> result;
            }
            refresh();
        }));
    }

    @Override
    public Node view(Texts texts) {
        if (!checkStarted) {
            startCheck();
        }
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
                        quickCheck == null ? texts.get("technician.devices.asking") : quickCheck.apply(texts), "version-check")));
    }
}
