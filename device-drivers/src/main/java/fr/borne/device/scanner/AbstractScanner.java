package fr.borne.device.scanner;

import fr.borne.device.AbstractDevice;

import java.time.Clock;
import java.time.Duration;

/**
 * What every scanner shares: its listeners and the reporter that turns frames into events
 * (dropping repeats and scans while disabled). A driver only says where frames come from.
 */
public abstract class AbstractScanner extends AbstractDevice implements BarcodeScanner {

    private final ScannerEvents events = new ScannerEvents();
    protected final ScanReporter reporter;

    protected AbstractScanner(String name, Duration duplicateWindow, Clock clock) {
        super(name);
        this.reporter = new ScanReporter(name, events, duplicateWindow, clock, this::isEnabled);
    }

    @Override
    public final void addListener(ScannerListener listener) {
        events.add(listener);
    }

    @Override
    public final void removeListener(ScannerListener listener) {
        events.remove(listener);
    }

    @Override
    public final boolean connected() {
        return reporter.isConnected();
    }
}
