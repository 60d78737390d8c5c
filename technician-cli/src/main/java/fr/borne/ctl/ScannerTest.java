package fr.borne.ctl;

import fr.borne.device.config.DeviceConfig;
import fr.borne.device.config.ScannerConfig;
import fr.borne.device.scanner.BarcodeScanner;
import fr.borne.device.scanner.ScannerEvent;
import fr.borne.store.Database;
import fr.borne.technician.TechnicianAction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Callable;

/** Waits for one scan and says what was read — its length, never the code itself. */
@Command(name = "scanner", description = "Wait for one scan and report it (length only, never the code).")
final class ScannerTest implements Callable<Integer> {

    private static final Duration CONNECT_WAIT = Duration.ofSeconds(3);

    @ParentCommand
    DeviceCommand.Test test;

    @Option(names = "--wait", paramLabel = "SECONDS", defaultValue = "20",
            description = "How long to wait for a scan (default: ${DEFAULT-VALUE}).")
    int waitSeconds;

    @Override
    public Integer call() throws InterruptedException {
        BorneCtl ctl = test.ctl();
        PrintWriter out = ctl.out();
        try (Database db = ctl.openDatabase()) {
            DeviceConfig config = ctl.deviceConfig();
            if (config.scanner() instanceof ScannerConfig.Keyboard) {
                out.println("This kiosk's scanner types like a keyboard into the kiosk's screen: "
                        + "test it from the technician screen on the kiosk.");
                ctl.audit(db, TechnicianAction.DEVICE_TEST, "scanner: keyboard scanner, not testable from the command line");
                return Exit.UNAVAILABLE;
            }
            BlockingQueue<ScannerEvent> events = new LinkedBlockingQueue<>();
            try (BarcodeScanner scanner = test.factory().scanner(config.scanner())) {
                scanner.addListener(events::add);
                scanner.start();
                out.println("Scanner: " + scanner.name());
                if (!connected(scanner)) {
                    out.println("The scanner is NOT reachable. Check its cable and power; if the kiosk app is running "
                            + "it holds the scanner: sudo systemctl stop borne-kiosk, then test again.");
                    ctl.audit(db, TechnicianAction.DEVICE_TEST, "scanner: not reachable");
                    return Exit.UNAVAILABLE;
                }
                out.println("Scan a badge now (waiting " + waitSeconds + " s)…");
                out.flush();
                return report(db, ctl, events);
            }
        }
    }

    private boolean connected(BarcodeScanner scanner) throws InterruptedException {
        long deadline = System.nanoTime() + CONNECT_WAIT.toNanos();
        while (!scanner.connected() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        return scanner.connected();
    }

    private int report(Database db, BorneCtl ctl, BlockingQueue<ScannerEvent> events) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(waitSeconds);
        PrintWriter out = ctl.out();
        while (true) {
            long left = deadline - System.nanoTime();
            ScannerEvent event = left <= 0 ? null : events.poll(left, TimeUnit.NANOSECONDS);
            if (event == null) {
                out.println("No scan within " + waitSeconds + " s. Check that the scanner's light comes on when a "
                        + "badge is shown, and its suffix and baud settings in " + ctl.devices + ".");
                ctl.audit(db, TechnicianAction.DEVICE_TEST, "scanner: no scan within " + waitSeconds + " s");
                return Exit.TIMEOUT;
            }
            if (event instanceof ScannerEvent.BadgeScanned scanned) {
                out.println("OK: a badge code of " + scanned.code().length() + " characters was read.");
                ctl.audit(db, TechnicianAction.DEVICE_TEST, "scanner: read a code of " + scanned.code().length()
                        + " characters");
                return Exit.OK;
            }
            if (event instanceof ScannerEvent.ScanRejected rejected) {
                out.println("Something was read, but it is not a badge code (" + rejected.reason() + ", "
                        + rejected.length() + " characters). Check the scanner's prefix/suffix settings and "
                        + "scanner.* in " + ctl.devices + ".");
                ctl.audit(db, TechnicianAction.DEVICE_TEST, "scanner: read something rejected (" + rejected.reason() + ")");
                return Exit.PROBLEM;
            }
            if (event instanceof ScannerEvent.Disconnected) {
                out.println("The scanner went away (unplugged?); waiting for it to come back…");
                out.flush();
            }
        }
    }
}
