package fr.borne.device.testing;

import fr.borne.device.scanner.ScannerEvent;
import fr.borne.device.scanner.ScannerListener;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Records scanner events and lets a test wait for the next one. */
public final class EventQueue implements ScannerListener {

    private final BlockingQueue<ScannerEvent> events = new LinkedBlockingQueue<>();

    @Override
    public void onEvent(ScannerEvent event) {
        events.add(event);
    }

    /** The next event, failing after the timeout. */
    public ScannerEvent next(Duration timeout) throws InterruptedException {
        ScannerEvent e = events.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (e == null) {
            throw new AssertionError("no scanner event within " + timeout.toMillis() + " ms");
        }
        return e;
    }

    /** The next event of the given kind, skipping others. */
    public <T extends ScannerEvent> T next(Class<T> type, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            ScannerEvent e = events.poll(Math.max(0, left), TimeUnit.NANOSECONDS);
            if (e == null) {
                throw new AssertionError("no " + type.getSimpleName() + " within " + timeout.toMillis() + " ms");
            }
            if (type.isInstance(e)) {
                return type.cast(e);
            }
        }
    }

    /** Events already received, without waiting. */
    public List<ScannerEvent> drain() {
        List<ScannerEvent> out = new ArrayList<>();
        events.drainTo(out);
        return out;
    }
}
