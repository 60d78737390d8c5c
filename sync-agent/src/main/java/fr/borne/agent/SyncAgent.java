package fr.borne.agent;

import fr.borne.agent.allotment.AllotmentKeeper;
import fr.borne.agent.audit.AuditPusher;
import fr.borne.agent.heartbeat.HeartbeatSender;
import fr.borne.agent.pull.FeedPuller;
import fr.borne.agent.push.OutboxPusher;
import fr.borne.agent.push.Withdrawals;
import fr.borne.agent.status.StatusRows;
import fr.borne.agent.watchdog.WatchdogFile;
import fr.borne.store.Database;
import fr.borne.store.OutboxRepository;
import fr.borne.technician.SyncNowRequests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * The daemon's loop. The outbox is polled every few tens of milliseconds (a cheap read
 * of the shared file), or at once when the kiosk app nudges the agent through its local
 * API, so a booking written by the kiosk app leaves at once; the feed, the audit log,
 * the allotments and the heartbeat run on their own periods. A technician's "sync now"
 * (a {@code sync_now_request} row) runs a full pass at the next turn. When central cannot
 * be reached, pushing backs off exponentially with jitter, up to a ceiling. Each piece of
 * work done beats the watchdog file; each turn records the link's state for technicians
 * (a write only when it changed).
 */
public final class SyncAgent implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(SyncAgent.class);
    /** Full passes asked by technicians run at most this often, whatever the requests' times say. */
    private static final Duration SYNC_NOW_SPACING = Duration.ofSeconds(1);

    /** Periods of the loop's duties. The audit log is delivered on the pull's period. */
    /**
     * Periods of the loop's duties. {@code feedWait}: the long poll of the feed (zero: none);
     * while central holds them the periodic pull rests, and it takes over when they fail.
     */
    public record Periods(Duration outboxPoll, Duration pull, Duration allotments, Duration heartbeat,
                          Duration maxBackoff, Duration feedWait) {
        /** Without long polls: the feed is pulled every {@code pull}. */
        public Periods(Duration outboxPoll, Duration pull, Duration allotments, Duration heartbeat,
                       Duration maxBackoff) {
            this(outboxPoll, pull, allotments, heartbeat, maxBackoff, Duration.ZERO);
        }

        public static Periods defaults() {
            return new Periods(Duration.ofMillis(50), Duration.ofSeconds(5), Duration.ofSeconds(30),
                    Duration.ofSeconds(60), Duration.ofSeconds(30), Duration.ofSeconds(20));
        }
    }

    /** What the loop does, each part on its own. */
    public record Duties(OutboxPusher pusher, Withdrawals withdrawals, FeedPuller puller, AllotmentKeeper keeper,
                         AuditPusher audit, HeartbeatSender heartbeat, StatusRows status) {
    }

    /** What one pass of {@link #syncOnce()} did. */
    public record SyncReport(OutboxPusher.PushReport push, FeedPuller.PullReport pull, boolean allotmentsKept,
                             boolean auditDelivered, boolean heartbeatSent) {
        public boolean reachedCentral() {
            return push.reachedCentral() && pull.caughtUp();
        }
    }

    private final Database database;
    private final Duties duties;
    private final SyncNowRequests syncNow;
    private final WatchdogFile watchdog;
    private final Clock clock;
    private final Periods periods;
    private final Semaphore nudges = new Semaphore(0);
    private volatile boolean stopped;
    /** The loop thread's own: when to push next and how long it backs off now. */
    private Instant nextPush = Instant.MIN;
    private Duration backoff;
    /** Whether the last turn failed: the first failure is logged in full, the next ones in a line. */
    private boolean failing;

    /**
     * @param syncNow  technicians' requests for a pass, watched at every turn
     * @param watchdog beaten whenever the loop gets through a piece of work
     * @param clock    the clock the requests are stamped with
     */
    public SyncAgent(Database database, Duties duties, SyncNowRequests syncNow, WatchdogFile watchdog, Clock clock,
                     Periods periods) {
        this.database = database;
        this.duties = duties;
        this.syncNow = syncNow;
        this.watchdog = watchdog;
        this.clock = clock;
        this.periods = periods;
        this.backoff = periods.outboxPoll();
    }

    /** Push, pull, keep allotments, deliver the audit log, report. */
    public SyncReport syncOnce() {
        duties.status().troubleChanged();
        OutboxPusher.PushReport pushed = duties.pusher().push();
        duties.withdrawals().send();
        watchdog.beat();
        FeedPuller.PullReport pulled = duties.puller().pull();
        watchdog.beat();
        boolean kept = duties.keeper().keep();
        if (kept) {
            duties.puller().pull();
        }
        watchdog.beat();
        boolean audited = duties.audit().push();
        boolean beat = duties.heartbeat().send();
        duties.status().publish();
        watchdog.beat();
        return new SyncReport(pushed, pulled, kept, audited, beat);
    }

    @Override
    public void run() {
        Thread watch = null;
        if (!periods.feedWait().isZero()) {
            watch = new Thread(this::watchFeed, "sync-agent-feed-watch");
            watch.setDaemon(true);
            watch.start();
        }
        try {
            loop();
        } finally {
            if (watch != null) {
                watch.interrupt();
            }
        }
    }

    /**
     * Long polls of the feed, one after the other, each applied as it ends. When central does
     * not hold them (an older central, too many waits, unreachable) this waits a pull period
     * before asking again, and the loop's periodic pull keeps the replica fed meanwhile.
     */
    private void watchFeed() {
        while (!stopped && !Thread.currentThread().isInterrupted()) {
            try {
                FeedPuller.PullReport report = duties.puller().waitAndPull(periods.feedWait());
                noteTrouble(report.parked());
                if (!duties.puller().watched(periods.feedWait().plus(periods.pull()))) {
                    Thread.sleep(periods.pull().toMillis());
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.warn("long poll of the feed failed, polling meanwhile: {}", e.toString());
                sleepQuietly(periods.pull().toMillis());
            }
        }
    }

    private void loop() {
        Instant nextPull = Instant.MIN;
        Instant nextAllotments = Instant.MIN;
        Instant nextBeat = Instant.MIN;
        Instant nextSyncNow = Instant.MIN;
        boolean nudged = false;
        while (!stopped && !Thread.currentThread().isInterrupted()) {
            try {
                Instant now = Instant.now();
                if (nudged) {
                    nextPush = Instant.MIN;
                }
                if (!now.isBefore(nextSyncNow) && syncNow.anyOpen()) {
                    SyncReport report = passForTechnician();
                    nextSyncNow = now.plus(SYNC_NOW_SPACING);
                    nextPull = now.plus(periods.pull());
                    nextAllotments = now.plus(periods.allotments());
                    nextBeat = now.plus(periods.heartbeat());
                    pushed(report.push().reachedCentral(), now);
                }
                if (!now.isBefore(nextPush) && pendingCount() > 0) {
                    OutboxPusher.PushReport report = duties.pusher().push();
                    noteTrouble(report.parked() + report.deferred());
                    pushed(report.reachedCentral() && duties.withdrawals().send(), now);
                    watchdog.beat();
                }
                if (!now.isBefore(nextPull)) {
                    if (!duties.puller().watched(periods.feedWait().plus(periods.pull()))) {
                        noteTrouble(duties.puller().pull().parked());
                    }
                    watchdog.beat();
                    duties.audit().push();
                    nextPull = now.plus(periods.pull());
                }
                if (!now.isBefore(nextAllotments)) {
                    if (duties.keeper().keep()) {
                        duties.puller().pull();
                    }
                    nextAllotments = now.plus(periods.allotments());
                }
                if (!now.isBefore(nextBeat)) {
                    duties.heartbeat().send();
                    nextBeat = now.plus(periods.heartbeat());
                }
                duties.status().publish();
                watchdog.beat();
                failing = false;
                nudged = nudges.tryAcquire(periods.outboxPoll().toMillis(), TimeUnit.MILLISECONDS);
                nudges.drainPermits();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                if (failing) {
                    LOG.warn("sync pass failed again, trying again shortly: {}", e.toString());
                } else {
                    LOG.error("sync pass failed, trying again shortly", e);
                    failing = true;
                }
                sleepQuietly(periods.maxBackoff().toMillis() / 10);
            }
        }
        LOG.info("sync agent stopped");
    }

    private void noteTrouble(int parkedOrDeferred) {
        if (parkedOrDeferred > 0) {
            duties.status().troubleChanged();
        }
    }

    /** Pushes again at once after a push that reached central, else backs off a little longer. */
    private void pushed(boolean reachedCentral, Instant now) {
        if (reachedCentral) {
            backoff = periods.outboxPoll();
            nextPush = Instant.MIN;
        } else {
            backoff = min(backoff.multipliedBy(2), periods.maxBackoff());
            nextPush = now.plus(jitter(backoff));
        }
    }

    /** A full pass for the requests waiting now; requests made during it wait for the next one. */
    private SyncReport passForTechnician() {
        Instant passStartedAt = clock.instant();
        SyncReport report = syncOnce();
        int handled = syncNow.markHandled(passStartedAt);
        LOG.info("sync pass asked by a technician ({} request(s)): pushed {}, refused {}, pulled {} changes, {}",
                handled, report.push().sent(), report.push().rejected(), report.pull().changes(),
                report.reachedCentral() ? "in step with central" : "central not reached");
        return report;
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
        return database.read(c -> new OutboxRepository(c).pendingCount() + Withdrawals.waitingCount(c));
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
