package fr.borne.store;

import fr.borne.detainee.Detainee;
import fr.borne.detainee.PenalCategory;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Detainees of the replica. */
public final class DetaineeRepository {

    private final Connection connection;

    public DetaineeRepository(Connection connection) {
        this.connection = connection;
    }

    public Optional<Detainee> find(String id) throws SQLException {
        return Sql.one(connection, "SELECT * FROM detainee WHERE id = ?", DetaineeRepository::map, id);
    }

    /** {@link #find}, sent with other reads. */
    public static Supplier<Optional<Detainee>> find(SqlReads reads, String id) {
        Supplier<List<Detainee>> rows = reads.add("SELECT * FROM detainee WHERE id = ?", DetaineeRepository::map, id);
        return () -> rows.get().stream().findFirst();
    }

    public void saveAll(Collection<Detainee> detainees) throws SQLException {
        Sql.batch(connection, """
                INSERT INTO detainee (id, establishment_id, first_name, last_name, ecrou, category,
                    double_visit_granted, in_disciplinary_cell)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET establishment_id = excluded.establishment_id,
                    first_name = excluded.first_name, last_name = excluded.last_name, ecrou = excluded.ecrou,
                    category = excluded.category, double_visit_granted = excluded.double_visit_granted,
                    in_disciplinary_cell = excluded.in_disciplinary_cell""",
                detainees, d -> new Object[] {d.id(), d.establishmentId(), d.firstName(), d.lastName(), d.ecrou(),
                        d.category(), d.doubleVisitGranted(), d.inDisciplinaryCell()});
    }

    static Detainee map(ResultSet row) throws SQLException {
        return new Detainee(row.getString("id"), row.getString("establishment_id"), row.getString("first_name"),
                row.getString("last_name"), row.getString("ecrou"),
                Sql.enumValue(row, "category", PenalCategory.class),
                Sql.flag(row, "double_visit_granted"), Sql.flag(row, "in_disciplinary_cell"));
    }
}
