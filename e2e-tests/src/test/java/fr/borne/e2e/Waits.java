package fr.borne.e2e;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/** Waiting for a condition, polled, with a ceiling: never a fixed sleep. */
final class Waits {

    private static final Duration POLL = Duration.ofMillis(100);

    private Waits() {
    }

    static <T> T until(Duration ceiling, String what, Supplier<Optional<T>> check) {
        long deadline = System.nanoTime() + ceiling.toNanos();
        while (true) {
            Optional<T> value = check.get();
            if (value.isPresent()) {
                return value.get();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + ceiling.toSeconds() + " s: " + what);
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting: " + what, e);
            }
        }
    }

    static void until(Duration ceiling, String what, java.util.function.BooleanSupplier check) {
        until(ceiling, what, () -> check.getAsBoolean() ? Optional.of(Boolean.TRUE) : Optional.empty());
    }
}
