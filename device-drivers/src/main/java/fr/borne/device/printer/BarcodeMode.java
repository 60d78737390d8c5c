package fr.borne.device.printer;

/** How a printer is asked to print barcodes. */
public enum BarcodeMode {
    /** The printer's own commands: {@code GS k} for Code 128, {@code GS ( k} for QR. */
    NATIVE,
    /** A bitmap drawn here with ZXing and sent as a {@code GS v 0} raster, for printers lacking those commands. */
    RASTER
}
