package fr.borne.kiosk.support;

import fr.borne.device.printer.PrintFailure;
import fr.borne.device.printer.PrintResult;
import fr.borne.device.printer.PrinterStatus;
import fr.borne.device.printer.PrinterStatusListener;
import fr.borne.device.printer.ReceiptPrinter;
import fr.borne.device.receipt.Receipt;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** A printer at the edge of the test: keeps every receipt it is given, and can run out of paper. */
public final class CapturingPrinter extends AlwaysEnabledDevice implements ReceiptPrinter {

    private final List<Receipt> printed = new CopyOnWriteArrayList<>();
    private final AtomicLong jobs = new AtomicLong();
    private volatile PrinterStatus status = PrinterStatus.ONLINE;

    public CapturingPrinter() {
        super("test printer");
    }

    public List<Receipt> printed() {
        return printed;
    }

    public void runOutOfPaper() {
        status = PrinterStatus.PAPER_OUT;
    }

    @Override
    public PrintResult print(Receipt receipt) {
        long job = jobs.incrementAndGet();
        if (!status.canPrint()) {
            return new PrintResult.Failed(job, PrintFailure.PAPER_OUT, "paper out");
        }
        printed.add(receipt);
        return new PrintResult.Printed(job);
    }

    @Override
    public PrinterStatus status() {
        return status;
    }

    @Override
    public void addStatusListener(PrinterStatusListener listener) {
    }

    @Override
    public void removeStatusListener(PrinterStatusListener listener) {
    }
}
