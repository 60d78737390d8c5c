package fr.borne.central.notice;

import fr.borne.testsupport.TestClock;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The token bucket of {@link SendRate} on a clock the test moves. */
final class SendRateCheck {

    private SendRateCheck() {
    }

    static void check(TestClock clock) {
        SendRate rate = new SendRate(clock, 60);
        int burst = 0;
        while (rate.tryTake()) {
            burst++;
        }
        assertThat(burst).as("a burst of a few seconds' worth, no more").isEqualTo(5);
        clock.advance(Duration.ofMillis(999));
        assertThat(rate.tryTake()).isFalse();
        clock.advance(Duration.ofMillis(1));
        assertThat(rate.tryTake()).isTrue();
        assertThat(rate.tryTake()).isFalse();
    }
}
