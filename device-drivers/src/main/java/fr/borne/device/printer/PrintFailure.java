package fr.borne.device.printer;

/** Why a receipt was not printed (completely). The receipt can be printed again once the cause is fixed. */
public enum PrintFailure {
    PAPER_OUT,
    COVER_OPEN,
    OFFLINE,
    /** The printer was not enabled (a programming or start-up order error). */
    NOT_ENABLED,
    /** The bytes could not be sent (connection lost mid-job). */
    WRITE_ERROR;

    /** The failure a printer in this (non-printing) status causes. */
    public static PrintFailure of(PrinterStatus status) {
        return switch (status) {
            case PAPER_OUT -> PAPER_OUT;
            case COVER_OPEN -> COVER_OPEN;
            default -> OFFLINE;
        };
    }
}
