package fr.borne.device.printer;

import fr.borne.device.Device;
import fr.borne.device.receipt.Receipt;

/**
 * A receipt printer. {@link #print(Receipt)} blocks until the receipt is sent and the printer's status has been read
 * back, so call it off the UI thread. It never throws for printer trouble: it returns a {@link PrintResult}.
 */
public interface ReceiptPrinter extends Device {

    PrintResult print(Receipt receipt);

    /** Asks the printer now (or the last known status if it cannot be asked). */
    PrinterStatus status();

    void addStatusListener(PrinterStatusListener listener);

    void removeStatusListener(PrinterStatusListener listener);
}
