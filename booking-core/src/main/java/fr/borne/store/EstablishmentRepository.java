package fr.borne.store;

import fr.borne.establishment.Establishment;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Establishments of the replica (T5: what the kiosk shows about them). */
public final class EstablishmentRepository {

    private final Connection connection;

    public EstablishmentRepository(Connection connection) {
        this.connection = connection;
    }

    public Optional<Establishment> find(String id) throws SQLException {
        return Sql.one(connection, "SELECT * FROM establishment WHERE id = ?", EstablishmentRepository::map, id);
    }

    /** The establishment that holds the round, sent with other reads. */
    public static Supplier<Optional<Establishment>> ofRound(SqlReads reads, String roundId) {
        Supplier<List<Establishment>> rows = reads.add(
                "SELECT * FROM establishment WHERE id = (SELECT establishment_id FROM round WHERE id = ?)",
                EstablishmentRepository::map, roundId);
        return () -> rows.get().stream().findFirst();
    }

    /** Every establishment the replica knows, its own and the others, by name. */
    public List<Establishment> all() throws SQLException {
        return Sql.list(connection, "SELECT * FROM establishment ORDER BY name, id", EstablishmentRepository::map);
    }

    public void save(Establishment e) throws SQLException {
        Sql.update(connection, """
                INSERT INTO establishment (id, name, address, parloir_phone, parloir_phone_hours, zone,
                    postal_address, visiting_hours)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET name = excluded.name, address = excluded.address,
                    parloir_phone = excluded.parloir_phone, parloir_phone_hours = excluded.parloir_phone_hours,
                    zone = excluded.zone, postal_address = excluded.postal_address,
                    visiting_hours = excluded.visiting_hours""",
                e.id(), e.name(), e.address(), e.parloirPhone(), e.parloirPhoneHours(), e.zone().getId(),
                e.postalAddress(), e.visitingHours());
    }

    static Establishment map(ResultSet row) throws SQLException {
        return new Establishment(row.getString("id"), row.getString("name"), row.getString("address"),
                row.getString("parloir_phone"), row.getString("parloir_phone_hours"), ZoneId.of(row.getString("zone")),
                row.getString("postal_address"), row.getString("visiting_hours"));
    }
}
