package fr.borne.store;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Which threads must never wait on the disk or the network (a screen's, whose every wait a
 * visitor sees), and what to do when one is about to: {@link #check} calls {@code report} on
 * that thread, with the thread, before the work goes on. The work still runs; the caller
 * decides whether a report is a warning in the log or a failed test.
 */
public record ThreadWatch(Predicate<Thread> mustNotWait, Consumer<Thread> report) {

    /** Watches no thread. */
    public static final ThreadWatch NONE = new ThreadWatch(thread -> false, thread -> { });

    public ThreadWatch {
        Objects.requireNonNull(mustNotWait, "mustNotWait");
        Objects.requireNonNull(report, "report");
    }

    /** Reports the current thread if it must not wait. */
    public void check() {
        Thread current = Thread.currentThread();
        if (mustNotWait.test(current)) {
            report.accept(current);
        }
    }
}
