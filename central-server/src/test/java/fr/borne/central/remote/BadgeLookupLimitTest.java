package fr.borne.central.remote;

import fr.borne.testsupport.TestClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class BadgeLookupLimitTest {

    private final TestClock clock = TestClock.at(Instant.parse("2026-12-02T09:00:00Z"), ZoneOffset.UTC);
    private final BadgeLookupLimit limit = new BadgeLookupLimit(clock, 10, Duration.ofSeconds(6));

    @Test
    void B11_ten_look_ups_at_once_then_one_every_six_seconds_per_kiosk() {
        for (int i = 0; i < 10; i++) {
            assertThat(limit.tryTake("dijon-1")).as("look-up %d", i + 1).isTrue();
        }
        assertThat(limit.tryTake("dijon-1")).isFalse();
        assertThat(limit.retryAfter("dijon-1")).isEqualTo(Duration.ofSeconds(6));
        assertThat(limit.tryTake("rouen-1")).as("another kiosk's bucket").isTrue();

        clock.advance(Duration.ofSeconds(5));
        assertThat(limit.tryTake("dijon-1")).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(limit.tryTake("dijon-1")).isTrue();
        assertThat(limit.tryTake("dijon-1")).isFalse();

        clock.advance(Duration.ofHours(1));
        for (int i = 0; i < 10; i++) {
            assertThat(limit.tryTake("dijon-1")).isTrue();
        }
        assertThat(limit.tryTake("dijon-1")).as("a quiet hour refills ten, not more").isFalse();
    }
}
