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
            String site = callSite();
            if (reported.add(site)) {
                LOG.warn("the screen's thread waited on the replica or the network at {}: move this work to the background",
                        site);
            }
        };
    }

    /** The first frame of the kiosk's code that led to the store or the agent's client, as class.method:line. */
    public static String callSite() {
        return callSite(new Throwable().getStackTrace());
    }

    static String callSite(StackTraceElement[] stack) {
        // the frames past the replica's store or the agent's client: the kiosk's code that asked
        int edge = -1;
        for (int i = 0; i < stack.length; i++) {
            String type = stack[i].getClassName();
            if (type.startsWith("fr.borne.store.") || type.startsWith("fr.borne.kiosk.online.AgentLocalClient")) {
                edge = i;
            }
        }
        for (int i = edge + 1; i < stack.length; i++) {
            StackTraceElement frame = stack[i];
            String type = frame.getClassName();
            boolean watch = type.equals(ScreenThread.class.getName()) || type.startsWith(ScreenThread.class.getName() + "$");
            if (type.startsWith("fr.borne.kiosk.") && !watch) {
                return frame.getClassName() + "." + frame.getMethodName() + ":" + frame.getLineNumber();
            }
        }
        return edge >= 0 && edge + 1 < stack.length ? stack[edge + 1].toString() : "unknown";
    }
}
