package fr.borne.store;

import fr.borne.permit.Permit;
import fr.borne.permit.PermitKind;
import fr.borne.permit.PermitStatus;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Visit permits (P1–P4), and the visits a provisional permit has left (P2, C8). */
public final class PermitRepository {

    private final Connection connection;

    public PermitRepository(Connection connection) {
        this.connection = connection;
    }

    public Optional<Permit> find(String visitorId, String detaineeId) throws SQLException {
        return Sql.one(connection, "SELECT * FROM permit WHERE visitor_id = ? AND detainee_id = ?",
                PermitRepository::map, visitorId, detaineeId);
    }

    public List<Permit> ofDetainee(String detaineeId) throws SQLException {
        return Sql.list(connection, "SELECT * FROM permit WHERE detainee_id = ? ORDER BY id",
                PermitRepository::map, detaineeId);
    }

    /**
     * The provisional permits of these visitors for the detainee, one query for all of them
     * sent with other reads, in the order of the visitors.
     */
    public static Supplier<List<Permit>> provisional(SqlReads reads, Collection<String> visitorIds, String detaineeId) {
        List<String> order = visitorIds.stream().distinct().toList();
        if (order.isEmpty()) {
            return List::of;
        }
        List<Object> params = new ArrayList<>(order);
        params.add(0, detaineeId);
        Supplier<List<Permit>> rows = reads.add("SELECT * FROM permit WHERE detainee_id = ? AND kind = 'PROVISIONAL'"
                + " AND visitor_id IN (" + Sql.marks(order.size()) + ") ORDER BY id", PermitRepository::map,
                params.toArray());
        return () -> rows.get().stream()
                .sorted(Comparator.comparingInt(permit -> order.indexOf(permit.visitorId())))
                .toList();
    }

    public List<Permit> ofVisitor(String visitorId) throws SQLException {
        return Sql.list(connection, "SELECT * FROM permit WHERE visitor_id = ? ORDER BY id",
                PermitRepository::map, visitorId);
    }

    public void saveAll(Collection<Permit> permits) throws SQLException {
        Sql.batch(connection, """
                INSERT INTO permit (id, visitor_id, detainee_id, kind, remaining_visits, status,
                    parental_consent, detainee_is_parent)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET visitor_id = excluded.visitor_id, detainee_id = excluded.detainee_id,
                    kind = excluded.kind, remaining_visits = excluded.remaining_visits, status = excluded.status,
                    parental_consent = excluded.parental_consent, detainee_is_parent = excluded.detainee_is_parent""",
                permits, p -> new Object[] {p.id(), p.visitorId(), p.detaineeId(), p.kind(), p.remainingVisits(),
                        p.status(), p.parentalConsent(), p.detaineeIsParent()});
    }

    /** C8: a booking naming these visitors uses one visit of each provisional permit. */
    public void useVisit(Collection<String> visitorIds, String detaineeId) throws SQLException {
        adjustProvisional(visitorIds, detaineeId, -1);
    }

    /** C8: a cancellation or a closure gives the visit back. */
    public void giveVisitBack(Collection<String> visitorIds, String detaineeId) throws SQLException {
        adjustProvisional(visitorIds, detaineeId, +1);
    }

    private void adjustProvisional(Collection<String> visitorIds, String detaineeId, int delta) throws SQLException {
        Sql.batch(connection, """
                UPDATE permit SET remaining_visits = max(0, remaining_visits + ?)
                WHERE visitor_id = ? AND detainee_id = ? AND kind = 'PROVISIONAL'""",
                visitorIds, visitorId -> new Object[] {delta, visitorId, detaineeId});
    }

    static Permit map(ResultSet row) throws SQLException {
        return new Permit(row.getString("id"), row.getString("visitor_id"), row.getString("detainee_id"),
                Sql.enumValue(row, "kind", PermitKind.class), row.getInt("remaining_visits"),
                Sql.enumValue(row, "status", PermitStatus.class),
                Sql.flag(row, "parental_consent"), Sql.flag(row, "detainee_is_parent"));
    }
}
