package fr.borne.ctl;

import fr.borne.device.printer.PrintFailure;
import fr.borne.device.printer.PrintResult;
import fr.borne.device.printer.PrinterStatus;
import fr.borne.device.printer.ReceiptPrinter;
import fr.borne.device.receipt.Receipt;
import fr.borne.store.Database;
import fr.borne.technician.TechnicianAction;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;

/** Prints a test receipt and reports the outcome and the printer's status. */
@Command(name = "printer", description = "Print a test receipt and report the printer's status.")
final class PrinterTest implements Callable<Integer> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Europe/Paris"));

    @ParentCommand
    DeviceCommand.Test test;

    @Override
    public Integer call() {
        BorneCtl ctl = test.ctl();
        PrintWriter out = ctl.out();
        try (Database db = ctl.openDatabase(); ReceiptPrinter printer = test.factory().printer(ctl.deviceConfig().printer())) {
            printer.start();
            out.println("Printer: " + printer.name() + ", status " + printer.status());
            PrintResult result = printer.print(testReceipt(printer.name(), ctl));
            PrinterStatus after = printer.status();
            if (result instanceof PrintResult.Failed failed) {
                out.println("NOT printed: " + failed.message() + ". " + advice(failed.reason()));
                ctl.audit(db, TechnicianAction.DEVICE_TEST, "printer: not printed, " + failed.reason());
                return Exit.PROBLEM;
            }
            out.println("OK: test receipt printed (job " + result.jobId() + "), status now " + after + "."
                    + (after == PrinterStatus.PAPER_NEAR_END ? " The roll is nearly finished: change it soon." : ""));
            ctl.audit(db, TechnicianAction.DEVICE_TEST, "printer: printed, status " + after);
            return Exit.OK;
        }
    }

    private Receipt testReceipt(String printerName, BorneCtl ctl) {
        return Receipt.builder()
                .title("Borne")
                .centered("Ticket de test")
                .separator()
                .labelValue("Imprimante", printerName)
                .labelValue("Date", WHEN.format(ctl.clock.instant()))
                .line("Accents : é è ê à â ç ô û ù ï « » €")
                .separator()
                .code128("0123456789")
                .qr("Borne test")
                .feed(3)
                .cut()
                .build();
    }

    static String advice(PrintFailure reason) {
        return switch (reason) {
            case PAPER_OUT -> "Load a new paper roll, close the cover and test again.";
            case COVER_OPEN -> "Close the printer's cover and test again.";
            case OFFLINE -> "Check the printer's power and cable (or network); if the kiosk app is running and the "
                    + "printer is on USB or serial, stop it first: sudo systemctl stop borne-kiosk.";
            case WRITE_ERROR -> "The connection dropped during printing: check the cable and test again.";
            case NOT_ENABLED -> "The printer could not be started: check printer.* in the device configuration.";
        };
    }
}
