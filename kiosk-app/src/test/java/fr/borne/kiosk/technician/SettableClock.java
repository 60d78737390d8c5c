package fr.borne.kiosk.technician;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/** A clock the test moves forward, to let a lock-out run out without waiting for it. */
final class SettableClock extends Clock {

    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    SettableClock(Instant start, ZoneId zone) {
        this.now = new AtomicReference<>(start);
        this.zone = zone;
    }

    void advance(Duration by) {
        now.updateAndGet(at -> at.plus(by));
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new SettableClock(now.get(), other);
    }

    @Override
    public Instant instant() {
        return now.get();
    }
}
