package fr.borne.kiosk.receipt;

import fr.borne.booking.Booking;
import fr.borne.device.printer.PrintFailure;
import fr.borne.device.printer.PrintResult;
import fr.borne.device.printer.ReceiptPrinter;
import fr.borne.device.receipt.Receipt;
import fr.borne.kiosk.i18n.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Prints receipts off the screen's thread. A failed print never touches the booking: the
 * booking was committed before printing started.
 */
public final class ReceiptDesk {

    private static final Logger LOG = LoggerFactory.getLogger(ReceiptDesk.class);

    private final ReceiptPrinter printer;
    private final ReceiptComposer composer;
    private final Executor executor;
    private final Supplier<Language> visitorsLanguage;

    /** French only. */
    public ReceiptDesk(ReceiptPrinter printer, ReceiptComposer composer, Executor executor) {
        this(printer, composer, executor, () -> Language.FR);
    }

    /** @param visitorsLanguage the language the visitor reads the screen in, asked when a receipt is laid out */
    public ReceiptDesk(ReceiptPrinter printer, ReceiptComposer composer, Executor executor,
                       Supplier<Language> visitorsLanguage) {
        this.printer = printer;
        this.composer = composer;
        this.executor = executor;
        this.visitorsLanguage = visitorsLanguage;
    }

    /**
     * Lays the receipt out now, from what the session knows (a visitor of elsewhere is known
     * only to it), in French and in the visitor's language, and prints it in the background.
     */
    public CompletableFuture<PrintResult> print(Booking booking) {
        Receipt receipt;
        try {
            receipt = composer.compose(booking, visitorsLanguage.get());
        } catch (RuntimeException e) {
            LOG.error("receipt for booking {} not laid out", booking.id(), e);
            return CompletableFuture.completedFuture(new PrintResult.Failed(-1, PrintFailure.WRITE_ERROR, e.toString()));
        }
        return CompletableFuture.supplyAsync(() -> printNow(booking, receipt), executor);
    }

    private PrintResult printNow(Booking booking, Receipt receipt) {
        try {
            PrintResult result = printer.print(receipt);
            if (result instanceof PrintResult.Failed failed) {
                LOG.warn("receipt for booking {} not printed: {} ({})", booking.id(), failed.reason(), failed.message());
            }
            return result;
        } catch (RuntimeException e) {
            LOG.error("receipt for booking {} not printed", booking.id(), e);
            return new PrintResult.Failed(-1, PrintFailure.WRITE_ERROR, e.toString());
        }
    }
}
