package fr.borne.testsupport;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Waits for something another thread or process does. There is one ceiling,
 * {@link #CEILING}, generous enough for a machine busy with other builds: a wait that
 * succeeds returns as soon as its condition holds, so the ceiling only costs time when the
 * test fails anyway.
 */
public final class Eventually {

    /** How long any condition may take before the test fails. */
    public static final Duration CEILING = Duration.ofSeconds(60);

    private static final long POLL_NANOS = 10_000_000;

    private Eventually() {
    }

    /** Waits until {@code done} holds, failing with {@code what} after {@link #CEILING}. */
    public static void await(String what, BooleanSupplier done) {
        await(what, CEILING, done);
    }

    /** Waits until {@code done} holds, failing with {@code what} after {@code ceiling}. */
    public static void await(String what, Duration ceiling, BooleanSupplier done) {
        await(() -> what, ceiling, done);
    }

    /** As {@link #await(String, BooleanSupplier)}, the failure's words computed only on failure (what the screen showed). */
    public static void await(Supplier<String> what, Duration ceiling, BooleanSupplier done) {
        long end = System.nanoTime() + ceiling.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() - end > 0) {
                throw new AssertionError("not within " + ceiling + ": " + what.get());
            }
            pause();
        }
    }

    private static void pause() {
        try {
            // a poll between two looks at the condition, not a wait for the thing itself
            Thread.sleep(POLL_NANOS / 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting", e);
        }
    }
}
