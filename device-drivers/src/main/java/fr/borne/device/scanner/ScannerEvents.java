package fr.borne.device.scanner;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/** The listeners of one scanner; a failing listener is logged and does not stop the others or the driver. */
public final class ScannerEvents {

    private static final Logger LOG = LoggerFactory.getLogger(ScannerEvents.class);

    private final List<ScannerListener> listeners = new CopyOnWriteArrayList<>();

    public void add(ScannerListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void remove(ScannerListener listener) {
        listeners.remove(listener);
    }

    public void fire(ScannerEvent event) {
        for (ScannerListener l : listeners) {
            try {
                l.onEvent(event);
            } catch (RuntimeException e) {
                LOG.error("scanner listener failed on {}", event.getClass().getSimpleName(), e);
            }
        }
    }
}
