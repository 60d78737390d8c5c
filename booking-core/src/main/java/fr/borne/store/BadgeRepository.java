package fr.borne.store;

import fr.borne.visitor.Badge;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Optional;

/** Badges, by the hash of their code (P5); the code itself is never stored. */
public final class BadgeRepository {

    private final Connection connection;

    public BadgeRepository(Connection connection) {
        this.connection = connection;
    }

    public Optional<Badge> findByHash(String codeHash) throws SQLException {
        return Sql.one(connection, "SELECT * FROM badge WHERE code_hash = ?", BadgeRepository::map, codeHash);
    }

    public void saveAll(Collection<Badge> badges) throws SQLException {
        Sql.batch(connection, """
                INSERT INTO badge (code_hash, visitor_id, revoked) VALUES (?, ?, ?)
                ON CONFLICT (code_hash) DO UPDATE SET visitor_id = excluded.visitor_id, revoked = excluded.revoked""",
                badges, b -> new Object[] {b.codeHash(), b.visitorId(), b.revoked()});
    }

    private static Badge map(ResultSet row) throws SQLException {
        return new Badge(row.getString("code_hash"), row.getString("visitor_id"), Sql.flag(row, "revoked"));
    }
}
