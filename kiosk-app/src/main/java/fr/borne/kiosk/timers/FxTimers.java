package fr.borne.kiosk.timers;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.util.Duration;

/** Timers on JavaFX's animation clock: they run on the JavaFX thread, between two pulses. */
public final class FxTimers implements Timers {

    @Override
    public Timer after(java.time.Duration delay, Runnable action) {
        PauseTransition pause = new PauseTransition(millis(delay));
        pause.setOnFinished(e -> action.run());
        return start(pause);
    }

    @Override
    public Timer every(java.time.Duration period, Runnable action) {
        Timeline beats = new Timeline(new KeyFrame(millis(period), e -> action.run()));
        beats.setCycleCount(Animation.INDEFINITE);
        return start(beats);
    }

    private static Timer start(Animation animation) {
        animation.play();
        return animation::stop;
    }

    private static Duration millis(java.time.Duration duration) {
        return Duration.millis(duration.toMillis());
    }
}
