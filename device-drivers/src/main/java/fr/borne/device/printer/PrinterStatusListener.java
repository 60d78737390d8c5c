package fr.borne.device.printer;

/** Told when the printer's status changes; called on the driver's thread. */
@FunctionalInterface
public interface PrinterStatusListener {
    void statusChanged(PrinterStatus previous, PrinterStatus current);
}
