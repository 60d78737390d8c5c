package fr.borne.central.feed;

import fr.borne.store.Sql;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Puts everything already in central's tables into the feed, each thing once, in the
 * order that keeps references valid: for data loaded in bulk (the demo, a large
 * establishment) rather than published change by change. The JSON is built by SQLite
 * in the shape of {@link fr.borne.sync.Change}; a test reads it back and compares.
 */
public final class FeedSnapshot {

    private static final String BOOL = "json(CASE WHEN %s THEN 'true' ELSE 'false' END)";
    private static final String DAYS = "CASE %s WHEN 1 THEN 'MONDAY' WHEN 2 THEN 'TUESDAY' WHEN 3 THEN 'WEDNESDAY'"
            + " WHEN 4 THEN 'THURSDAY' WHEN 5 THEN 'FRIDAY' WHEN 6 THEN 'SATURDAY' ELSE 'SUNDAY' END";

    private FeedSnapshot() {
    }

    public static void publishAll(Connection connection) throws SQLException {
        // every kiosk reads every establishment's public details (ChangeFeed.EVERY_KIOSK)
        insert(connection, "establishment", """
                SELECT '*', json_object('type', 'establishment', 'establishment', json_object('id', e.id,
                    'name', e.name, 'address', e.address, 'parloirPhone', e.parloir_phone,
                    'parloirPhoneHours', e.parloir_phone_hours, 'zone', e.zone,
                    'postalAddress', e.postal_address, 'visitingHours', e.visiting_hours))
                FROM establishment e ORDER BY e.id""");
        insert(connection, "round", """
                SELECT r.establishment_id, json_object('type', 'round', 'round', json_object('id', r.id,
                    'establishmentId', r.establishment_id, 'day', %s, 'start', r.start_time,
                    'length', 'PT' || r.length_minutes || 'M', 'capacity', r.capacity))
                FROM round r ORDER BY r.establishment_id, r.id""".formatted(DAYS.formatted("r.day_of_week")));
        insert(connection, "closure", """
                SELECT c.establishment_id, json_object('type', 'closure', 'closure', json_object(
                    'establishmentId', c.establishment_id, 'date', c.date, 'roundId', c.round_id, 'reason', c.reason))
                FROM closure c ORDER BY c.id""");
        insert(connection, "detainee", """
                SELECT d.establishment_id, json_object('type', 'detainee', 'detainee', json_object('id', d.id,
                    'establishmentId', d.establishment_id, 'firstName', d.first_name, 'lastName', d.last_name,
                    'ecrou', d.ecrou, 'category', d.category, 'doubleVisitGranted', %s, 'inDisciplinaryCell', %s))
                FROM detainee d ORDER BY d.establishment_id, d.id"""
                .formatted(BOOL.formatted("d.double_visit_granted"), BOOL.formatted("d.in_disciplinary_cell")));
        insert(connection, "visitor", """
                SELECT s.establishment_id, json_object('type', 'visitor', 'visitor', json_object('id', v.id,
                    'firstName', v.first_name, 'lastName', v.last_name, 'birthDate', v.birth_date))
                FROM visitor v JOIN (SELECT DISTINCT p.visitor_id, d.establishment_id FROM permit p
                                     JOIN detainee d ON d.id = p.detainee_id) s ON s.visitor_id = v.id
                ORDER BY s.establishment_id, v.id""");
        insert(connection, "badge", """
                SELECT s.establishment_id, json_object('type', 'badge', 'badge', json_object(
                    'codeHash', b.code_hash, 'visitorId', b.visitor_id, 'revoked', %s))
                FROM badge b JOIN (SELECT DISTINCT p.visitor_id, d.establishment_id FROM permit p
                                   JOIN detainee d ON d.id = p.detainee_id) s ON s.visitor_id = b.visitor_id
                ORDER BY s.establishment_id, b.code_hash""".formatted(BOOL.formatted("b.revoked")));
        insert(connection, "permit", """
                SELECT d.establishment_id, json_object('type', 'permit', 'permit', json_object('id', p.id,
                    'visitorId', p.visitor_id, 'detaineeId', p.detainee_id, 'kind', p.kind,
                    'remainingVisits', p.remaining_visits, 'status', p.status, 'parentalConsent', %s,
                    'detaineeIsParent', %s))
                FROM permit p JOIN detainee d ON d.id = p.detainee_id ORDER BY d.establishment_id, p.id"""
                .formatted(BOOL.formatted("p.parental_consent"), BOOL.formatted("p.detainee_is_parent")));
        insert(connection, "booking", """
                SELECT d.establishment_id, json_object('type', 'booking', 'booking', json_object('id', b.id,
                    'reference', b.reference, 'bookedBy', b.booked_by, 'detaineeId', b.detainee_id,
                    'roundId', b.round_id, 'secondRoundId', b.second_round_id, 'date', b.date,
                    'visitorIds', json((SELECT json_group_array(visitor_id) FROM (SELECT bv.visitor_id
                                   FROM booking_visitor bv WHERE bv.booking_id = b.id ORDER BY bv.position))),
                    'status', b.status, 'channel', b.channel,
                    'createdAt', strftime('%Y-%m-%dT%H:%M:%fZ', b.created_at / 1000.0, 'unixepoch')))
                FROM booking b JOIN detainee d ON d.id = b.detainee_id ORDER BY b.created_at, b.id""");
    }

    private static void insert(Connection connection, String kind, String select) throws SQLException {
        Sql.update(connection, "INSERT INTO central_feed (kind, scope, body) "
                + select.replaceFirst("SELECT ", "SELECT '" + kind + "', "));
    }
}
