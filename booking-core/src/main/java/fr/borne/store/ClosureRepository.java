package fr.borne.store;

import fr.borne.establishment.Closure;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/** Days and rounds closed for a holiday or an incident (B12). */
public final class ClosureRepository {

    private final Connection connection;

    public ClosureRepository(Connection connection) {
        this.connection = connection;
    }

    /** Closures of the establishment between both dates, inclusive. */
    public List<Closure> between(String establishmentId, LocalDate from, LocalDate to) throws SQLException {
        return Sql.list(connection,
                "SELECT * FROM closure WHERE establishment_id = ? AND date BETWEEN ? AND ? ORDER BY date",
                ClosureRepository::map, establishmentId, from, to);
    }

    /** Records a closure; the same day or round closed twice is kept once, with the latest reason. */
    public void save(Closure closure) throws SQLException {
        Sql.update(connection, """
                INSERT INTO closure (establishment_id, date, round_id, reason) VALUES (?, ?, ?, ?)
                ON CONFLICT (establishment_id, date, ifnull(round_id, '')) DO UPDATE SET reason = excluded.reason""",
                closure.establishmentId(), closure.date(), closure.roundId(), closure.reason());
    }

    static Closure map(ResultSet row) throws SQLException {
        return new Closure(row.getString("establishment_id"), Sql.date(row, "date"),
                Sql.optionalText(row, "round_id"), row.getString("reason"));
    }
}
