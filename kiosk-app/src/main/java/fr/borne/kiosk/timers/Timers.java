package fr.borne.kiosk.timers;

import java.time.Duration;

/**
 * Where the kiosk's timers come from: the inactivity watch, technician mode's idle and poll,
 * the UI heartbeat. The kiosk runs them on the JavaFX thread ({@link FxTimers}); a test runs
 * them on virtual time it advances, instead of waiting real seconds.
 * Call on the JavaFX thread; actions run there.
 */
public interface Timers {

    /** A started timer; cancelling one that already ran, or twice, does nothing. */
    interface Timer {
        void cancel();
    }

    /** Runs {@code action} once after {@code delay}. */
    Timer after(Duration delay, Runnable action);

    /** Runs {@code action} every {@code period}, the first time one period from now. */
    Timer every(Duration period, Runnable action);
}
