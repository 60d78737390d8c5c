package fr.borne.central.feed;

import fr.borne.store.Database;
import fr.borne.store.Sql;
import fr.borne.sync.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Long polls on the changes feed: a kiosk at the end of the feed asks to wait, and its
 * request is answered as soon as a change for its establishment (or for the kiosk itself)
 * is in the feed, or with an empty page when the wait ends. A watcher reads the feed's head
 * every {@link Limits#watchEvery()} — and at once when this instance was {@link #poke() poked}
 * after a write — so changes written by another central instance on the same database wake
 * the waits too. Only the waits whose scopes changed read the feed again.
 *
 * <p>A wait costs no thread while it waits. A kiosk may hold {@link Limits#perKiosk()} waits
 * at once and central {@link Limits#total()} in all: beyond, the request is refused at once
 * (429 / 503), never queued.
 */
public final class FeedWaits implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FeedWaits.class);

    /** How many waits, how long each, how often the feed's head is read while nobody pokes. */
    public record Limits(int perKiosk, int total, Duration longest, Duration watchEvery) {
        public static Limits defaults() {
            return new Limits(2, 5_000, Duration.ofSeconds(25), Duration.ofMillis(100));
        }
    }

    /** The answer to a request to wait: a page to come, or a refusal to send now. */
    public sealed interface Admission {
        record Waiting(CompletableFuture<String> page) implements Admission {
        }

        record Refused(int status, String code, String message) implements Admission {
        }
    }

    private record Waiter(String kioskId, String establishmentId, long cursor, int limit,
                          CompletableFuture<String> page) {
    }

    private final Database database;
    private final ChangeFeed feed;
    private final Limits limits;
    private final Set<Waiter> waiters = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicInteger> perKiosk = new ConcurrentHashMap<>();
    private final AtomicInteger total = new AtomicInteger();
    private final ScheduledExecutorService timers;
    private final ExecutorService readers;
    private final Thread watcher;
    private final Object signal = new Object();
    private boolean poked;
    private volatile boolean closed;
    /** The feed's head as the watcher last read it; volatile: a new waiter reads it after registering. */
    private volatile long seen;

    public FeedWaits(Database database, ChangeFeed feed, Limits limits) {
        this.database = database;
        this.feed = feed;
        this.limits = limits;
        this.timers = Executors.newSingleThreadScheduledExecutor(daemon("feed-wait-timer"));
        this.readers = Executors.newFixedThreadPool(2, daemon("feed-wait-reader"));
        this.seen = database.readOneStatement(feed::head);
        this.watcher = daemon("feed-watch").newThread(this::watch);
        watcher.start();
    }

    public Limits limits() {
        return limits;
    }

    /** How many requests wait now, in all. */
    public int waiting() {
        return waiters.size();
    }

    /**
     * Answers at once when the feed already has something after {@code cursor}; otherwise
     * holds the request for at most {@code wait} (cut to {@link Limits#longest()}).
     */
    public Admission await(String kioskId, String establishmentId, long cursor, int limit, Duration wait) {
        if (total.incrementAndGet() > limits.total()) {
            total.decrementAndGet();
            return new Admission.Refused(503, Problem.BUSY, "central holds as many waits as it can: pull instead");
        }
        AtomicInteger mine = perKiosk.computeIfAbsent(kioskId, id -> new AtomicInteger());
        if (mine.incrementAndGet() > limits.perKiosk()) {
            mine.decrementAndGet();
            total.decrementAndGet();
            return new Admission.Refused(429, Problem.TOO_MANY_WAITS,
                    "this kiosk already waits on the feed " + limits.perKiosk() + " times");
        }
        CompletableFuture<String> page = new CompletableFuture<>();
        // Registered before the feed is read: a change committed after that read is seen by the watcher.
        Waiter waiter = new Waiter(kioskId, establishmentId, cursor, limit, page);
        waiters.add(waiter);
        String now;
        if (cursor >= seen) {
            // Nothing in the feed the watcher has seen is news to this kiosk, and what it has not seen
            // yet it will show this waiter, registered above: the kiosk that comes back at once after
            // each page (every kiosk of an establishment, at each of its bookings) costs no read.
            now = ChangeFeed.emptyPage(cursor);
        } else {
            try {
                now = database.readOneStatement(c -> feed.pageJson(c, establishmentId, kioskId, cursor, limit));
            } catch (RuntimeException e) {
                finish(waiter, null, e);
                throw e;
            }
        }
        if (!isEmpty(now) || closed) {
            finish(waiter, now, null);
            return new Admission.Waiting(page);
        }
        Duration granted = wait.compareTo(limits.longest()) > 0 ? limits.longest() : wait;
        ScheduledFuture<?> timeout = timers.schedule(() -> finish(waiter, now, null), granted.toMillis(),
                TimeUnit.MILLISECONDS);
        page.whenComplete((answer, failure) -> timeout.cancel(false));
        return new Admission.Waiting(page);
    }

    /** This instance wrote to the feed: look at its head now rather than at the next tick. */
    public void poke() {
        synchronized (signal) {
            poked = true;
            signal.notifyAll();
        }
    }

    private void watch() {
        while (!closed) {
            try {
                synchronized (signal) {
                    if (!poked) {
                        signal.wait(limits.watchEvery().toMillis());
                    }
                    poked = false;
                }
                wakeChanged();
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.warn("reading the feed's head failed, trying again: {}", e.toString());
            }
        }
    }

    private void wakeChanged() {
        long head = database.readOneStatement(feed::head);
        if (head <= seen) {
            return;
        }
        long from = seen;
        seen = head;
        if (waiters.isEmpty()) {
            return;
        }
        Set<String> scopes = new HashSet<>(database.readOneStatement(c -> Sql.list(c,
                "SELECT DISTINCT scope FROM central_feed WHERE seq > ? AND seq <= ?", row -> row.getString(1),
                from, head)));
        for (Waiter waiter : List.copyOf(waiters)) {
            if (scopes.contains(waiter.establishmentId()) || scopes.contains(ChangeFeed.kioskScope(waiter.kioskId()))) {
                readers.execute(() -> recheck(waiter));
            }
        }
    }

    private void recheck(Waiter waiter) {
        if (!waiters.contains(waiter)) {
            return;
        }
        try {
            String page = database.readOneStatement(c -> feed.pageJson(c, waiter.establishmentId(), waiter.kioskId(),
                    waiter.cursor(), waiter.limit()));
            if (!isEmpty(page)) {
                finish(waiter, page, null);
            }
        } catch (RuntimeException e) {
            finish(waiter, null, e);
        }
    }

    /** Ends a wait once: gives its places back and answers it. */
    private void finish(Waiter waiter, String page, Throwable failure) {
        if (!waiters.remove(waiter)) {
            return;
        }
        total.decrementAndGet();
        perKiosk.computeIfPresent(waiter.kioskId(), (id, count) -> count.decrementAndGet() <= 0 ? null : count);
        if (failure != null) {
            waiter.page().completeExceptionally(failure);
        } else {
            waiter.page().complete(page);
        }
    }

    /** The feed writes an empty page as {@code {"changes":[],...}}. */
    static boolean isEmpty(String page) {
        return page.startsWith("{\"changes\":[]");
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Answers every wait still open with its empty page and stops the threads. */
    @Override
    public void close() {
        closed = true;
        watcher.interrupt();
        timers.shutdownNow();
        readers.shutdownNow();
        for (Waiter waiter : List.copyOf(waiters)) {
            recheckOnClose(waiter);
        }
    }

    private void recheckOnClose(Waiter waiter) {
        try {
            finish(waiter, database.read(c -> feed.pageJson(c, waiter.establishmentId(), waiter.kioskId(),
                    waiter.cursor(), waiter.limit())), null);
        } catch (RuntimeException e) {
            finish(waiter, null, e);
        }
    }
}
