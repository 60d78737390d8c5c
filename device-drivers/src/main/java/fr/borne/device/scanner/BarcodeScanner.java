package fr.borne.device.scanner;

import fr.borne.device.Device;

/**
 * A badge scanner. While enabled, each complete badge code arrives as one
 * {@link ScannerEvent.BadgeScanned}; anything else read is a {@link ScannerEvent.ScanRejected};
 * unplug and replug arrive as {@link ScannerEvent.Disconnected} and {@link ScannerEvent.Connected}.
 */
public interface BarcodeScanner extends Device {

    void addListener(ScannerListener listener);

    void removeListener(ScannerListener listener);

    /** Whether the scanner hardware is reachable right now. */
    boolean connected();
}
