package fr.borne.kiosk.tour;

import fr.borne.booking.Booking;
import fr.borne.device.scanner.ScannerEvent;
import fr.borne.kiosk.KioskUi;
import fr.borne.kiosk.devices.ScannerLink;
import fr.borne.kiosk.i18n.Language;
import fr.borne.kiosk.demo.TechnicianDemo;
import javafx.animation.PauseTransition;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Walks the journey on the demo data, from inside the running kiosk, and saves each
 * screen as a PNG: the attract screen, a booking from scan to receipt, refusals, the
 * Arabic screens, the accessibility switches, the inactivity warning, out of service.
 */
public final class ScreenshotTour {

    private static final Logger LOG = LoggerFactory.getLogger(ScreenshotTour.class);
    private static final Duration SETTLE = Duration.millis(900);

    private record Step(String name, Runnable action) {
    }

    private final KioskUi ui;
    private final ScannerLink scanner;
    private final Path folder;
    private final Runnable done;
    private final List<Step> steps = new ArrayList<>();

    public ScreenshotTour(KioskUi ui, ScannerLink scanner, Path folder, Runnable done) {
        this.ui = ui;
        this.scanner = scanner;
        this.folder = folder;
        this.done = done;
    }

    public void start() {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        step("01-attract", () -> { });
        step("02-demo-panel", () -> tap("demo"));
        step("03-home", () -> {
            tap("demo-close");
            scan("DEMO-0001");
        });
        step("04-day", () -> tap("book"));
        step("05-day-explained", () -> tapFirst("day-", tile -> unavailable(tile) && !text(tile).endsWith(
                ui.context().texts().get("status.noVisits"))));
        step("06-round", () -> tapFirst("day-", tile -> !unavailable(tile)));
        step("07-companions", () -> tapFirst("round-", tile -> !unavailable(tile)));
        step("08-review", () -> {
            tapFirst("visitor-v-1004", tile -> true);
            tap("continue");
        });
        step("09-booked", () -> tap("confirm"));
        step("10-info", () -> {
            tap("home");
            tap("info");
        });
        step("11-help", () -> {
            ui.context().navigator().back();
            tap("help");
        });
        step("12-quota", () -> {
            scan("DEMO-0007");
            tap("book");
            tapFirst("day-", tile -> unavailable(tile) && text(tile).contains(ui.context().texts().get("status.WEEKLY_QUOTA_REACHED")));
        });
        step("12b-double-visit", () -> {
            scan("DEMO-0009");
            tap("book");
            tapFirst("day-", tile -> !unavailable(tile));
        });
        step("13-under-16", () -> {
            scan("DEMO-0001");
            tap("book");
            tapFirst("day-", tile -> !unavailable(tile));
            tapFirst("round-", tile -> !unavailable(tile));
            tap("visitor-v-1001");
            tap("visitor-v-1004");
        });
        step("14-cancel", () -> {
            scan("DEMO-0014");
            ui.context().directory().upcomingBookings("v-1014").stream().findFirst()
                    .map(Booking::reference).ifPresent(ref -> tap("cancel-" + ref));
        });
        step("15-unknown-badge", () -> scan("NOPE-4242"));
        step("16-arabic-attract", () -> {
            ui.journey().finish();
            ui.context().texts().use(Language.AR);
        });
        step("17-arabic-home", () -> scan("DEMO-0001"));
        step("18-arabic-day", () -> tap("book"));
        step("19-arabic-round", () -> tapFirst("day-", tile -> !unavailable(tile)));
        step("20-high-contrast-large-text", () -> {
            ui.context().texts().use(Language.FR);
            ui.journey().home();
            ui.theme().highContrastProperty().set(true);
            ui.theme().largeTextProperty().set(true);
        });
        step("21-inactivity-warning", () -> {
            ui.theme().reset();
            ui.journey().watch().warnNow();
        });
        // the keypad's focus ring in high contrast: a key starts the guidance, down moves to the fourth day (the first with places)
        step("21b-keypad-focus-high-contrast", () -> {
            ui.journey().watch().moreTime();
            ui.theme().highContrastProperty().set(true);
            tap("book");
            for (int i = 0; i < 4; i++) {
                key(javafx.scene.input.KeyCode.DOWN);
            }
        });
        step("22-english-attract", () -> {
            ui.journey().finish();
            ui.context().texts().use(Language.EN);
        });
        step("23-out-of-service", () -> {
            ui.journey().finish();
            scanner.onEvent(new ScannerEvent.Disconnected(ui.context().clock().instant()));
        });
        technicianSteps();
        run(0);
    }

    /** Technician mode with the demo technician (TECH-0001, PIN 4321), ending with the kiosk out of service. */
    private void technicianSteps() {
        step("24-technician-keypad", () -> {
            scanner.onEvent(new ScannerEvent.Connected(ui.context().clock().instant()));
            ui.journey().finish();
            scan(TechnicianDemo.BADGE);
            tap("pin-4");
            tap("pin-3");
        });
        step("25-technician-wrong-pin", () -> {
            tap("pin-1");
            tap("pin-1");
            tap("pin-ok");
        });
        step("26-technician-menu", () -> {
            for (char digit : TechnicianDemo.PIN.toCharArray()) {
                tap("pin-" + digit);
            }
            tap("pin-ok");
        });
        step("27-technician-devices", () -> {
            tap("technician-devices");
            scan("TOUR-TEST-0042");
            tap("printer-test");
        });
        step("28-technician-sync", () -> {
            tap("back");
            tap("technician-sync");
            tap("sync-now");
        });
        step("29-technician-versions", () -> {
            tap("back");
            tap("technician-versions");
        });
        step("30-technician-events", () -> {
            tap("back");
            tap("technician-events");
        });
        step("31-technician-out-of-service", () -> {
            tap("back");
            tap("technician-service");
            tap("service-off-maintenance");
        });
        step("32-attract-out-of-service", () -> tap("technician-leave"));
    }

    private void step(String name, Runnable action) {
        steps.add(new Step(name, action));
    }

    private void run(int index) {
        if (index == steps.size()) {
            LOG.info("screenshot tour done: {} screens in {}", steps.size(), folder);
            done.run();
            return;
        }
        Step step = steps.get(index);
        try {
            step.action().run();
        } catch (RuntimeException e) {
            LOG.warn("tour step {} failed: {}", step.name(), e.toString());
        }
        PauseTransition wait = new PauseTransition(SETTLE);
        wait.setOnFinished(e -> {
            save(step.name());
            run(index + 1);
        });
        wait.play();
    }

    private void save(String name) {
        Path file = folder.resolve(name + ".png");
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(ui.scene().snapshot(null), null), "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    private void tap(String id) {
        ui.scene().getRoot().applyCss();
        ui.scene().getRoot().layout();
        Node node = ui.scene().lookup("#" + id);
        if (node instanceof ButtonBase button) {
            button.fire();
        } else {
            throw new IllegalStateException("no button #" + id);
        }
    }

    private void tapFirst(String prefix, Predicate<ButtonBase> which) {
        ui.scene().getRoot().applyCss();
        ui.scene().getRoot().layout();
        Optional<ButtonBase> button = nodes(ui.scene().getRoot())
                .filter(n -> n instanceof ButtonBase && n.getId() != null && n.getId().startsWith(prefix))
                .map(ButtonBase.class::cast).filter(which).findFirst();
        button.orElseThrow(() -> new IllegalStateException("no button " + prefix + "…")).fire();
    }

    private static boolean unavailable(ButtonBase tile) {
        return tile.getStyleClass().contains("unavailable");
    }

    private static String text(ButtonBase tile) {
        return tile.getText() == null ? "" : tile.getText();
    }

    private static Stream<Node> nodes(Node node) {
        if (node instanceof Parent parent) {
            return Stream.concat(Stream.of(node), parent.getChildrenUnmodifiable().stream().flatMap(ScreenshotTour::nodes));
        }
        return Stream.of(node);
    }
}
