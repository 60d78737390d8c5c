package fr.borne.kiosk.support;

import javafx.animation.AnimationTimer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The JavaFX thread's heartbeat: the time of every animation pulse, recorded by an
 * {@link AnimationTimer} (which itself asks for a pulse each frame). A gap between two
 * pulses is time the screen could not move: a frozen spinner, a tap not answered.
 */
public final class PulseGaps {

    private final List<Long> pulses = new ArrayList<>();
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            synchronized (pulses) {
                pulses.add(System.nanoTime());
            }
        }
    };

    /** Call on the JavaFX thread. */
    public void start() {
        timer.start();
    }

    /** Call on the JavaFX thread. */
    public void stop() {
        timer.stop();
    }

    /** The longest gap between pulses that overlaps [{@code from}, {@code to}] (nanoTime). */
    public Duration longestGapDuring(long from, long to) {
        List<Long> copy;
        synchronized (pulses) {
            copy = List.copyOf(pulses);
        }
        long longest = 0;
        for (int i = 1; i < copy.size(); i++) {
            long a = copy.get(i - 1);
            long b = copy.get(i);
            if (b >= from && a <= to) {
                longest = Math.max(longest, b - a);
            }
        }
        return Duration.ofNanos(longest);
    }

    /** A gap between two pulses, from {@code startNanos} to {@code endNanos}. */
    public record Gap(long startNanos, long endNanos) {
        public Duration length() {
            return Duration.ofNanos(endNanos - startNanos);
        }
    }

    /** Every gap between pulses that overlaps [{@code from}, {@code to}] (nanoTime). */
    public List<Gap> gapsDuring(long from, long to) {
        List<Long> copy;
        synchronized (pulses) {
            copy = List.copyOf(pulses);
        }
        List<Gap> gaps = new ArrayList<>();
        for (int i = 1; i < copy.size(); i++) {
            if (copy.get(i) >= from && copy.get(i - 1) <= to) {
                gaps.add(new Gap(copy.get(i - 1), copy.get(i)));
            }
        }
        return gaps;
    }

    /** How many pulses fell in [{@code from}, {@code to}]. */
    public int pulsesDuring(long from, long to) {
        synchronized (pulses) {
            return (int) pulses.stream().filter(t -> t >= from && t <= to).count();
        }
    }
}
