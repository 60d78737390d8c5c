package fr.borne.kiosk.work;

import javafx.application.Platform;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Where the screens' database and network work runs, off the JavaFX thread, and how its
 * answer comes back to that thread. The kiosk uses a few named daemon threads; a test may
 * run the work in place ({@link #inPlace()}) to keep its steps in one thread.
 */
public final class Background {

    private final Executor work;
    private final Consumer<Runnable> screen;

    public Background(Executor work, Consumer<Runnable> screen) {
        this.work = work;
        this.screen = screen;
    }

    /** Work on {@code work}; answers on the JavaFX thread (at once when the work ran there, as in tests). */
    public Background(Executor work) {
        this(work, Background::toScreen);
    }

    private static void toScreen(Runnable task) {
        if (Platform.isFxApplicationThread()) {
            task.run();
        } else {
            Platform.runLater(task);
        }
    }

    /**
     * {@code threads} named daemon threads ({@code name-1}, {@code name-2}…), answers handed to
     * the JavaFX thread: a slow agent call on one thread does not keep a local read waiting.
     */
    public static Background threads(String name, int threads) {
        AtomicInteger count = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, name + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        return new Background(pool);
    }

    /** The work and its answer run at once on the caller's thread (tests that drive the screen step by step). */
    public static Background inPlace() {
        return new Background(Runnable::run, Runnable::run);
    }

    /** Runs {@code task} off the screen's thread. */
    public void run(Runnable task) {
        work.execute(task);
    }

    /** Runs {@code task} on the screen's thread. */
    public void onScreen(Runnable task) {
        screen.accept(task);
    }

    /** The executor the work runs on, for code that chains futures. */
    public Executor executor() {
        return work;
    }
}
