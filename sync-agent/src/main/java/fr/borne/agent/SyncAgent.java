package fr.borne.agent;

import fr.borne.agent.allotment.AllotmentKeeper;
import fr.borne.agent.heartbeat.HeartbeatSender;
import fr.borne.agent.pull.FeedPuller;
import fr.borne.agent.push.OutboxPusher;
import fr.borne.agent.push.Withdrawals;
import fr.borne.store.Database;
import fr.borne.store.Sql;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * The daemon's loop. The outbox is polled every few tens of milliseconds (a cheap read
 * of the shared file), or at once when the kiosk app nudges the agent through its local
 * API, so a booking written by the kiosk app leaves at once; the feed,
 * the allotments and the heartbeat run on their own periods. When central cannot be
 * reached, pushing backs off exponentially with jitter, up to a ceiling.
 */
public final class SyncAgent implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(SyncAgent.class);

    /** Periods of the loop's duties. */
    public record Periods(Duration outboxPoll, Duration pull, Duration allotments, Duration heartbeat,
                          Duration maxBackoff) {
        public static Periods defaults() {
            return new Periods(Duration.ofMillis(50), Duration.ofSeconds(5), Duration.ofSeconds(30),
                    Duration.ofSeconds(60), Duration.ofSeconds(30));
        }
    }

    /** What one pass of {@link #syncOnce()} did. */
    public record SyncReport(OutboxPusher.PushReport push, FeedPuller.PullReport pull, boolean allotmentsKept,
                             boolean heartbeatSent) {
        public boolean reachedCentral() {
            return push.reachedCentral() && pull.caughtUp();
        }
    }

    private final Database database;
    private final OutboxPusher pusher;
    private final FeedPuller puller;
    private final AllotmentKeeper keeper;
    private final HeartbeatSender heartbeat;
    private final Withdrawals withdrawals;
    private final Periods periods;
    private final Semaphore nudges = new Semaphore(0);
    private volatile boolean stopped;

    public SyncAgent(Database database, OutboxPusher pusher, FeedPuller puller, AllotmentKeeper keeper,
                     HeartbeatSender heartbeat, Withdrawals withdrawals, Periods periods) {
        this.database = database;
        this.pusher = pusher;
        this.puller = puller;
        this.keeper = keeper;
        this.heartbeat = heartbeat;
        this.withdrawals = withdrawals;
        this.periods = periods;
    }

    /** Push, pull, keep allotments, push what that changed, report. */
    public SyncReport syncOnce() {
        OutboxPusher.PushReport pushed = pusher.push();
        withdrawals.send();
        FeedPuller.PullReport pulled = puller.pull();
        boolean kept = keeper.keep();
        if (kept) {
            puller.pull();
        }
        boolean beat = heartbeat.send();
        return new SyncReport(pushed, pulled, kept, beat);
    }

    @Override
    public void run() {
        Instant nextPush = Instant.MIN;
        Instant nextPull = Instant.MIN;
        Instant nextAllotments = Instant.MIN;
        Instant nextBeat = Instant.MIN;
        Duration backoff = periods.outboxPoll();
        boolean nudged = false;
        while (!stopped && !Thread.currentThread().isInterrupted()) {
            try {
                Instant now = Instant.now();
                if (nudged) {
                    nextPush = Instant.MIN;
                }
                if (!now.isBefore(nextPush) && pendingCount() > 0) {
                    if (pusher.push().reachedCentral() && withdrawals.send()) {
                        backoff = periods.outboxPoll();
                        nextPush = Instant.MIN;
                    } else {
                        backoff = min(backoff.multipliedBy(2), periods.maxBackoff());
                        nextPush = now.plus(jitter(backoff));
                    }
                }
                if (!now.isBefore(nextPull)) {
                    puller.pull();
                    nextPull = now.plus(periods.pull());
                }
                if (!now.isBefore(nextAllotments)) {
                    if (keeper.keep()) {
                        puller.pull();
                    }
                    nextAllotments = now.plus(periods.allotments());
                }
                if (!now.isBefore(nextBeat)) {
                    heartbeat.send();
                    nextBeat = now.plus(periods.heartbeat());
                }
                nudged = nudges.tryAcquire(periods.outboxPoll().toMillis(), TimeUnit.MILLISECONDS);
                nudges.drainPermits();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                LOG.error("sync pass failed, trying again shortly", e);
                sleepQuietly(periods.maxBackoff().toMillis() / 10);
            }
        }
        LOG.info("sync agent stopped");
    }

    public void stop() {
        stopped = true;
        nudges.release();
    }

    /**
     * The kiosk app wrote the outbox: push now rather than at the next poll, even while
     * backing off from an unreachable central (the network may be back).
     */
    public void nudge() {
        nudges.release();
    }

    private int pendingCount() {
        return database.read(c -> Sql.count(c, "SELECT (SELECT count(*) FROM outbox WHERE state = 'PENDING')"
                + " + (" + Withdrawals.WAITING_SQL + ")"));
    }

    private static Duration jitter(Duration base) {
        long millis = base.toMillis();
        return Duration.ofMillis(millis / 2 + ThreadLocalRandom.current().nextLong(millis / 2 + 1));
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
