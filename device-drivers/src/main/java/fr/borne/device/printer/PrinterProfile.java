package fr.borne.device.printer;

import java.time.Duration;
import java.util.Objects;

/**
 * What one printer model can do and how to talk to it.
 *
 * @param columns       characters per line in the normal font (48 on 80 mm paper, 32 on 58 mm)
 * @param dotsPerLine   printable width in dots (576 on 80 mm, 384 on 58 mm)
 * @param barcodes      native barcode commands or raster images
 * @param statusQuery   whether the printer answers {@code DLE EOT} (a unidirectional USB link cannot)
 * @param statusTimeout how long to wait for a status answer before calling the printer offline
 * @param statusPoll    how often to check the status while idle, so a technician sees paper out early (zero: never)
 */
public record PrinterProfile(int columns, int dotsPerLine, BarcodeMode barcodes, boolean statusQuery,
                             Duration statusTimeout, Duration statusPoll) {

    public PrinterProfile {
        Objects.requireNonNull(barcodes, "barcodes");
        Objects.requireNonNull(statusTimeout, "statusTimeout");
        Objects.requireNonNull(statusPoll, "statusPoll");
        if (columns < 16 || dotsPerLine < 128 || dotsPerLine % 8 != 0) {
            throw new IllegalArgumentException("invalid paper geometry " + columns + " columns, " + dotsPerLine + " dots");
        }
    }

    /** An 80 mm thermal printer with native barcodes and status. */
    public static PrinterProfile paper80mm() {
        return new PrinterProfile(48, 576, BarcodeMode.NATIVE, true, Duration.ofMillis(500), Duration.ofSeconds(5));
    }

    public PrinterProfile withBarcodes(BarcodeMode mode) {
        return new PrinterProfile(columns, dotsPerLine, mode, statusQuery, statusTimeout, statusPoll);
    }

    public PrinterProfile withStatusQuery(boolean query) {
        return new PrinterProfile(columns, dotsPerLine, barcodes, query, statusTimeout, statusPoll);
    }

    public PrinterProfile withStatusTimeout(Duration timeout) {
        return new PrinterProfile(columns, dotsPerLine, barcodes, statusQuery, timeout, statusPoll);
    }

    public PrinterProfile withStatusPoll(Duration poll) {
        return new PrinterProfile(columns, dotsPerLine, barcodes, statusQuery, statusTimeout, poll);
    }
}
