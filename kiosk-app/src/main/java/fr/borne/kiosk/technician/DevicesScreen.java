package fr.borne.kiosk.technician;

import fr.borne.device.indicator.Beep;
import fr.borne.device.indicator.Light;
import fr.borne.device.printer.PrintFailure;
import fr.borne.device.printer.PrintResult;
import fr.borne.device.printer.PrinterStatus;
import fr.borne.device.receipt.Receipt;
import fr.borne.kiosk.i18n.Texts;
import fr.borne.kiosk.timers.Timers;
import fr.borne.kiosk.ui.ButtonRow;
import fr.borne.kiosk.ui.Widgets;
import fr.borne.technician.TechnicianAction;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The devices: the scanner (plugged in or not, last scan, and a live test where any scan
 * shows as "received, N characters", never the code), the printer (its status and a test
 * receipt), and the light and buzzer. Each test goes to the audit log.
 */
final class DevicesScreen extends TechnicianScreen {

    private static final Logger LOG = LoggerFactory.getLogger(DevicesScreen.class);
    private static final Duration LIGHT_STEP = Duration.ofMillis(800);
    /** Longer than the driver's own timeouts: past it, the driver itself is stuck. */
    static final Duration PRINT_PATIENCE = Duration.ofSeconds(60);

    private PrinterStatus printerStatus;
    private boolean statusAsked;
    private Function<Texts, String> printerResult = texts -> "";
    private Function<Texts, String> indicatorResult = texts -> "";
    private boolean printing;
    private long jobs;
    private Timers.Timer patience;

    DevicesScreen(TechnicianMode mode) {
        super(mode, "technician.devices.title");
    }

    @Override
    public Node view(Texts texts) {
        if (!statusAsked) {
            // asked once shown, not when built
            readPrinterStatus();
        }
        // side by side where they fit, else one under the other: never wider than the screen
        ButtonRow columns = Widgets.row(scanner(texts), printer(texts), indicator(texts));
        columns.getStyleClass().add("technician-columns");
        columns.getChildren().forEach(card -> ((Region) card).setMaxWidth(Double.MAX_VALUE));
        return page(texts, columns);
    }

    private Node scanner(Texts texts) {
        ScanLog scans = mode.scans();
        String connected = mode.devices().scannerConnected().get()
                ? texts.get("technician.devices.connected") : texts.get("technician.devices.notConnected");
        String last = scans.lastScan().map(at -> when(texts, at)).orElse(texts.get("technician.devices.noScan"));
        String test = scans.lastTest()
                .map(r -> texts.get("technician.devices.scanReceived", r.characters(), when(texts, r.at())))
                .orElse(texts.get("technician.devices.scanWaiting"));
        Label result = Widgets.label(test, "subline");
        result.setId("scanner-test-result");
        return Widgets.card(null, Widgets.label(texts.get("technician.devices.scanner"), "section-title"),
                fact(texts.get("technician.devices.status"), connected, "scanner-status"),
                fact(texts.get("technician.devices.lastScan"), last, "scanner-last"),
                Widgets.label(texts.get("technician.devices.scanTest"), "note"), result);
    }

    private Node printer(Texts texts) {
        String status = printerStatus == null ? texts.get("technician.devices.asking") : word(texts, printerStatus);
        Label result = Widgets.label(printing ? texts.get("technician.devices.printing") : printerResult.apply(texts),
                "subline");
        result.setId("printer-test-result");
        var test = Widgets.button(texts.get("technician.devices.printTest"), "printer-test", this::printTest);
        test.setDisable(printing);
        return Widgets.card(null, Widgets.label(texts.get("technician.devices.printer"), "section-title"),
                fact(texts.get("technician.devices.status"), status, "printer-status"), test, result);
    }

    private Node indicator(Texts texts) {
        Label result = Widgets.label(indicatorResult.apply(texts), "subline");
        result.setId("indicator-test-result");
        return Widgets.card(null, Widgets.label(texts.get("technician.devices.indicator"), "section-title"),
                Widgets.button(texts.get("technician.devices.lightTest"), "light-test", this::lightTest),
                Widgets.button(texts.get("technician.devices.buzzerTest"), "buzzer-test", this::buzzerTest), result);
    }

    static String word(Texts texts, PrinterStatus status) {
        return switch (status) {
            case ONLINE -> texts.get("technician.printer.online");
            case PAPER_NEAR_END -> texts.get("technician.printer.nearEnd");
            case PAPER_OUT -> texts.get("technician.printer.paperOut");
            case COVER_OPEN -> texts.get("technician.printer.coverOpen");
            case OFFLINE -> texts.get("technician.printer.offline");
        };
    }

    /**
     * The printer is asked off the screen's thread: a printer that does not answer must not
     * freeze it. A driver that throws is a printer that does not answer, said and logged.
     */
    private void readPrinterStatus() {
        statusAsked = true;
        CompletableFuture<PrinterStatus> asked;
        try {
            asked = CompletableFuture.supplyAsync(() -> mode.devices().printer().status(), mode.background());
        } catch (RuntimeException e) {
            asked = CompletableFuture.failedFuture(e);
        }
        asked.whenComplete((status, fault) -> Platform.runLater(() -> {
            if (fault != null) {
                LOG.warn("printer status not read: {}", DeviceFault.describe(fault));
            }
            printerStatus = fault != null ? PrinterStatus.OFFLINE : status;
            render();
        }));
    }

    /**
     * Prints a test receipt in the background. Whatever happens (a failed job, a driver that
     * throws, or no answer within {@link #PRINT_PATIENCE}) the button comes back, the result
     * says what to do, and the log says what went wrong.
     */
    private void printTest() {
        if (printing) {
            return;
        }
        printing = true;
        long job = ++jobs;
        printerResult = texts -> "";
        patience = mode.timers().after(PRINT_PATIENCE, () -> printed(job, null, new PrintTimedOut()));
        render();
        CompletableFuture<PrintResult> printed;
        try {
            // in French, whatever the screen speaks: the printer's code page has no Arabic
            Receipt receipt = testReceipt(new Texts());
            printed = CompletableFuture.supplyAsync(() -> mode.devices().printer().print(receipt), mode.background());
        } catch (RuntimeException e) {
            printed = CompletableFuture.failedFuture(e);
        }
        printed.whenComplete((result, fault) -> Platform.runLater(() -> printed(job, result, fault)));
    }

    private Receipt testReceipt(Texts texts) {
        Instant now = mode.services().clock().instant();
        return Receipt.builder()
                .title(texts.get("technician.receipt.title"))
                .centered(mode.context().establishment().name())
                .separator()
                .labelValue(texts.get("technician.receipt.printedAt"), when(texts, now))
                .labelValue(texts.get("technician.receipt.technician"), mode.technicianId().orElse(""))
                .line(texts.get("technician.receipt.accents"))
                .code128("TEST-" + now.getEpochSecond())
                .feed(2)
                .cut()
                .build();
    }

    /** The answer to test job {@code job}, or its lack; an answer to a job already given up on is only logged. */
    private void printed(long job, PrintResult result, Throwable fault) {
        if (job != jobs || !printing) {
            LOG.info("printer test job {} answered after it was given up: {}", job,
                    fault != null ? DeviceFault.describe(fault) : result);
            return;
        }
        try {
            patience.cancel();
            if (fault != null) {
                String what = DeviceFault.describe(fault);
                LOG.warn("printer test failed: {}", what);
                printerResult = fault instanceof PrintTimedOut
                        ? texts -> texts.get("technician.printer.noAnswer", PRINT_PATIENCE.toSeconds())
                        : texts -> texts.get("technician.printer.fault", what);
                audit("printer test failed: " + (fault instanceof PrintTimedOut ? "no answer" : "driver error"));
            } else if (result instanceof PrintResult.Failed failed) {
                LOG.warn("printer test failed: {} ({})", failed.reason(), failed.message());
                printerResult = texts -> whatToDo(texts, failed.reason()) + " "
                        + texts.get("technician.printer.detail", failed.message());
                audit("printer test failed: " + failed.reason());
            } else {
                printerResult = texts -> texts.get("technician.devices.printed");
                audit("printer test: receipt printed (job " + result.jobId() + ")");
            }
        } finally {
            printing = false;
            render();
        }
        readPrinterStatus();
    }

    /** What a technician does about each failure. */
    static String whatToDo(Texts texts, PrintFailure failure) {
        return switch (failure) {
            case PAPER_OUT -> texts.get("technician.printer.failure.PAPER_OUT");
            case COVER_OPEN -> texts.get("technician.printer.failure.COVER_OPEN");
            case OFFLINE -> texts.get("technician.printer.failure.OFFLINE");
            case NOT_ENABLED -> texts.get("technician.printer.failure.NOT_ENABLED");
            case WRITE_ERROR -> texts.get("technician.printer.failure.WRITE_ERROR");
        };
    }

    /** An audit entry that cannot be written is logged: the screen carries on. */
    private void audit(String detail) {
        try {
            mode.audit(TechnicianAction.DEVICE_TEST, detail);
        } catch (RuntimeException e) {
            LOG.warn("technician action not written to the audit log: {}", DeviceFault.describe(e));
        }
    }

    /** No answer from the printer within {@link #PRINT_PATIENCE}. */
    private static final class PrintTimedOut extends RuntimeException {
        PrintTimedOut() {
            super("no answer within " + PRINT_PATIENCE.toSeconds() + " s", null, false, false);
        }
    }

    /** Each colour in turn, then back to what the light showed. */
    private void lightTest() {
        var indicator = mode.devices().indicator();
        Light before = indicator.currentLight();
        Light[] lights = Light.values();
        for (int i = 0; i < lights.length; i++) {
            Light light = lights[i];
            mode.timers().after(LIGHT_STEP.multipliedBy(i), () -> indicator.light(light));
        }
        mode.timers().after(LIGHT_STEP.multipliedBy(lights.length), () -> indicator.light(before));
        indicatorResult = texts -> texts.get("technician.devices.lightShown");
        mode.audit(TechnicianAction.DEVICE_TEST, "light test");
        render();
    }

    private void buzzerTest() {
        mode.devices().indicator().beep(Beep.LONG);
        indicatorResult = texts -> texts.get("technician.devices.buzzerSounded");
        mode.audit(TechnicianAction.DEVICE_TEST, "buzzer test");
        render();
    }

    private void render() {
        refresh();
    }
}
