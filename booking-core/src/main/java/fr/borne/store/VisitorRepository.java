package fr.borne.store;

import fr.borne.visitor.Visitor;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Visitors of the replica. */
public final class VisitorRepository {

    private final Connection connection;

    public VisitorRepository(Connection connection) {
        this.connection = connection;
    }

    public Optional<Visitor> find(String id) throws SQLException {
        return Sql.one(connection, "SELECT * FROM visitor WHERE id = ?", VisitorRepository::map, id);
    }

    /** Other visitors holding an active permit for the detainee, by name. */
    public List<Visitor> withActivePermitFor(String detaineeId, String exceptVisitorId) throws SQLException {
        return Sql.list(connection, """
                SELECT v.* FROM visitor v JOIN permit p ON p.visitor_id = v.id
                WHERE p.detainee_id = ? AND p.status = 'ACTIVE' AND v.id <> ?
                ORDER BY v.last_name, v.first_name, v.id""",
                VisitorRepository::map, detaineeId, exceptVisitorId);
    }

    public void saveAll(Collection<Visitor> visitors) throws SQLException {
        Sql.batch(connection, """
                INSERT INTO visitor (id, first_name, last_name, birth_date) VALUES (?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET first_name = excluded.first_name, last_name = excluded.last_name,
                    birth_date = excluded.birth_date""",
                visitors, v -> new Object[] {v.id(), v.firstName(), v.lastName(), v.birthDate()});
    }

    static Visitor map(ResultSet row) throws SQLException {
        return new Visitor(row.getString("id"), row.getString("first_name"), row.getString("last_name"),
                Sql.date(row, "birth_date"));
    }
}
