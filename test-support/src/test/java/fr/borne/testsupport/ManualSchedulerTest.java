package fr.borne.testsupport;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ManualSchedulerTest {

    private static final Instant START = Instant.parse("2026-11-23T11:00:00Z");

    private final TestClock clock = TestClock.at(START);
    private final ManualScheduler scheduler = new ManualScheduler(clock);
    private final List<String> ran = new ArrayList<>();

    @Test
    void aTaskRunsWhenItsMomentIsReachedAndNotAMomentBefore() {
        scheduler.after(Duration.ofSeconds(60), () -> ran.add("idle at " + clock.instant()));

        scheduler.advance(Duration.ofSeconds(59));
        assertThat(ran).isEmpty();
        scheduler.advance(Duration.ofSeconds(1));

        assertThat(ran).containsExactly("idle at " + START.plusSeconds(60));
        assertThat(scheduler.pending()).isZero();
    }

    @Test
    void tasksRunInOrderOfTheirMomentAndTheClockEndsWhereAsked() {
        scheduler.after(Duration.ofSeconds(3), () -> ran.add("3"));
        scheduler.after(Duration.ofSeconds(1), () -> ran.add("1"));
        scheduler.after(Duration.ofSeconds(1), () -> ran.add("1 again, scheduled later"));

        scheduler.advance(Duration.ofSeconds(10));

        assertThat(ran).containsExactly("1", "1 again, scheduled later", "3");
        assertThat(clock.instant()).isEqualTo(START.plusSeconds(10));
    }

    @Test
    void aRepeatingTaskRunsOncePerPeriodUntilCancelled() {
        ManualScheduler.Task tick = scheduler.every(Duration.ofSeconds(1), () -> ran.add("tick"));

        scheduler.advance(Duration.ofMillis(3500));
        assertThat(ran).hasSize(3);
        tick.cancel();
        scheduler.advance(Duration.ofSeconds(10));

        assertThat(ran).hasSize(3);
        assertThat(tick.cancelled()).isTrue();
    }

    @Test
    void whatATaskSchedulesRunsInTheSameAdvanceWhenItFallsDue() {
        scheduler.after(Duration.ofSeconds(60), () -> scheduler.after(Duration.ofSeconds(20), () -> ran.add("expired")));

        scheduler.advance(Duration.ofSeconds(79));
        assertThat(ran).isEmpty();
        scheduler.advance(Duration.ofSeconds(1));

        assertThat(ran).containsExactly("expired");
    }

    @Test
    void aCancelledTaskNeverRuns() {
        scheduler.after(Duration.ofSeconds(1), () -> ran.add("cancelled")).cancel();

        scheduler.advance(Duration.ofMinutes(5));

        assertThat(ran).isEmpty();
    }
}
