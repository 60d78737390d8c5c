package fr.borne.kiosk.technician;

import fr.borne.device.indicator.Indicator;
import fr.borne.device.printer.ReceiptPrinter;
import javafx.beans.property.ReadOnlyBooleanProperty;

/**
 * The kiosk's devices as the technician tests them.
 *
 * @param scannerConnected whether the scanner is plugged in, as the scanner's events say
 */
public record DeviceBench(ReceiptPrinter printer, Indicator indicator, ReadOnlyBooleanProperty scannerConnected) {
}
