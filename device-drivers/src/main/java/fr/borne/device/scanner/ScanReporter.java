package fr.borne.device.scanner;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Turns frame verdicts and link changes into scanner events: drops repeats, drops scans while the scanner is
 * disabled, and reports connection changes once each. Thread-safe, so several input streams may share it.
 */
public final class ScanReporter {

    private static final Logger LOG = LoggerFactory.getLogger(ScanReporter.class);

    private final ScannerEvents events;
    private final DuplicateFilter duplicates;
    private final Clock clock;
    private final BooleanSupplier enabled;
    private final String deviceName;
    private Boolean connected;

    public ScanReporter(String deviceName, ScannerEvents events, Duration duplicateWindow, Clock clock, BooleanSupplier enabled) {
        this.deviceName = deviceName;
        this.events = events;
        this.duplicates = new DuplicateFilter(duplicateWindow, clock);
        this.clock = clock;
        this.enabled = enabled;
    }

    public void report(FrameResult result) {
        if (!enabled.getAsBoolean()) {
            return;
        }
        if (result instanceof FrameResult.Accepted accepted) {
            if (duplicates.isRepeat(accepted.code())) {
                LOG.debug("{}: repeated badge dropped", deviceName);
                return;
            }
            events.fire(new ScannerEvent.BadgeScanned(accepted.code(), clock.instant()));
        } else if (result instanceof FrameResult.Rejected rejected) {
            LOG.info("{}: scan rejected ({}, {} characters)", deviceName, rejected.reason(), rejected.length());
            events.fire(new ScannerEvent.ScanRejected(rejected.reason(), rejected.length(), clock.instant()));
        }
    }

    public void connected() {
        if (changeTo(true)) {
            LOG.info("{}: connected", deviceName);
            events.fire(new ScannerEvent.Connected(clock.instant()));
        }
    }

    public void disconnected() {
        if (changeTo(false)) {
            LOG.warn("{}: disconnected", deviceName);
            events.fire(new ScannerEvent.Disconnected(clock.instant()));
        }
    }

    public synchronized boolean isConnected() {
        return Boolean.TRUE.equals(connected);
    }

    /** Forgets the link state so the next start reports it afresh. */
    public synchronized void resetLink() {
        connected = null;
    }

    private synchronized boolean changeTo(boolean now) {
        if (connected != null && connected == now) {
            return false;
        }
        connected = now;
        return true;
    }
}
