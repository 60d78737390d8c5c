package fr.borne.agent.pull;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.borne.agent.client.CentralClient;
import fr.borne.agent.client.Outcome;
import fr.borne.store.Database;
import fr.borne.store.ParkedChangeRepository;
import fr.borne.store.SyncCursorRepository;
import fr.borne.sync.ChangeApplier;
import fr.borne.sync.LocalAllotments;
import fr.borne.sync.SyncJson;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Pulls central's changes feed into the replica, one page per transaction together with
 * the cursor after it: a crash between pages resumes at the last page applied, and a
 * page applied twice changes nothing. A change that cannot apply is parked and the cursor
 * goes on ({@link PageApplier}); parked changes are tried again once the feed is caught
 * up. An empty page leaves the file alone (the stored caught-up time is refreshed once a
 * minute at most).
 */
public final class FeedPuller {

    /** What one pull did: changes received, whether it reached the feed's end, changes parked on the way. */
    public record PullReport(int changes, boolean caughtUp, int parked) {
        public PullReport(int changes, boolean caughtUp) {
            this(changes, caughtUp, 0);
        }
    }

    private final Database database;
    private final CentralClient central;
    private final Clock clock;
    private final int pageSize;
    /** How stale the stored caught-up time may grow while the feed is idle. */
    private static final Duration IDLE_WRITE_EVERY = Duration.ofMinutes(1);

    private final ObjectMapper json = SyncJson.mapper();
    private final PageApplier applier = new PageApplier(new ChangeApplier(new LocalAllotments()), json);
    private volatile Instant lastWritten;
    private volatile Instant lastCaughtUp;
    private volatile Instant lastWaited;
    private volatile boolean waitGranted;

    public FeedPuller(Database database, CentralClient central, Clock clock, int pageSize) {
        this.database = database;
        this.central = central;
        this.clock = clock;
        this.pageSize = pageSize;
    }

    /** Pulls every page after the stored cursor. One pull at a time: a page and its cursor go together. */
    public synchronized PullReport pull() {
        return pullFrom(Optional.empty());
    }

    /**
     * A long poll: waits at central (at most {@code wait}) for a change after the stored cursor,
     * then applies it and whatever follows as {@link #pull()} does. The wait itself holds no lock,
     * so the agent's other pulls go on meanwhile; a page that arrives after one of them moved the
     * cursor is dropped and the feed read again from the new cursor.
     */
    public PullReport waitAndPull(Duration wait) {
        String cursor = database.read(FeedPuller::cursor);
        Outcome<CentralClient.WaitedPage> outcome = central.waitForChanges(cursor, pageSize, wait);
        if (!(outcome instanceof Outcome.Answered<CentralClient.WaitedPage> answered)) {
            waitGranted = false;
            return new PullReport(0, false, 0);
        }
        waitGranted = answered.body().waited();
        if (waitGranted) {
            lastWaited = clock.instant();
        }
        Optional<FeedPage> read = FeedPage.read(answered.body().page(), json);
        if (read.isPresent() && read.get().changes().isEmpty() && read.get().unreadable().isEmpty()
                && !read.get().more()) {
            lastCaughtUp = clock.instant();
            return new PullReport(0, true, 0);
        }
        synchronized (this) {
            boolean current = read.isPresent() && cursor.equals(database.read(FeedPuller::cursor));
            return pullFrom(current ? read : Optional.empty());
        }
    }

    /**
     * Whether long polls keep this replica up to date: the last one was held by central, and
     * ended within {@code within}. The periodic pull may then rest.
     */
    public boolean watched(Duration within) {
        Instant last = lastWaited;
        return waitGranted && last != null && clock.instant().isBefore(last.plus(within));
    }

    private PullReport pullFrom(Optional<FeedPage> first) {
        int applied = 0;
        int parked = 0;
        Optional<FeedPage> given = first;
        while (true) {
            String cursor = database.read(FeedPuller::cursor);
            Optional<FeedPage> read = given;
            if (read.isEmpty()) {
                Outcome<String> outcome = central.changes(cursor, pageSize);
                read = outcome instanceof Outcome.Answered<String> answered
                        ? FeedPage.read(answered.body(), json) : Optional.empty();
            }
            given = Optional.empty();
            if (read.isEmpty()) {
                return new PullReport(applied, false, parked);
            }
            FeedPage page = read.get();
            Instant now = clock.instant();
            if (page.changes().isEmpty() && page.unreadable().isEmpty() && !page.more() && page.nextCursor().equals(cursor)
                    && lastWritten != null && now.isBefore(lastWritten.plus(IDLE_WRITE_EVERY))) {
                // Nothing new: spare the shared file a write (and an fsync) every few seconds.
                lastCaughtUp = now;
                return new PullReport(applied, true, parked);
            }
            // Lost in a power cut, the page and its cursor go together and are simply pulled again.
            PageApplier.Applied done = database.writeRecoverable(c -> {
                PageApplier.Applied result = applier.apply(c, page.changes(), now)
                        .and(applier.parkUnreadable(c, page.unreadable(), now));
                if (!page.more() && result.parked() == 0 && new ParkedChangeRepository(c).count() > 0) {
                    applier.retryParked(c, now);
                }
                new SyncCursorRepository(c).save(page.nextCursor(), page.more() ? Optional.empty() : Optional.of(now));
                return result;
            });
            parked += done.parked();
            lastWritten = now;
            if (!page.more()) {
                lastCaughtUp = now;
            }
            applied += page.changes().size() + page.unreadable().size();
            if (!page.more()) {
                return new PullReport(applied, true, parked);
            }
        }
    }

    /** When this puller last found itself at the end of the feed; more precise than the stored time. */
    public Optional<Instant> lastCaughtUp() {
        return Optional.ofNullable(lastCaughtUp);
    }

    public static String cursor(Connection connection) throws SQLException {
        return new SyncCursorRepository(connection).cursor();
    }

    public static Optional<Instant> caughtUpAt(Connection connection) throws SQLException {
        return new SyncCursorRepository(connection).caughtUpAt();
    }
}
