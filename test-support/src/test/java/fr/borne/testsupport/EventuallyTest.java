package fr.borne.testsupport;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventuallyTest {

    @Test
    void returnsOnceAnotherThreadMakesTheConditionTrue() {
        CountDownLatch done = new CountDownLatch(1);
        new Thread(done::countDown, "eventually-test").start();

        Eventually.await("the other thread ran", () -> done.getCount() == 0);
    }

    @Test
    void failsWithWhatItWaitedForAfterTheCeiling() {
        assertThatThrownBy(() -> Eventually.await("the impossible", Duration.ofMillis(50), () -> false))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("the impossible");
    }
}
