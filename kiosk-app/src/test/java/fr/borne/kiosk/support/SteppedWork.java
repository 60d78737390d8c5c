package fr.borne.kiosk.support;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The screens' background work for tests that drive the screen step by step: each task runs
 * on a thread of its own, off the JavaFX thread as in the kiosk, and the caller waits for it,
 * so its answer is already on its way to the screen when a tap returns. Work started by work
 * runs in place. Tests that look at the screen while an answer is awaited use {@link HeldWork}.
 */
public final class SteppedWork implements Executor {

    private static final String NAME = "kiosk-test-work";

    private final ThreadPoolExecutor thread = new ThreadPoolExecutor(1, 1, 1, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), r -> {
                Thread t = new Thread(r, NAME);
                t.setDaemon(true);
                return t;
            });

    public SteppedWork() {
        // an idle kiosk of a finished test leaves no thread behind
        thread.allowCoreThreadTimeOut(true);
    }

    @Override
    public void execute(Runnable task) {
        if (Thread.currentThread().getName().equals(NAME)) {
            task.run();
            return;
        }
        Future<?> done = thread.submit(task);
        try {
            done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // as if the work had run in place: its fault reaches the caller
            if (e.getCause() instanceof RuntimeException fault) {
                throw fault;
            }
            if (e.getCause() instanceof Error fault) {
                throw fault;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
