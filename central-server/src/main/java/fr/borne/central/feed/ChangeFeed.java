package fr.borne.central.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.borne.store.Dialect;
import fr.borne.store.Sql;
import fr.borne.sync.Change;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The changes feed: every write at central appends the new state of what it changed, in
 * the same transaction. The cursor is the last sequence number a reader has seen, so a
 * reader resumes exactly where it stopped, and a thing always comes before what refers
 * to it. Pages are written straight from the stored JSON.
 *
 * <p>Several central instances may write one PostgreSQL database at once. Sequence numbers
 * are then taken under one transaction-scoped advisory lock, held until commit (PostgreSQL
 * releases it after the commit is visible): the next writer gets its numbers only once the
 * previous one's rows can be read, so numbers become visible in increasing order and a reader
 * that has seen N never meets a smaller number later. A transaction that rolls back leaves a
 * gap that is never filled; readers ask for {@code seq > cursor} and skip nothing. Writers
 * append at the very end of their transactions (bookings through {@link Publisher.Publication}),
 * taking the lock in the statement that inserts, so the lock is held for that statement and the
 * commit only. On SQLite the single writer gives the same order.
 */
public final class ChangeFeed {

    /** The advisory lock key of the feed's sequence ("Borne" in ASCII). */
    private static final long FEED_LOCK = 0x426f726e65L;
    /** Up to this many rows go in the statement that takes the lock; a snapshot's thousands are batched. */
    private static final int LOCKED_IN_ONE_STATEMENT = 50;

    private final ObjectMapper json;

    public ChangeFeed(ObjectMapper json) {
        this.json = json;
    }

    /**
     * The scope every kiosk reads: establishments' public details (name, addresses, phone
     * line and hours, visiting hours), so any kiosk can tell a visitor of elsewhere whom to call.
     */
    public static final String EVERY_KIOSK = "*";

    public static String kioskScope(String kioskId) {
        return "kiosk:" + kioskId;
    }

    public void append(Connection connection, String scope, Change change) throws SQLException {
        appendAll(connection, scope, List.of(change));
    }

    public void appendAll(Connection connection, String scope, List<? extends Change> changes) throws SQLException {
        if (!changes.isEmpty() && changes.size() <= LOCKED_IN_ONE_STATEMENT
                && Dialect.of(connection) == Dialect.POSTGRESQL) {
            appendLocked(connection, scope, changes);
            return;
        }
        inCommitOrder(connection);
        Sql.batch(connection, "INSERT INTO central_feed (scope, kind, body) VALUES (?, ?, ?)", changes,
                change -> new Object[] {scope, change.kind(), write(change)});
    }

    /**
     * PostgreSQL: the feed's lock and the rows in one statement, in their order. Every writer
     * waits for the lock holder's commit, so a round trip less while holding it is a round
     * trip less for everyone queued behind.
     */
    private void appendLocked(Connection connection, String scope, List<? extends Change> changes)
            throws SQLException {
        List<Object> params = new ArrayList<>(changes.size() * 4);
        for (int i = 0; i < changes.size(); i++) {
            params.addAll(List.of(i, scope, changes.get(i).kind(), write(changes.get(i))));
        }
        Sql.update(connection, "WITH gate AS MATERIALIZED (SELECT pg_advisory_xact_lock(" + FEED_LOCK + "))"
                + " INSERT INTO central_feed (scope, kind, body) SELECT v.scope, v.kind, v.body FROM gate, (VALUES "
                + String.join(", ", Collections.nCopies(changes.size(), "(?::int, ?, ?, ?)"))
                + ") AS v (position, scope, kind, body) ORDER BY v.position", params.toArray());
    }

    /** What {@link #pageJson} writes when the feed holds nothing after {@code cursor} for the kiosk. */
    public static String emptyPage(long cursor) {
        return "{\"changes\":[],\"nextCursor\":\"" + cursor + "\",\"more\":false}";
    }

    /**
     * The page after {@code cursor} for a kiosk: its establishment's changes, its own
     * allotments and what every kiosk reads, as the JSON of a {@link fr.borne.sync.ChangePage}.
     */
    public String pageJson(Connection connection, String establishmentId, String kioskId, long cursor, int limit)
            throws SQLException {
        StringBuilder page = new StringBuilder(limit * 200).append("{\"changes\":[");
        long last = cursor;
        int count = 0;
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT seq, body FROM central_feed WHERE seq > ? AND scope IN (?, ?, ?) ORDER BY seq LIMIT ?""")) {
            Sql.bind(statement, cursor, establishmentId, kioskScope(kioskId), EVERY_KIOSK, limit + 1);
            try (ResultSet rows = statement.executeQuery()) {
                boolean more = false;
                while (rows.next()) {
                    if (count == limit) {
                        more = true;
                        break;
                    }
                    if (count > 0) {
                        page.append(',');
                    }
                    page.append(rows.getString(2));
                    last = rows.getLong(1);
                    count++;
                }
                return page.append("],\"nextCursor\":\"").append(last).append("\",\"more\":").append(more)
                        .append('}').toString();
            }
        }
    }

    /** The newest sequence number: a reader at it has seen everything. */
    public long head(Connection connection) throws SQLException {
        return Sql.one(connection, "SELECT ifnull(max(seq), 0) FROM central_feed", row -> row.getLong(1)).orElse(0L);
    }

    /** Takes the feed's lock until commit where writers run side by side (see the class comment). */
    static void inCommitOrder(Connection connection) throws SQLException {
        if (Dialect.of(connection) == Dialect.POSTGRESQL) {
            Sql.one(connection, "SELECT pg_advisory_xact_lock(" + FEED_LOCK + ")", row -> row.getObject(1));
        }
    }

    private String write(Change change) {
        try {
            return json.writerFor(Change.class).writeValueAsString(change);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a change always serialises", e);
        }
    }
}
