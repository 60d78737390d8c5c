package fr.borne.testsupport;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Timers on virtual time: nothing runs until the test calls {@link #advance(Duration)},
 * which runs every task that falls due, in order of due time, moving its {@link TestClock}
 * to each task's moment. A test that asserts "nothing happened yet" advances to just
 * before the moment, and proves the moment by advancing past it.
 * <p>Tasks run on the thread that calls {@code advance} (a JavaFX test calls it on the
 * JavaFX thread). Not thread-safe beyond that: one test thread drives it.
 */
public final class ManualScheduler {

    /** A scheduled task; {@link #cancel()} keeps it from running again. */
    public final class Task {
        private final Runnable action;
        private final Duration period;
        private final long order;
        private Instant due;
        private boolean cancelled;

        private Task(Runnable action, Instant due, Duration period, long order) {
            this.action = action;
            this.due = due;
            this.period = period;
            this.order = order;
        }

        public void cancel() {
            cancelled = true;
            tasks.remove(this);
        }

        public boolean cancelled() {
            return cancelled;
        }

        public Instant due() {
            return due;
        }
    }

    private final TestClock clock;
    private final List<Task> tasks = new ArrayList<>();
    private long scheduled;

    public ManualScheduler(TestClock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public TestClock clock() {
        return clock;
    }

    /** Runs {@code action} once, {@code delay} from now. */
    public Task after(Duration delay, Runnable action) {
        return add(action, clock.instant().plus(requirePositiveOrZero(delay)), null);
    }

    /** Runs {@code action} every {@code period}, the first time one period from now. */
    public Task every(Duration period, Runnable action) {
        if (period.isZero() || period.isNegative()) {
            throw new IllegalArgumentException("period " + period);
        }
        return add(action, clock.instant().plus(period), period);
    }

    /** Moves time forward by {@code step}, running what falls due on the way (tasks those tasks schedule too). */
    public void advance(Duration step) {
        Instant end = clock.instant().plus(requirePositiveOrZero(step));
        for (Optional<Task> next = nextDueBy(end); next.isPresent(); next = nextDueBy(end)) {
            Task task = next.get();
            clock.set(task.due);
            if (task.period == null) {
                tasks.remove(task);
                task.cancelled = true;
            } else {
                task.due = task.due.plus(task.period);
            }
            task.action.run();
        }
        clock.set(end);
    }

    /** How many tasks wait to run. */
    public int pending() {
        return tasks.size();
    }

    /** When the next task falls due, if any. */
    public Optional<Instant> nextDue() {
        return tasks.stream().min(ORDER).map(Task::due);
    }

    private static final Comparator<Task> ORDER = Comparator.<Task, Instant>comparing(t -> t.due)
            .thenComparingLong(t -> t.order);

    private Optional<Task> nextDueBy(Instant end) {
        return tasks.stream().filter(t -> !t.due.isAfter(end)).min(ORDER);
    }

    private Task add(Runnable action, Instant due, Duration period) {
        Task task = new Task(Objects.requireNonNull(action, "action"), due, period, scheduled++);
        tasks.add(task);
        return task;
    }

    private static Duration requirePositiveOrZero(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("time does not go back: " + duration);
        }
        return duration;
    }
}
