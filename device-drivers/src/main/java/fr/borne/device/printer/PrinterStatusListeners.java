package fr.borne.device.printer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps the last known status and tells listeners when it changes. */
public final class PrinterStatusListeners {

    private static final Logger LOG = LoggerFactory.getLogger(PrinterStatusListeners.class);

    private final String deviceName;
    private final List<PrinterStatusListener> listeners = new CopyOnWriteArrayList<>();
    private PrinterStatus current = PrinterStatus.OFFLINE;

    public PrinterStatusListeners(String deviceName) {
        this.deviceName = deviceName;
    }

    public void add(PrinterStatusListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void remove(PrinterStatusListener listener) {
        listeners.remove(listener);
    }

    public synchronized PrinterStatus current() {
        return current;
    }

    public void update(PrinterStatus status) {
        PrinterStatus previous;
        synchronized (this) {
            previous = current;
            if (previous == status) {
                return;
            }
            current = status;
        }
        LOG.info("{}: status {} -> {}", deviceName, previous, status);
        for (PrinterStatusListener l : listeners) {
            try {
                l.statusChanged(previous, status);
            } catch (RuntimeException e) {
                LOG.error("printer status listener failed", e);
            }
        }
    }
}
