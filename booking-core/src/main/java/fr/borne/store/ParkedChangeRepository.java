package fr.borne.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Feed changes the replica could not apply, parked so the rest of the feed goes on: one
 * row per thing (kind and key), the latest change central sent for it, and why it failed.
 */
public final class ParkedChangeRepository {

    /** A parked change: {@code change} is the feed's JSON for it, {@code reason} holds ids only. */
    public record Parked(String kind, String key, String change, String reason, int tries, Instant parkedAt) {
    }

    private final Connection connection;

    public ParkedChangeRepository(Connection connection) {
        this.connection = connection;
    }

    /** Parks a change, replacing an older one of the same thing (its tries go on counting). */
    public void park(String kind, String key, String change, String reason, Instant now) throws SQLException {
        Sql.update(connection, """
                INSERT INTO sync_parked_change (kind, key, change, reason, tries, parked_at) VALUES (?, ?, ?, ?, 1, ?)
                ON CONFLICT (kind, key) DO UPDATE SET change = excluded.change, reason = excluded.reason,
                    tries = tries + 1, parked_at = excluded.parked_at""", kind, key, change, reason, now);
    }

    /** A newer change of these things applied: what was parked for them is out of date. */
    public void release(Collection<Key> keys) throws SQLException {
        Sql.batch(connection, "DELETE FROM sync_parked_change WHERE kind = ? AND key = ?", keys,
                k -> new Object[] {k.kind(), k.key()});
    }

    /** Oldest first, the order central sent them in. */
    public List<Parked> all() throws SQLException {
        return Sql.list(connection, "SELECT * FROM sync_parked_change ORDER BY parked_at, kind, key",
                row -> new Parked(row.getString("kind"), row.getString("key"), row.getString("change"),
                        row.getString("reason"), row.getInt("tries"), Sql.instant(row, "parked_at")));
    }

    public int count() throws SQLException {
        return Sql.count(connection, "SELECT count(*) FROM sync_parked_change");
    }

    /** The reason of the change parked last, with when. */
    public Optional<Reason> latestReason() throws SQLException {
        return Sql.one(connection, "SELECT reason, parked_at FROM sync_parked_change ORDER BY parked_at DESC LIMIT 1",
                row -> new Reason(row.getString(1), Sql.instant(row, "parked_at")));
    }

    /** Why something was parked, and when. */
    public record Reason(String text, Instant at) {
    }

    /** Identifies a thing of the feed. */
    public record Key(String kind, String key) {
    }
}
