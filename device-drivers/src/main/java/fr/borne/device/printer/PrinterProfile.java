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
 * @param statusTimeout how long to wait for a status answer before calling the printer offline; also how often the
 *                      status is asked while a job prints
 * @param statusPoll    how often to check the status while idle, so a technician sees paper out early (zero: never)
 * @param jobAck        whether the printer answers {@code GS ( H} process IDs once the data before is printed
 *                      (Epson TM and compatibles); a receipt then counts as printed only on that answer
 * @param printTimeout  how long a receipt may take to come out before it is reported as possibly incomplete
 */
public record PrinterProfile(int columns, int dotsPerLine, BarcodeMode barcodes, boolean statusQuery,
                             Duration statusTimeout, Duration statusPoll, boolean jobAck, Duration printTimeout) {

    public PrinterProfile {
        Objects.requireNonNull(barcodes, "barcodes");
        Objects.requireNonNull(statusTimeout, "statusTimeout");
        Objects.requireNonNull(statusPoll, "statusPoll");
        Objects.requireNonNull(printTimeout, "printTimeout");
        if (columns < 16 || dotsPerLine < 128 || dotsPerLine % 8 != 0) {
            throw new IllegalArgumentException("invalid paper geometry " + columns + " columns, " + dotsPerLine + " dots");
        }
        if (statusTimeout.isZero() || statusTimeout.isNegative() || printTimeout.isZero() || printTimeout.isNegative()) {
            throw new IllegalArgumentException("status and print timeouts must be positive");
        }
    }

    /** An 80 mm thermal printer with native barcodes, status and end-of-job acknowledgement. */
    public static PrinterProfile paper80mm() {
        return new PrinterProfile(48, 576, BarcodeMode.NATIVE, true, Duration.ofMillis(500), Duration.ofSeconds(5),
                true, Duration.ofSeconds(20));
    }

    public PrinterProfile withBarcodes(BarcodeMode mode) {
        return new PrinterProfile(columns, dotsPerLine, mode, statusQuery, statusTimeout, statusPoll, jobAck, printTimeout);
    }

    public PrinterProfile withStatusQuery(boolean query) {
        return new PrinterProfile(columns, dotsPerLine, barcodes, query, statusTimeout, statusPoll, jobAck, printTimeout);
    }

    public PrinterProfile withStatusTimeout(Duration timeout) {
        return new PrinterProfile(columns, dotsPerLine, barcodes, statusQuery, timeout, statusPoll, jobAck, printTimeout);
    }

    public PrinterProfile withStatusPoll(Duration poll) {
        return new PrinterProfile(columns, dotsPerLine, barcodes, statusQuery, statusTimeout, poll, jobAck, printTimeout);
    }

    public PrinterProfile withJobAck(boolean ack) {
        return new PrinterProfile(columns, dotsPerLine, barcodes, statusQuery, statusTimeout, statusPoll, ack, printTimeout);
    }

    public PrinterProfile withPrintTimeout(Duration timeout) {
        return new PrinterProfile(columns, dotsPerLine, barcodes, statusQuery, statusTimeout, statusPoll, jobAck, timeout);
    }
}
