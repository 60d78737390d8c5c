package fr.borne.central.remote;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * B11 badge look-ups per kiosk, as a token bucket: a kiosk may look up {@code burst}
 * badges at once, then one every {@code refillEvery}. A real hall scans a badge of another
 * establishment now and then; a kiosk walking through codes empties its bucket within
 * seconds, gets 429 and is reported once per burst (the kiosk id only, never a code).
 */
public final class BadgeLookupLimit {

    /** Ten at once, then one every six seconds: ten a minute at most, sustained. */
    public static final int DEFAULT_BURST = 10;
    public static final Duration DEFAULT_REFILL = Duration.ofSeconds(6);

    private static final Logger LOG = LoggerFactory.getLogger(BadgeLookupLimit.class);

    private final Clock clock;
    private final int burst;
    private final Duration refillEvery;
    private final Map<String, Bucket> buckets = new HashMap<>();

    private static final class Bucket {
        double tokens;
        Instant at;
        int refused;

        Bucket(double tokens, Instant at) {
            this.tokens = tokens;
            this.at = at;
        }
    }

    public BadgeLookupLimit(Clock clock, int burst, Duration refillEvery) {
        this.clock = clock;
        this.burst = burst;
        this.refillEvery = refillEvery;
    }

    /** Takes a token for this kiosk; false when it has none left (the look-up is refused). */
    public synchronized boolean tryTake(String kioskId) {
        Instant now = clock.instant();
        Bucket bucket = buckets.computeIfAbsent(kioskId, k -> new Bucket(burst, now));
        double refilled = (double) Duration.between(bucket.at, now).toNanos() / refillEvery.toNanos();
        bucket.tokens = Math.min(burst, bucket.tokens + Math.max(0, refilled));
        bucket.at = now;
        if (bucket.tokens >= 1) {
            if (bucket.refused > 0) {
                LOG.warn("badge look-up burst from kiosk {} ended: {} look-ups refused", kioskId, bucket.refused);
                bucket.refused = 0;
            }
            bucket.tokens -= 1;
            return true;
        }
        if (bucket.refused++ == 0) {
            LOG.warn("ALERT badge look-up burst from kiosk {}: more than {} look-ups in a row, "
                    + "further look-ups refused until its rate falls under one per {} s", kioskId, burst,
                    refillEvery.toSeconds());
        }
        return false;
    }

    /** How long until this kiosk may look up again, for {@code Retry-After}. */
    public synchronized Duration retryAfter(String kioskId) {
        Bucket bucket = buckets.get(kioskId);
        if (bucket == null || bucket.tokens >= 1) {
            return Duration.ZERO;
        }
        return Duration.ofNanos((long) ((1 - bucket.tokens) * refillEvery.toNanos()));
    }
}
