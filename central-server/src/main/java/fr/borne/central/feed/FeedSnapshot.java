package fr.borne.central.feed;

import fr.borne.store.Dialect;
import fr.borne.store.Sql;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Puts everything already in central's tables into the feed, each thing once, in the
 * order that keeps references valid: for data loaded in bulk (the demo, a large
 * establishment) rather than published change by change. The JSON is built by the
 * database (SQLite's or PostgreSQL's JSON functions) in the shape of
 * {@link fr.borne.sync.Change}; a test reads it back and compares.
 */
public final class FeedSnapshot {

    /** How each dialect writes a JSON object, a boolean from 0/1, the visitor ids and an instant. */
    private record Flavour(String object, String bool, String visitorIds, String instant) {
    }

    private static final Flavour SQLITE = new Flavour("json_object(",
            "json(CASE WHEN %s THEN 'true' ELSE 'false' END)",
            "json((SELECT json_group_array(visitor_id) FROM (SELECT bv.visitor_id"
                    + " FROM booking_visitor bv WHERE bv.booking_id = b.id ORDER BY bv.position)))",
            "strftime('%%Y-%%m-%%dT%%H:%%M:%%fZ', %s / 1000.0, 'unixepoch')");
    private static final Flavour POSTGRESQL = new Flavour("json_build_object(",
            "(%s <> 0)",
            "coalesce((SELECT json_agg(bv.visitor_id ORDER BY bv.position)"
                    + " FROM booking_visitor bv WHERE bv.booking_id = b.id), '[]'::json)",
            "to_char(to_timestamp(%s / 1000.0) AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')");
    private static final String DAYS = "CASE %s WHEN 1 THEN 'MONDAY' WHEN 2 THEN 'TUESDAY' WHEN 3 THEN 'WEDNESDAY'"
            + " WHEN 4 THEN 'THURSDAY' WHEN 5 THEN 'FRIDAY' WHEN 6 THEN 'SATURDAY' ELSE 'SUNDAY' END";

    private FeedSnapshot() {
    }

    public static void publishAll(Connection connection) throws SQLException {
        Flavour flavour = Dialect.of(connection) == Dialect.POSTGRESQL ? POSTGRESQL : SQLITE;
        String bool = flavour.bool();
        ChangeFeed.inCommitOrder(connection);
        // every kiosk reads every establishment's public details (ChangeFeed.EVERY_KIOSK)
        insert(connection, flavour, "establishment", """
                SELECT '*', {obj}'type', 'establishment', 'establishment', {obj}'id', e.id,
                    'name', e.name, 'address', e.address, 'parloirPhone', e.parloir_phone,
                    'parloirPhoneHours', e.parloir_phone_hours, 'zone', e.zone,
                    'postalAddress', e.postal_address, 'visitingHours', e.visiting_hours))
                FROM establishment e ORDER BY e.id""");
        insert(connection, flavour, "round", """
                SELECT r.establishment_id, {obj}'type', 'round', 'round', {obj}'id', r.id,
                    'establishmentId', r.establishment_id, 'day', %s, 'start', r.start_time,
                    'length', 'PT' || r.length_minutes || 'M', 'capacity', r.capacity))
                FROM round r ORDER BY r.establishment_id, r.id""".formatted(DAYS.formatted("r.day_of_week")));
        insert(connection, flavour, "closure", """
                SELECT c.establishment_id, {obj}'type', 'closure', 'closure', {obj}
                    'establishmentId', c.establishment_id, 'date', c.date, 'roundId', c.round_id, 'reason', c.reason))
                FROM closure c ORDER BY c.id""");
        insert(connection, flavour, "detainee", """
                SELECT d.establishment_id, {obj}'type', 'detainee', 'detainee', {obj}'id', d.id,
                    'establishmentId', d.establishment_id, 'firstName', d.first_name, 'lastName', d.last_name,
                    'ecrou', d.ecrou, 'category', d.category, 'doubleVisitGranted', %s, 'inDisciplinaryCell', %s))
                FROM detainee d ORDER BY d.establishment_id, d.id"""
                .formatted(bool.formatted("d.double_visit_granted"), bool.formatted("d.in_disciplinary_cell")));
        insert(connection, flavour, "visitor", """
                SELECT s.establishment_id, {obj}'type', 'visitor', 'visitor', {obj}'id', v.id,
                    'firstName', v.first_name, 'lastName', v.last_name, 'birthDate', v.birth_date))
                FROM visitor v JOIN (SELECT DISTINCT p.visitor_id, d.establishment_id FROM permit p
                                     JOIN detainee d ON d.id = p.detainee_id) s ON s.visitor_id = v.id
                ORDER BY s.establishment_id, v.id""");
        insert(connection, flavour, "badge", """
                SELECT s.establishment_id, {obj}'type', 'badge', 'badge', {obj}
                    'codeHash', b.code_hash, 'visitorId', b.visitor_id, 'revoked', %s))
                FROM badge b JOIN (SELECT DISTINCT p.visitor_id, d.establishment_id FROM permit p
                                   JOIN detainee d ON d.id = p.detainee_id) s ON s.visitor_id = b.visitor_id
                ORDER BY s.establishment_id, b.code_hash""".formatted(bool.formatted("b.revoked")));
        insert(connection, flavour, "permit", """
                SELECT d.establishment_id, {obj}'type', 'permit', 'permit', {obj}'id', p.id,
                    'visitorId', p.visitor_id, 'detaineeId', p.detainee_id, 'kind', p.kind,
                    'remainingVisits', p.remaining_visits, 'status', p.status, 'parentalConsent', %s,
                    'detaineeIsParent', %s))
                FROM permit p JOIN detainee d ON d.id = p.detainee_id ORDER BY d.establishment_id, p.id"""
                .formatted(bool.formatted("p.parental_consent"), bool.formatted("p.detainee_is_parent")));
        insert(connection, flavour, "booking", """
                SELECT d.establishment_id, {obj}'type', 'booking', 'booking', {obj}'id', b.id,
                    'reference', b.reference, 'bookedBy', b.booked_by, 'detaineeId', b.detainee_id,
                    'roundId', b.round_id, 'secondRoundId', b.second_round_id, 'date', b.date,
                    'visitorIds', {visitors},
                    'status', b.status, 'channel', b.channel,
                    'createdAt', {created}))
                FROM booking b JOIN detainee d ON d.id = b.detainee_id ORDER BY b.created_at, b.id""");
    }

    private static void insert(Connection connection, Flavour flavour, String kind, String select)
            throws SQLException {
        String sql = select.replace("{obj}", flavour.object()).replace("{visitors}", flavour.visitorIds())
                .replace("{created}", flavour.instant().formatted("b.created_at"));
        Sql.update(connection, "INSERT INTO central_feed (kind, scope, body) "
                + sql.replaceFirst("SELECT ", "SELECT '" + kind + "', "));
    }
}
