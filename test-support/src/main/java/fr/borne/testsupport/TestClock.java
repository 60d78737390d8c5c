package fr.borne.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock a test sets and moves by hand. Copies made by {@link #withZone(ZoneId)} share its
 * time, so a server or a kiosk holding one sees every move; safe to read from any thread.
 */
public final class TestClock extends Clock {

    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    private TestClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    public static TestClock at(Instant start, ZoneId zone) {
        return new TestClock(new AtomicReference<>(Objects.requireNonNull(start, "start")), zone);
    }

    /** A clock at {@code start} in UTC. */
    public static TestClock at(Instant start) {
        return at(start, ZoneId.of("UTC"));
    }

    /** Moves the time forward; a negative step is a test's mistake. */
    public void advance(Duration step) {
        if (step.isNegative()) {
            throw new IllegalArgumentException("a clock does not go back: " + step);
        }
        now.updateAndGet(instant -> instant.plus(step));
    }

    /** Sets the time, forward or back (a kiosk whose clock was corrected). */
    public void set(Instant instant) {
        now.set(Objects.requireNonNull(instant, "instant"));
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new TestClock(now, other);
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public String toString() {
        return "TestClock[" + now.get() + ", " + zone + "]";
    }
}
