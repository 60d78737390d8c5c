package fr.borne.agent.push;

import java.time.Duration;

/**
 * How an outbox row central keeps failing on is tried again: after {@code first}, doubling
 * up to {@code max}, and flagged for a technician (status, heartbeat, fleet page) once it
 * failed {@code flagAfter} times in a row. Meanwhile later rows go.
 */
public record RowRetry(int flagAfter, Duration first, Duration max) {

    public RowRetry {
        if (flagAfter < 1 || first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("flag after at least one failure, with a positive first wait up to max");
        }
    }

    public static RowRetry defaults() {
        return new RowRetry(5, Duration.ofSeconds(5), Duration.ofMinutes(10));
    }

    /** The wait after the {@code failures}-th failure in a row (1 is the first). */
    Duration waitAfter(int failures) {
        Duration wait = first;
        for (int i = 1; i < failures && wait.compareTo(max) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(max) < 0 ? wait : max;
    }
}
