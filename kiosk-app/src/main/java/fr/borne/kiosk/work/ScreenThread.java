package fr.borne.kiosk.work;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The JavaFX thread, on which a visitor sees every wait: nothing there may read or write the
 * replica or ask central. {@link #MUST_NOT_WAIT} tells it from the other threads; the kiosk
 * reports a use made there with {@link #warnOncePerCallSite()}, the tests fail on it.
 */
public final class ScreenThread {

    /** The name JavaFX gives its one application thread. */
    public static final String NAME = "JavaFX Application Thread";
    public static final Predicate<Thread> MUST_NOT_WAIT = thread -> NAME.equals(thread.getName());

    private static final Logger LOG = LoggerFactory.getLogger(ScreenThread.class);

    private ScreenThread() {
    }

    /**
     * A report that logs a warning the first time each place of the kiosk's code waits on the
     * screen's thread (the place only: the class, method and line, never what was asked), and
     * never throws: the visitor's screen keeps going.
     */
    public static Consumer<Thread> warnOncePerCallSite() {
        Set<String> reported = ConcurrentHashMap.newKeySet();
        return thread -> {
            String site = callSite(new Throwable().getStackTrace());
            if (reported.add(site)) {
                LOG.warn("the screen's thread waited on the replica or the network at {}: move this work to the background",
                        site);
            }
        };
    }

    /** The first frame of the kiosk's screens that led here (not the watch, the store or the agent's client). */
    static String callSite(StackTraceElement[] stack) {
        for (StackTraceElement frame : stack) {
            String type = frame.getClassName();
            if (type.startsWith("fr.borne.kiosk.") && !type.startsWith(ScreenThread.class.getName())
                    && !type.startsWith("fr.borne.kiosk.online.")) {
                return type + "." + frame.getMethodName() + ":" + frame.getLineNumber();
            }
        }
        return stack.length > 0 ? stack[stack.length - 1].toString() : "unknown";
    }

    /** True on the thread named {@link #NAME}: a use there is to be reported. */
    public static boolean isCurrent() {
        return MUST_NOT_WAIT.test(Thread.currentThread());
    }
}
