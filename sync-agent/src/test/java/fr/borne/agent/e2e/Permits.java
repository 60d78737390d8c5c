package fr.borne.agent.e2e;

import fr.borne.store.Database;
import fr.borne.store.Sql;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Adult visitors' active permits of an establishment, shared out between those who book
 * (each kiosk, the portal) so that no two of them book the same family: two offline
 * kiosks may both confirm a visit for the same family on their own seats, which is not a
 * duplicate from a retry, and would hide one.
 */
record Permits(List<Permit> all) {

    record Permit(String visitorId, String detaineeId) {
    }

    static Permits of(Database database, String establishmentId) {
        return new Permits(database.read(c -> Sql.list(c, """
                SELECT p.visitor_id, p.detainee_id FROM permit p JOIN detainee d ON d.id = p.detainee_id
                JOIN visitor v ON v.id = p.visitor_id
                WHERE d.establishment_id = ? AND p.status = 'ACTIVE' AND v.birth_date < '2004-01-01'
                ORDER BY p.id""", row -> new Permit(row.getString(1), row.getString(2)), establishmentId)));
    }

    /** The share of the {@code party}-th of {@code parties}. */
    Permits share(int party, int parties) {
        return new Permits(IntStream.range(0, all.size()).filter(i -> i % parties == party).mapToObj(all::get).toList());
    }

    Permit pick(java.util.Random random) {
        return all.get(random.nextInt(all.size()));
    }
}
