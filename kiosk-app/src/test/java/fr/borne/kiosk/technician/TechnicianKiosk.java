package fr.borne.kiosk.technician;

import fr.borne.demo.DemoBadges;
import fr.borne.demo.DemoData;
import fr.borne.demo.Timetables;
import fr.borne.kiosk.KioskUi;
import fr.borne.kiosk.LocalStore;
import fr.borne.device.printer.ReceiptPrinter;
import fr.borne.kiosk.devices.ScannerLink;
import fr.borne.kiosk.support.CapturingPrinter;
import fr.borne.kiosk.support.KioskHarness;
import fr.borne.kiosk.support.ManualTimers;
import fr.borne.kiosk.support.RecordingIndicator;
import fr.borne.kiosk.support.ScreenThreadGuard;
import fr.borne.kiosk.support.SteppedWork;
import fr.borne.store.Database;
import fr.borne.technician.AuditEntry;
import fr.borne.technician.AuditLog;
import fr.borne.technician.TechnicianAction;
import fr.borne.technician.PinHasher;
import fr.borne.technician.TechnicianAccounts;
import fr.borne.testsupport.Eventually;
import fr.borne.testsupport.ManualScheduler;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.UnaryOperator;
import java.util.function.BooleanSupplier;

/**
 * A kiosk with technician mode on a real SQLite file holding the demo data and the demo
 * technician. Building it again on the same file is a restart of the kiosk app.
 */
public final class TechnicianKiosk {

    public static final String BADGE = "TECH-0001";
    public static final String PIN = "4321";
    static final Duration POLL = TechnicianMode.Settings.DEFAULT.poll();

    public final KioskHarness kiosk;
    final TechnicianMode mode;

    private TechnicianKiosk(KioskHarness kiosk, TechnicianMode mode) {
        this.kiosk = kiosk;
        this.mode = mode;
    }

    /** Opens the kiosk on {@code folder/kiosk.db}, loading the demo data into a new file; on the JavaFX thread. */
    public static TechnicianKiosk start(Stage stage, Path folder, Clock clock, Duration idle) {
        return start(stage, folder, clock, idle, null, new SteppedWork());
    }

    /**
     * The same kiosk, with {@code bench} as the printer technician mode tests (the visitors' receipts
     * still go to the capturing printer), and its background work on {@code background}.
     */
    static TechnicianKiosk start(Stage stage, Path folder, Clock clock, Duration idle, ReceiptPrinter bench,
                                 Executor background) {
        return start(stage, folder, clock, idle, bench, background, UnaryOperator.identity());
    }

    /** The same, with technician mode's services as {@code services} makes them from the real ones. */
    static TechnicianKiosk start(Stage stage, Path folder, Clock clock, Duration idle, ReceiptPrinter bench,
                                 Executor background, UnaryOperator<TechnicianServices> services) {
        Path file = folder.resolve("kiosk.db");
        boolean fresh = !Files.exists(file);
        Database database = Database.open(file);
        if (fresh) {
            DemoData.load(database, Clock.fixed(KioskHarness.MONDAY_NOON, KioskHarness.PARIS));
            // the demo technician, with the cheapest PIN hash allowed: a faster test, the same checks
            new TechnicianAccounts(database, clock, new PinHasher(PinHasher.MIN_ITERATIONS))
                    .enrol("tech-demo", BADGE, PIN, "demo");
        }
        CapturingPrinter printer = new CapturingPrinter();
        RecordingIndicator indicator = new RecordingIndicator();
        ScannerLink scanner = new ScannerLink(true);
        ManualScheduler time = KioskHarness.timeFor(clock);
        LocalStore store = LocalStore.open(database, Timetables.ROUEN, clock);
        ScreenThreadGuard guard = new ScreenThreadGuard();
        guard.watch(database);
        SteppedWork work = new SteppedWork();
        KioskUi ui = KioskUi.build(store, Optional.empty(), work, clock, printer, work, indicator,
                scanner.connectedProperty(), KioskHarness.PATIENT, new ManualTimers(time), DemoBadges.ALL,
                new Rectangle2D(0, 0, 1920, 1080));
        scanner.deliverTo(ui.journey()::badgeScanned, ui.journey()::scanRejected);
        TechnicianMode mode = TechnicianMode.install(ui, services.apply(TechnicianServices.of(database, clock)),
                new DeviceBench(bench == null ? printer : bench, indicator, scanner.connectedProperty()), background,
                new TechnicianMode.Settings(idle, POLL));
        // the scene's size: a stage another test left at another size keeps it otherwise
        stage.setWidth(ui.scene().getWidth());
        stage.setHeight(ui.scene().getHeight());
        stage.setScene(ui.scene());
        stage.show();
        return new TechnicianKiosk(KioskHarness.around(folder, database, guard, ui, printer, indicator, scanner, time), mode);
    }

    /** The app closes: technician mode stops, the database file is closed and kept (and was never used on the JavaFX thread). */
    public void shutDown() {
        kiosk.onFx(mode::stop);
        kiosk.database().close();
        kiosk.guard().verify();
    }

    /** Types a PIN on the keypad, key by key, and waits for its answer: signed in, or told why not. */
    public void typePin(String pin) {
        kiosk.onFx(() -> {
            for (char key : (pin + "k").toCharArray()) {
                String id = key == 'k' ? "pin-ok" : "pin-" + key;
                kiosk.ui().scene().getRoot().applyCss();
                kiosk.ui().scene().getRoot().layout();
                if (!(kiosk.ui().scene().lookup("#" + id) instanceof ButtonBase button) || button.isDisabled()) {
                    throw new AssertionError("no key #" + id + " to touch");
                }
                button.fire();
            }
        });
        // read on the JavaFX thread, without waiting for a label the sign-in may have taken away
        kiosk.waitUntil(() -> mode.signedIn() || kiosk.ui().scene().lookup("#pin-message") instanceof Labeled message
                && !message.getText().isEmpty() && !message.getText().startsWith("Vérification"));
    }

    public void signIn() {
        kiosk.scan(BADGE);
        typePin(PIN);
        kiosk.waitUntil(mode::signedIn);
    }

    /** Lays the screen out first: a scroll pane shows its content only once laid out. */
    void tap(String id) {
        layOut();
        kiosk.tap(id);
    }

    boolean has(String id) {
        layOut();
        return kiosk.has(id);
    }

    String text(String id) {
        layOut();
        return kiosk.text(id);
    }

    String texts() {
        layOut();
        return kiosk.texts();
    }

    /**
     * The text of the label with this id now, "" when there is none: laid out and read in one
     * go on the JavaFX thread, so a screen shown again meanwhile (a device's answer) cannot
     * slip in between.
     */
    String textNow(String id) {
        return kiosk.fxNow(() -> {
            kiosk.ui().scene().getRoot().applyCss();
            kiosk.ui().scene().getRoot().layout();
            return kiosk.ui().scene().lookup("#" + id) instanceof Labeled label
                    ? fr.borne.kiosk.i18n.BidiText.plain(label.getText()) : "";
        });
    }

    /** Whether the button with this id is on screen and can be touched now. */
    boolean enabledNow(String id) {
        return kiosk.fxNow(() -> {
            kiosk.ui().scene().getRoot().applyCss();
            kiosk.ui().scene().getRoot().layout();
            return kiosk.ui().scene().lookup("#" + id) instanceof ButtonBase button && !button.isDisabled();
        });
    }

    void waitFor(String id) {
        kiosk.waitUntil(() -> {
            kiosk.ui().scene().getRoot().applyCss();
            kiosk.ui().scene().getRoot().layout();
            return kiosk.ui().scene().lookup("#" + id) != null;
        });
    }

    /** Polls from the test's thread, so the condition may read the screen. */
    void waitUntil(BooleanSupplier condition) {
        Eventually.await(() -> "condition not met; screen shows:\n" + texts(), Eventually.CEILING, condition);
    }

    private void layOut() {
        kiosk.onFx(() -> {
            kiosk.ui().scene().getRoot().applyCss();
            kiosk.ui().scene().getRoot().layout();
        });
    }

    List<TechnicianAction> auditedActions() {
        return new AuditLog(kiosk.database(), Clock.systemUTC()).recent(100).stream()
                .map(AuditEntry::action).toList();
    }

    List<AuditEntry> audited() {
        return new AuditLog(kiosk.database(), Clock.systemUTC()).recent(100);
    }
}
