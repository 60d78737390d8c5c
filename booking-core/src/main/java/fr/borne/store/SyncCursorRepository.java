package fr.borne.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** {@code sync_cursor}: where the replica stands in central's changes feed, and when it last caught up. */
public final class SyncCursorRepository {

    private final Connection connection;

    public SyncCursorRepository(Connection connection) {
        this.connection = connection;
    }

    public boolean present() throws SQLException {
        return Schema.hasTable(connection, "sync_cursor");
    }

    /** The cursor to pull from; empty before the first page. */
    public String cursor() throws SQLException {
        return Sql.one(connection, "SELECT cursor FROM sync_cursor WHERE id = 1", row -> row.getString(1)).orElse("");
    }

    /** When the replica last reached the end of the feed, if ever. */
    public Optional<Instant> caughtUpAt() throws SQLException {
        return Sql.one(connection, "SELECT caught_up_at FROM sync_cursor WHERE id = 1 AND caught_up_at IS NOT NULL",
                row -> Instant.ofEpochMilli(row.getLong(1)));
    }

    /** Moves the cursor; {@code caughtUp} when this page was the feed's last (otherwise the earlier time stays). */
    public void save(String cursor, Optional<Instant> caughtUp) throws SQLException {
        Sql.update(connection, """
                INSERT INTO sync_cursor (id, cursor, caught_up_at) VALUES (1, ?, ?)
                ON CONFLICT (id) DO UPDATE SET cursor = excluded.cursor,
                    caught_up_at = coalesce(excluded.caught_up_at, sync_cursor.caught_up_at)""",
                cursor, caughtUp);
    }
}
