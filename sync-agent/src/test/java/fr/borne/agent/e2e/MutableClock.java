package fr.borne.agent.e2e;

import fr.borne.testsupport.TestClock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * One clock for central and every kiosk, moved forward by the scenario: test-support's
 * {@link TestClock} under the name ThreeKiosksEndToEndTest still uses; new tests take TestClock.
 */
final class MutableClock extends Clock {

    private final TestClock clock;

    MutableClock(Instant start) {
        this.clock = TestClock.at(start);
    }

    void advance(Duration step) {
        clock.advance(step);
    }

    @Override
    public ZoneId getZone() {
        return clock.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return clock.withZone(zone);
    }

    @Override
    public Instant instant() {
        return clock.instant();
    }
}
