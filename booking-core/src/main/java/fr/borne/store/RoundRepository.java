package fr.borne.store;

import fr.borne.establishment.Round;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** The establishments' timetables (B5). */
public final class RoundRepository {

    private final Connection connection;

    public RoundRepository(Connection connection) {
        this.connection = connection;
    }

    public List<Round> ofEstablishment(String establishmentId) throws SQLException {
        return Sql.list(connection, "SELECT * FROM round WHERE establishment_id = ? ORDER BY day_of_week, start_time",
                RoundRepository::map, establishmentId);
    }

    public Optional<Round> find(String id) throws SQLException {
        return Sql.one(connection, "SELECT * FROM round WHERE id = ?", RoundRepository::map, id);
    }

    /** {@link #find}, sent with other reads. */
    public static Supplier<Optional<Round>> find(SqlReads reads, String id) {
        Supplier<List<Round>> rows = reads.add("SELECT * FROM round WHERE id = ?", RoundRepository::map, id);
        return () -> rows.get().stream().findFirst();
    }

    public void saveAll(Collection<Round> rounds) throws SQLException {
        Sql.batch(connection, """
                INSERT INTO round (id, establishment_id, day_of_week, start_time, length_minutes, capacity)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET establishment_id = excluded.establishment_id,
                    day_of_week = excluded.day_of_week, start_time = excluded.start_time,
                    length_minutes = excluded.length_minutes, capacity = excluded.capacity""",
                rounds, r -> new Object[] {r.id(), r.establishmentId(), r.day().getValue(), r.start().toString(),
                        r.length().toMinutes(), r.capacity()});
    }

    static Round map(ResultSet row) throws SQLException {
        return new Round(row.getString("id"), row.getString("establishment_id"),
                DayOfWeek.of(row.getInt("day_of_week")), LocalTime.parse(row.getString("start_time")),
                Duration.ofMinutes(row.getInt("length_minutes")), row.getInt("capacity"));
    }
}
