package fr.borne.device.config;

import fr.borne.device.Device;
import fr.borne.device.indicator.Indicator;
import fr.borne.device.printer.ReceiptPrinter;
import fr.borne.device.scanner.BarcodeScanner;

import java.util.List;

/** The kiosk's three devices, built together from one configuration and closed together. */
public record Devices(BarcodeScanner scanner, ReceiptPrinter printer, Indicator indicator) implements AutoCloseable {

    /** Opens, claims and enables every device. Hardware trouble shows as events and statuses, not exceptions. */
    public void startAll() {
        all().forEach(Device::start);
    }

    @Override
    public void close() {
        all().forEach(Device::close);
    }

    private List<Device> all() {
        return List.of(scanner, printer, indicator);
    }
}
