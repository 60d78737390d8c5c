package fr.borne.central.notice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * At most {@code perMinute} messages a minute on one channel, in a smooth stream (a token
 * bucket refilled continuously, holding at most a few seconds' worth): what an SMS gateway's
 * contract or a mail relay's limits allow, and no burst of thousands after a closure.
 */
final class SendRate {

    private final Clock clock;
    private final double perMilli;
    private final double capacity;
    private double tokens;
    private Instant last;

    SendRate(Clock clock, int perMinute) {
        if (perMinute <= 0) {
            throw new IllegalArgumentException("a send rate must be positive");
        }
        this.clock = clock;
        this.perMilli = perMinute / 60_000.0;
        this.capacity = Math.max(1, perMinute / 12.0);
        this.tokens = capacity;
        this.last = clock.instant();
    }

    synchronized boolean tryTake() {
        Instant now = clock.instant();
        long elapsed = Math.max(0, Duration.between(last, now).toMillis());
        tokens = Math.min(capacity, tokens + elapsed * perMilli);
        last = now;
        if (tokens < 1) {
            return false;
        }
        tokens -= 1;
        return true;
    }
}
