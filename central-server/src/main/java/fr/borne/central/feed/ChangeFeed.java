package fr.borne.central.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.borne.store.Sql;
import fr.borne.sync.Change;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * The changes feed: every write at central appends the new state of what it changed, in
 * the same transaction. The cursor is the last sequence number a reader has seen, so a
 * reader resumes exactly where it stopped, and a thing always comes before what refers
 * to it. Pages are written straight from the stored JSON.
 */
public final class ChangeFeed {

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
        Sql.batch(connection, "INSERT INTO central_feed (scope, kind, body) VALUES (?, ?, ?)", changes,
                change -> new Object[] {scope, change.kind(), write(change)});
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

    private String write(Change change) {
        try {
            return json.writerFor(Change.class).writeValueAsString(change);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a change always serialises", e);
        }
    }
}
