package fr.borne.device.printer;

/**
 * Interprets ESC/POS real-time status answers ({@code DLE EOT 1, 2, 4}). A valid answer has the fixed bits
 * {@code (b & 0x93) == 0x12}; anything else (or no answer) means the printer cannot be trusted: offline.
 */
final class StatusReading {

    static final int NO_ANSWER = -1;

    private StatusReading() {
    }

    static boolean valid(int b) {
        return b >= 0 && (b & 0x93) == 0x12;
    }

    /**
     * @param printer    answer to DLE EOT 1 (bit 3: offline)
     * @param cause      answer to DLE EOT 2 (bit 2: cover open, bit 5: stopped for paper end, bit 6: error)
     * @param paper      answer to DLE EOT 4 (0x0C: near end, 0x60: paper end)
     */
    static PrinterStatus interpret(int printer, int cause, int paper) {
        if (!valid(printer) || !valid(cause) || !valid(paper)) {
            return PrinterStatus.OFFLINE;
        }
        if ((cause & 0x04) != 0) {
            return PrinterStatus.COVER_OPEN;
        }
        if ((cause & 0x20) != 0 || (paper & 0x60) != 0) {
            return PrinterStatus.PAPER_OUT;
        }
        if ((printer & 0x08) != 0 || (cause & 0x40) != 0) {
            return PrinterStatus.OFFLINE;
        }
        if ((paper & 0x0C) != 0) {
            return PrinterStatus.PAPER_NEAR_END;
        }
        return PrinterStatus.ONLINE;
    }
}
