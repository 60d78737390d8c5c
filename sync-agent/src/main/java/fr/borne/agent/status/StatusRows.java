package fr.borne.agent.status;

import fr.borne.agent.client.LinkState;
import fr.borne.store.Database;
import fr.borne.store.SyncStatusRepository;
import fr.borne.sync.SyncTrouble;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The link to central as {@code sync_status} rows, for the technician screens that read the
 * kiosk's database (the kiosk app's, {@code borne-ctl}): {@code last.answered} ("true" or
 * "false": whether central answered the last call), {@code last.contact} and
 * {@code last.push} (ISO-8601 instants: central's last answer, the outbox's last push
 * central answered) and {@code last.error} (why the last call failed, or empty).
 * <p>
 * Called at every turn of the loop, it compares in memory and writes only what changed, in
 * one small transaction: the answered flag and the error at once, the times at most every
 * {@link #TIMES_EVERY} (or with a change of the flag). A time not known since the agent
 * started leaves the row as it was. The error text keeps no long hex run (a badge's hash)
 * and no more than a line.
 * <p>
 * What the agent set aside so that sync goes on ({@link SyncTroubles}) goes in
 * {@code parked.changes}, {@code parked.outbox}, {@code stuck.outbox} (counts) and
 * {@code parked.reason}; it is read again every {@link #TIMES_EVERY}, or at once after
 * {@link #troubleChanged()}.
 */
public final class StatusRows {

    public static final String ANSWERED = "last.answered";
    public static final String CONTACT = "last.contact";
    public static final String PUSH = "last.push";
    public static final String ERROR = "last.error";
    public static final String PARKED_CHANGES = "parked.changes";
    public static final String PARKED_OUTBOX = "parked.outbox";
    public static final String STUCK_OUTBOX = "stuck.outbox";
    public static final String PARKED_REASON = "parked.reason";
    public static final Duration TIMES_EVERY = Duration.ofSeconds(5);
    static final int MAX_ERROR_LENGTH = 200;

    private static final Logger LOG = LoggerFactory.getLogger(StatusRows.class);
    private static final Pattern LONG_HEX = Pattern.compile("\\b([0-9a-fA-F]{8})[0-9a-fA-F]{8,}\\b");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Database database;
    private final LinkState link;
    private final Supplier<Optional<Instant>> lastPush;
    private final Clock clock;
    private final SyncTroubles troubles;
    private final Map<String, String> written = new HashMap<>();
    private Instant troubleReadAt = Instant.MIN;
    private SyncTrouble trouble;
    private Instant timesWrittenAt = Instant.MIN;
    private boolean failing;

    /** @param lastPush when central last answered a pushed change, since the agent started */
    public StatusRows(Database database, LinkState link, Supplier<Optional<Instant>> lastPush, Clock clock,
                      SyncTroubles troubles) {
        this.database = database;
        this.link = link;
        this.lastPush = lastPush;
        this.clock = clock;
        this.troubles = troubles;
    }

    /** Something was parked or deferred: read the counts again at the next publish. */
    public synchronized void troubleChanged() {
        troubleReadAt = Instant.MIN;
    }

    /** Writes the rows whose value changed (times only when due); a failed write is tried again next time. */
    public synchronized void publish() {
        Map<String, String> due = due(clock.instant());
        if (due.isEmpty()) {
            return;
        }
        try {
            database.write(c -> {
                new SyncStatusRepository(c).putAll(due);
                return null;
            });
            written.putAll(due);
            if (due.containsKey(CONTACT) || due.containsKey(PUSH)) {
                timesWrittenAt = clock.instant();
            }
            failing = false;
        } catch (RuntimeException e) {
            if (!failing) {
                LOG.warn("could not record the link's state for the technician, trying again shortly: {}", e.toString());
                failing = true;
            }
        }
    }

    private Map<String, String> due(Instant now) {
        Map<String, String> current = current();
        if (!now.isBefore(troubleReadAt.plus(TIMES_EVERY))) {
            trouble = database.read(troubles::read);
            troubleReadAt = now;
        }
        if (trouble != null) {
            current.put(PARKED_CHANGES, Integer.toString(trouble.parkedChanges()));
            current.put(PARKED_OUTBOX, Integer.toString(trouble.parkedOutbox()));
            current.put(STUCK_OUTBOX, Integer.toString(trouble.stuckOutbox()));
            current.put(PARKED_REASON, trouble.lastReason() == null ? "" : trouble.lastReason());
        }
        boolean stateChanged = changed(current, ANSWERED) || changed(current, ERROR);
        boolean timesDue = stateChanged || !now.isBefore(timesWrittenAt.plus(TIMES_EVERY));
        Map<String, String> due = new LinkedHashMap<>();
        for (Map.Entry<String, String> row : current.entrySet()) {
            boolean isTime = row.getKey().equals(CONTACT) || row.getKey().equals(PUSH);
            if (changed(current, row.getKey()) && (!isTime || timesDue)) {
                due.put(row.getKey(), row.getValue());
            }
        }
        return due;
    }

    /** What the rows should say now; nothing about the link before the agent's first call. */
    private Map<String, String> current() {
        LinkState.Snapshot snapshot = link.snapshot();
        Map<String, String> rows = new LinkedHashMap<>();
        if (snapshot.lastAnswer().isPresent() || snapshot.lastProblem().isPresent()) {
            rows.put(ANSWERED, Boolean.toString(snapshot.reachable()));
            rows.put(ERROR, snapshot.reachable() ? "" : snapshot.lastProblem().map(StatusRows::shortText).orElse(""));
        }
        snapshot.lastAnswer().ifPresent(at -> rows.put(CONTACT, at.toString()));
        lastPush.get().ifPresent(at -> rows.put(PUSH, at.toString()));
        return rows;
    }

    private boolean changed(Map<String, String> current, String key) {
        return current.containsKey(key) && !current.get(key).equals(written.get(key));
    }

    /** One line, at most {@link #MAX_ERROR_LENGTH} characters, long hex runs cut to their first eight digits. */
    public static String shortText(String message) {
        String text = SPACES.matcher(LONG_HEX.matcher(message).replaceAll("$1…")).replaceAll(" ").strip();
        return text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH - 1) + "…";
    }
}
