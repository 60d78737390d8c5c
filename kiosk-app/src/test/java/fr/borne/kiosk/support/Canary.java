package fr.borne.kiosk.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * A plain thread that, like a screen drawing its frames, wakes every {@code period} and
 * works for {@code work}, and notes when it woke: where it too was held up (a garbage
 * collection, a machine too busy to give it its share), a late JavaFX pulse is the
 * machine's doing, not the screen's. Nothing the kiosk does can stop it.
 */
public final class Canary implements AutoCloseable {

    private final List<Long> beats = new ArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;

    public Canary(Duration period, Duration work) {
        thread = new Thread(() -> {
            long sink = 0;
            while (running) {
                long start = System.nanoTime();
                synchronized (beats) {
                    beats.add(start);
                }
                while (System.nanoTime() - start < work.toNanos()) {
                    sink += Long.numberOfTrailingZeros(System.nanoTime() ^ sink);
                }
                LockSupport.parkNanos(Math.max(0, period.toNanos() - (System.nanoTime() - start)));
            }
            if (sink == 42) {
                Thread.onSpinWait();
            }
        }, "pulse-canary");
        thread.setDaemon(true);
        thread.start();
    }

    /** The longest time the canary could not run within [{@code from}, {@code to}] (nanoTime). */
    public Duration longestStallWithin(long from, long to) {
        List<Long> copy;
        synchronized (beats) {
            copy = List.copyOf(beats);
        }
        long longest = 0;
        for (int i = 1; i < copy.size(); i++) {
            long a = Math.max(copy.get(i - 1), from);
            long b = Math.min(copy.get(i), to);
            if (b > a) {
                longest = Math.max(longest, b - a);
            }
        }
        return Duration.ofNanos(longest);
    }

    @Override
    public void close() {
        running = false;
    }
}
