package fr.borne.kiosk.technician;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * What the technician failure tests share: technician mode's background work on a thread of
 * its own, as the kiosk runs it, and the log of the screen under test, captured. Opened in
 * the test's set-up, closed after it.
 */
final class TechnicianWorkAndLog implements AutoCloseable {

    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "technician-background");
        t.setDaemon(true);
        return t;
    });
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger logger;

    /** Captures what {@code screen} logs from now on. */
    TechnicianWorkAndLog(Class<?> screen) {
        this.logger = (Logger) LoggerFactory.getLogger(screen);
        logger.addAppender(log);
        log.start();
    }

    /** Where technician mode's work runs. */
    ExecutorService background() {
        return background;
    }

    /** What was logged so far, "LEVEL message" a line. */
    List<String> logged() {
        // the device's threads log while the test reads: the appender appends under its own lock
        synchronized (log) {
            return log.list.stream().map(e -> e.getLevel() + " " + e.getFormattedMessage()).toList();
        }
    }

    /** Stops capturing, and the background thread, which must end within 10 s. */
    @Override
    public void close() throws InterruptedException {
        logger.detachAppender(log);
        background.shutdownNow();
        if (!background.awaitTermination(10, TimeUnit.SECONDS)) {
            throw new AssertionError("technician mode's background work did not end within 10 s");
        }
    }
}
