package fr.borne.kiosk.session;

import fr.borne.kiosk.timers.Timers;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.TouchEvent;

import java.time.Duration;

/**
 * Watches for touches. After {@link Timeouts#idle()} without one it raises a warning that
 * counts down {@link Timeouts#warning()} seconds; a touch during the warning does not end
 * it (only the "more time" button does), so a visitor cannot lose the warning by accident.
 * When the countdown ends, {@code onExpired} runs. Runs on the JavaFX thread, on the
 * {@link Timers} it is given.
 */
public final class InactivityWatch {

    private final Timeouts timeouts;
    private final Timers timers;
    private final Runnable onExpired;
    private Timers.Timer idle;
    private Timers.Timer countdown;
    private final ReadOnlyBooleanWrapper warning = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyLongWrapper secondsLeft = new ReadOnlyLongWrapper();

    public InactivityWatch(Timeouts timeouts, Timers timers, Runnable onExpired) {
        this.timeouts = timeouts;
        this.timers = timers;
        this.onExpired = onExpired;
    }

    /** Listens to every touch, click, key and scroll of the scene, before any control sees it. */
    public void watch(Scene scene) {
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, this::touched);
        scene.addEventFilter(TouchEvent.TOUCH_PRESSED, this::touched);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::touched);
        scene.addEventFilter(ScrollEvent.SCROLL_STARTED, this::touched);
    }

    public ReadOnlyBooleanProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty secondsLeftProperty() {
        return secondsLeft.getReadOnlyProperty();
    }

    /** Starts (or restarts) the idle period. */
    public void restart() {
        stopWarning();
        startIdle();
    }

    /** Stops watching until the next {@link #restart()}: nothing to protect on the attract screen. */
    public void stop() {
        stopIdle();
        stopWarning();
    }

    /** Shows the warning now, as if the idle period had just ended (the screenshot tour uses it). */
    public void warnNow() {
        stopIdle();
        warn();
    }

    /** The visitor asked for more time. */
    public void moreTime() {
        restart();
    }

    private void touched(Event event) {
        if (!warning.get() && idle != null) {
            startIdle();
        }
    }

    private void startIdle() {
        stopIdle();
        idle = timers.after(timeouts.idle(), () -> {
            idle = null;
            warn();
        });
    }

    private void stopIdle() {
        if (idle != null) {
            idle.cancel();
            idle = null;
        }
    }

    private void warn() {
        long total = Math.max(1, (timeouts.warning().toMillis() + 999) / 1000);
        secondsLeft.set(total);
        warning.set(true);
        if (countdown != null) {
            countdown.cancel();
        }
        countdown = timers.every(Duration.ofMillis(Math.max(1, timeouts.warning().toMillis() / total)), this::tick);
    }

    private void tick() {
        secondsLeft.set(secondsLeft.get() - 1);
        if (secondsLeft.get() <= 0) {
            stop();
            onExpired.run();
        }
    }

    private void stopWarning() {
        if (countdown != null) {
            countdown.cancel();
            countdown = null;
        }
        warning.set(false);
    }
}
