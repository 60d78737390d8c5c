package fr.borne.kiosk.support;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executor;

/**
 * The screens' background work as a test wants it: each task on a thread of its own at
 * once, or, while {@linkplain #hold() held}, kept until the test {@linkplain #release()
 * releases} it, so a test can look at the screen while an answer is awaited, for as long as
 * it likes, without any real delay.
 */
public final class HeldWork implements Executor {

    private final Deque<Runnable> held = new ArrayDeque<>();
    private boolean holding;
    private int ran;
    private int started;

    @Override
    public void execute(Runnable task) {
        synchronized (this) {
            if (holding) {
                held.add(task);
                return;
            }
        }
        start(task);
    }

    public synchronized void hold() {
        holding = true;
    }

    /** How many tasks wait now. */
    public synchronized int waiting() {
        return held.size();
    }

    /** How many tasks were let run and have not ended yet. */
    public synchronized int running() {
        return started - ran;
    }

    /** How many tasks have run to their end. */
    public synchronized int ran() {
        return ran;
    }

    /** Lets the tasks kept so far run, each on a thread of its own; stops holding. */
    public void release() {
        Deque<Runnable> tasks;
        synchronized (this) {
            holding = false;
            tasks = new ArrayDeque<>(held);
            held.clear();
        }
        tasks.forEach(this::start);
    }

    private void start(Runnable task) {
        synchronized (this) {
            started++;
        }
        Thread thread = new Thread(() -> {
            try {
                task.run();
            } finally {
                synchronized (this) {
                    ran++;
                }
            }
        }, "test-kiosk-work");
        thread.setDaemon(true);
        thread.start();
    }
}
