package fr.borne.kiosk.tour;

import fr.borne.booking.Booking;
import fr.borne.device.scanner.ScannerEvent;
import fr.borne.kiosk.KioskUi;
import fr.borne.kiosk.devices.ScannerLink;
import fr.borne.kiosk.i18n.Language;
import fr.borne.kiosk.ui.KioskFrame;
import fr.borne.kiosk.demo.TechnicianDemo;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.util.Duration;

import java.nio.file.Path;

/**
 * Walks the journey on the demo data, from inside the running kiosk, and saves each
 * screen as a PNG: the attract screen, a booking from scan to receipt, refusals, the
 * Arabic screens, the accessibility switches, the inactivity warning, out of service.
 */
public final class ScreenshotTour {

    private static final Duration SETTLE = Duration.millis(900);

    private final KioskUi ui;
    private final ScannerLink scanner;
    private final Tour tour;

    public ScreenshotTour(KioskUi ui, ScannerLink scanner, Path folder, Runnable done) {
        this.ui = ui;
        this.scanner = scanner;
        this.tour = new Tour(ui, folder, SETTLE, done);
    }

    public void start() {
        tour.step("01-attract", () -> { });
        tour.step("02-demo-panel", () -> tour.tap("demo"));
        tour.step("03-home", () -> {
            tour.tap("demo-close");
            scan("DEMO-0001");
        });
        tour.step("04-day", () -> tour.tap("book"));
        tour.step("05-day-explained", () -> tour.tapFirst("day-", tile -> unavailable(tile) && !text(tile).endsWith(
                ui.context().texts().get("status.noVisits"))));
        tour.step("06-round", () -> tour.tapFirst("day-", tile -> !unavailable(tile)));
        tour.step("07-companions", () -> tour.tapFirst("round-", tile -> !unavailable(tile)));
        tour.step("08-review", () -> {
            tour.tapFirst("visitor-v-1004", tile -> true);
            tour.tap("continue");
        });
        tour.step("09-booked", () -> tour.tap("confirm"));
        tour.step("10-info", () -> {
            tour.tap("home");
            tour.tap("info");
        });
        tour.step("11-help", () -> {
            ui.context().navigator().back();
            tour.tap("help");
        });
        tour.step("12-quota", () -> {
            scan("DEMO-0007");
            tour.tap("book");
            tour.tapFirst("day-", tile -> unavailable(tile) && text(tile).contains(ui.context().texts().get("status.WEEKLY_QUOTA_REACHED")));
        });
        tour.step("12b-double-visit", () -> {
            scan("DEMO-0009");
            tour.tap("book");
            tour.tapFirst("day-", tile -> !unavailable(tile));
        });
        tour.step("13-under-16", () -> {
            scan("DEMO-0001");
            tour.tap("book");
            tour.tapFirst("day-", tile -> !unavailable(tile));
            tour.tapFirst("round-", tile -> !unavailable(tile));
            tour.tap("visitor-v-1001");
            tour.tap("visitor-v-1004");
        });
        tour.step("14-cancel", () -> {
            scan("DEMO-0014");
            ui.context().directory().upcomingBookings("v-1014").stream().findFirst()
                    .map(Booking::reference).ifPresent(ref -> tour.tap("cancel-" + ref));
        });
        tour.step("15-unknown-badge", () -> scan("NOPE-4242"));
        tour.step("16-arabic-attract", () -> {
            ui.journey().finish();
            ui.context().texts().use(Language.AR);
        });
        tour.step("17-arabic-home", () -> scan("DEMO-0001"));
        tour.step("18-arabic-day", () -> tour.tap("book"));
        tour.step("19-arabic-round", () -> tour.tapFirst("day-", tile -> !unavailable(tile)));
        tour.step("20-high-contrast-large-text", () -> {
            ui.context().texts().use(Language.FR);
            ui.journey().home();
            ui.theme().highContrastProperty().set(true);
            ui.theme().largeTextProperty().set(true);
        });
        // what the folded bottom bar's accessibility button opens (on a narrower screen), over the same screen
        tour.step("20b-accessibility-chooser", () -> ui.frame().open(KioskFrame.Chooser.ACCESSIBILITY));
        tour.step("21-inactivity-warning", () -> {
            tour.tap("chooser-close");
            ui.theme().reset();
            ui.journey().watch().warnNow();
        });
        // the keypad's focus ring in high contrast: a key starts the guidance, down moves to the fourth day (the first with places)
        tour.step("21b-keypad-focus-high-contrast", () -> {
            ui.journey().watch().moreTime();
            ui.theme().highContrastProperty().set(true);
            tour.tap("book");
            for (int i = 0; i < 4; i++) {
                key(javafx.scene.input.KeyCode.DOWN);
            }
        });
        tour.step("22-english-attract", () -> {
            ui.journey().finish();
            ui.context().texts().use(Language.EN);
        });
        tour.step("23-out-of-service", () -> {
            ui.journey().finish();
            scanner.onEvent(new ScannerEvent.Disconnected(ui.context().clock().instant()));
        });
        technicianSteps();
        tour.start();
    }

    /** Technician mode with the demo technician (TECH-0001, PIN 4321), ending with the kiosk out of service. */
    private void technicianSteps() {
        tour.step("24-technician-keypad", () -> {
            scanner.onEvent(new ScannerEvent.Connected(ui.context().clock().instant()));
            ui.journey().finish();
            scan(TechnicianDemo.BADGE);
            tour.tap("pin-4");
            tour.tap("pin-3");
        });
        tour.step("25-technician-wrong-pin", () -> {
            tour.tap("pin-1");
            tour.tap("pin-1");
            tour.tap("pin-ok");
        });
        tour.step("26-technician-menu", () -> {
            for (char digit : TechnicianDemo.PIN.toCharArray()) {
                tour.tap("pin-" + digit);
            }
            tour.tap("pin-ok");
        });
        tour.step("27-technician-devices", () -> {
            tour.tap("technician-devices");
            scan("TOUR-TEST-0042");
            tour.tap("printer-test");
        });
        tour.step("28-technician-sync", () -> {
            tour.tap("back");
            tour.tap("technician-sync");
            tour.tap("sync-now");
            tour.tap("sync-now-confirm");
        });
        tour.step("29-technician-versions", () -> {
            tour.tap("back");
            tour.tap("technician-versions");
        });
        tour.step("30-technician-events", () -> {
            tour.tap("back");
            tour.tap("technician-events");
        });
        tour.step("31a-technician-confirm-out-of-service", () -> {
            tour.tap("back");
            tour.tap("technician-service");
            tour.tap("service-off-maintenance");
        });
        tour.step("31-technician-out-of-service", () -> tour.tap("service-off-maintenance-confirm"));
        tour.step("32-attract-out-of-service", () -> tour.tap("technician-leave"));
    }

    private void scan(String code) {
        // straight to the journey, on this thread, so the step's next touches see the new session
        ui.journey().badgeScanned(code);
    }

    /** A key of the tactile keypad, as its key events reach the scene. */
    private void key(javafx.scene.input.KeyCode code) {
        // the focused node, unless the screen it was on was just replaced (it is no longer in the scene)
        Node owner = ui.scene().getFocusOwner();
        Node target = owner != null && owner.getScene() == ui.scene() ? owner : ui.scene().getRoot();
        javafx.event.Event.fireEvent(target, new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED,
                "", "", code, false, false, false, false));
    }

    private static boolean unavailable(ButtonBase tile) {
        return tile.getStyleClass().contains("unavailable");
    }

    private static String text(ButtonBase tile) {
        return tile.getText() == null ? "" : tile.getText();
    }

}
