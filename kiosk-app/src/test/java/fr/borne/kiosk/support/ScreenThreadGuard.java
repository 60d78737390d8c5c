package fr.borne.kiosk.support;

import fr.borne.kiosk.online.AgentLocalClient;
import fr.borne.kiosk.work.ScreenThread;
import fr.borne.store.Database;

import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Fails a test whose kiosk read or wrote the replica, or asked the agent, on the JavaFX
 * thread: each such use is counted, the first one's stack kept, and {@link #verify()}
 * (called when the fixture closes) throws with it.
 */
public final class ScreenThreadGuard {

    private final AtomicReference<Throwable> first = new AtomicReference<>();
    private final AtomicInteger uses = new AtomicInteger();
    private final Set<String> sites = ConcurrentHashMap.newKeySet();

    /** Watches the replica from now on. */
    public Database watch(Database database) {
        database.watchThreads(ScreenThread.MUST_NOT_WAIT, thread -> reported("the replica"));
        return database;
    }

    /** Watches the calls to the agent's local API from now on. */
    public AgentLocalClient watch(AgentLocalClient agent) {
        agent.watchThreads(ScreenThread.MUST_NOT_WAIT, thread -> reported("the agent's local API"));
        return agent;
    }

    private void reported(String what) {
        uses.incrementAndGet();
        sites.add(ScreenThread.callSite());
        first.compareAndSet(null, new Throwable(what + " used on the JavaFX thread, here"));
    }

    /** How many uses on the JavaFX thread so far. */
    public int uses() {
        return uses.get();
    }

    /** Throws, with the first offending call's stack, when anything was used on the JavaFX thread. */
    public void verify() {
        Throwable offending = first.get();
        if (offending != null) {
            throw new AssertionError(uses.get() + " use(s) of the replica or the agent on the JavaFX thread, where a "
                    + "visitor sees every wait, from " + new TreeSet<>(sites) + "; the first one's stack is the cause",
                    offending);
        }
    }
}
