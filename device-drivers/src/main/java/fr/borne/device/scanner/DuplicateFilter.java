package fr.borne.device.scanner;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Reports a badge held under the scanner (or scanned twice in a hurry) once: a repeat within the window is dropped. */
public final class DuplicateFilter {

    private final Duration window;
    private final Clock clock;
    private String lastCode;
    private Instant lastSeen = Instant.MIN;

    public DuplicateFilter(Duration window, Clock clock) {
        this.window = window;
        this.clock = clock;
    }

    /** Whether this code repeats the previous one within the window; each sighting extends the window. */
    public synchronized boolean isRepeat(String code) {
        Instant now = clock.instant();
        boolean repeat = code.equals(lastCode) && now.isBefore(lastSeen.plus(window));
        lastCode = code;
        lastSeen = now;
        return repeat;
    }
}
