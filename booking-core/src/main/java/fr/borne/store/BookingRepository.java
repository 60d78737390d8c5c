package fr.borne.store;

import fr.borne.booking.Booking;
import fr.borne.booking.BookingStatus;
import fr.borne.booking.Channel;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/** Bookings and the visitors they name, the lead visitor first (B2). */
public final class BookingRepository {

    /** Separates visitor ids in one column; ids never contain it. */
    private static final String UNIT_SEPARATOR = "\u001F";
    private static final String SELECT = """
            SELECT b.*, (SELECT string_agg(bv.visitor_id, '\u001F' ORDER BY bv.position)
                         FROM booking_visitor bv WHERE bv.booking_id = b.id) AS visitor_ids
            FROM booking b
            """;

    private static final String BY_ID = SELECT + "WHERE b.id = ?";
    private static final String REFERENCE_COUNT = "SELECT count(*) FROM booking WHERE reference = ?";

    private static final String CONFIRMED_OF_DETAINEE = SELECT + """
            WHERE b.detainee_id = ? AND b.date BETWEEN ? AND ? AND b.status = 'CONFIRMED'
            ORDER BY b.date, b.created_at""";

    private final Connection connection;

    public BookingRepository(Connection connection) {
        this.connection = connection;
    }

    public Optional<Booking> find(UUID id) throws SQLException {
        return Sql.one(connection, BY_ID, BookingRepository::map, id);
    }

    /** {@link #find}, sent with other reads. */
    public static Supplier<Optional<Booking>> find(SqlReads reads, UUID id) {
        Supplier<List<Booking>> rows = reads.add(BY_ID, BookingRepository::map, id);
        return () -> rows.get().stream().findFirst();
    }

    /** {@link #referenceExists}, sent with other reads. */
    public static Supplier<Boolean> referenceExists(SqlReads reads, String reference) {
        Supplier<List<Integer>> rows = reads.add(REFERENCE_COUNT, row -> row.getInt(1), reference);
        return () -> rows.get().get(0) > 0;
    }

    /** Confirmed bookings of the detainee dated between both dates, inclusive. */
    public List<Booking> confirmedOfDetainee(String detaineeId, LocalDate from, LocalDate to) throws SQLException {
        return Sql.list(connection, CONFIRMED_OF_DETAINEE, BookingRepository::map, detaineeId, from, to);
    }

    /** {@link #confirmedOfDetainee}, sent with other reads. */
    public static Supplier<List<Booking>> confirmedOfDetainee(SqlReads reads, String detaineeId, LocalDate from,
                                                              LocalDate to) {
        return reads.add(CONFIRMED_OF_DETAINEE, BookingRepository::map, detaineeId, from, to);
    }

    /** Confirmed bookings naming the visitor, dated between both dates, inclusive. */
    public List<Booking> confirmedNaming(String visitorId, LocalDate from, LocalDate to) throws SQLException {
        return Sql.list(connection, confirmedNamingAnyOf(1), BookingRepository::map, visitorId, from, to);
    }

    /** Confirmed bookings naming any of the visitors, dated between both dates, inclusive; sent with other reads. */
    public static Supplier<List<Booking>> confirmedNamingAny(SqlReads reads, Collection<String> visitorIds,
                                                             LocalDate from, LocalDate to) {
        List<Object> params = new ArrayList<>(visitorIds);
        params.add(from);
        params.add(to);
        return reads.add(confirmedNamingAnyOf(visitorIds.size()), BookingRepository::map, params.toArray());
    }

    private static String confirmedNamingAnyOf(int visitors) {
        return SELECT + """
                WHERE b.id IN (SELECT booking_id FROM booking_visitor WHERE visitor_id IN (%s))
                  AND b.date BETWEEN ? AND ? AND b.status = 'CONFIRMED'
                ORDER BY b.date, b.created_at""".formatted(Sql.marks(visitors));
    }

    /** Confirmed bookings naming the visitor or made by them, from that date on, soonest first. */
    public List<Booking> confirmedInvolving(String visitorId, LocalDate from) throws SQLException {
        return Sql.list(connection, SELECT + """
                WHERE (b.booked_by = ? OR b.id IN (SELECT booking_id FROM booking_visitor WHERE visitor_id = ?))
                  AND b.date >= ? AND b.status = 'CONFIRMED'
                ORDER BY b.date, (SELECT start_time FROM round r WHERE r.id = b.round_id), b.created_at""",
                BookingRepository::map, visitorId, visitorId, from);
    }

    /**
     * Bookings naming the visitor or made by them, dated from that day on, that the
     * establishment cancelled (a closure, a transfer, a release: B12, B14), soonest first.
     */
    public List<Booking> cancelledByEstablishmentInvolving(String visitorId, LocalDate from) throws SQLException {
        return Sql.list(connection, SELECT + """
                WHERE (b.booked_by = ? OR b.id IN (SELECT booking_id FROM booking_visitor WHERE visitor_id = ?))
                  AND b.date >= ?
                  AND b.status IN ('CANCELLED_BY_CLOSURE', 'CANCELLED_BY_TRANSFER', 'CANCELLED_BY_RELEASE')
                ORDER BY b.date, b.created_at""", BookingRepository::map, visitorId, visitorId, from);
    }

    /**
     * Seats of the round on that date taken by confirmed bookings; a double visit counts in both
     * rounds (B8). Counted by the database on every write to booking ({@code round_day_seats}).
     */
    public int confirmedSeats(String roundId, LocalDate date) throws SQLException {
        return Sql.count(connection, "SELECT confirmed FROM round_day_seats WHERE round_id = ? AND date = ?",
                roundId, date);
    }

    public boolean referenceExists(String reference) throws SQLException {
        return Sql.count(connection, REFERENCE_COUNT, reference) > 0;
    }

    /** Writes a booking and its visitors; an existing booking with the same id is replaced. */
    public void save(Booking booking, Instant now) throws SQLException {
        saveAll(List.of(booking), now);
    }

    /**
     * Writes a booking that does not exist yet (a second write of its id fails): no visitors
     * to replace, one statement fewer than {@link #save}.
     */
    public void saveNew(Booking booking, Instant now) throws SQLException {
        write(List.of(booking), now, false);
    }

    /**
     * Writes a booking's new status alone (a cancellation): its visitors stay as they are,
     * one statement where {@link #save} needs three.
     */
    public void saveStatus(Booking booking, Instant now) throws SQLException {
        Sql.update(connection, "UPDATE booking SET status = ?, updated_at = ? WHERE id = ?", booking.status(), now,
                booking.id());
    }

    public void saveAll(Collection<Booking> bookings, Instant now) throws SQLException {
        write(bookings, now, true);
    }

    private void write(Collection<Booking> bookings, Instant now, boolean replace) throws SQLException {
        Sql.batch(connection, """
                INSERT INTO booking (id, reference, booked_by, detainee_id, round_id, second_round_id, date,
                    status, channel, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """ + (replace ? """
                ON CONFLICT (id) DO UPDATE SET reference = excluded.reference, booked_by = excluded.booked_by,
                    detainee_id = excluded.detainee_id, round_id = excluded.round_id,
                    second_round_id = excluded.second_round_id, date = excluded.date, status = excluded.status,
                    channel = excluded.channel, updated_at = excluded.updated_at""" : ""),
                bookings, b -> new Object[] {b.id(), b.reference(), b.bookedBy(), b.detaineeId(), b.roundId(),
                        b.secondRoundId(), b.date(), b.status(), b.channel(), b.createdAt(), now});
        if (replace) {
            Sql.batch(connection, "DELETE FROM booking_visitor WHERE booking_id = ?", bookings,
                    b -> new Object[] {b.id()});
        }
        List<Object[]> named = bookings.stream()
                .flatMap(b -> IntStream.range(0, b.visitorIds().size())
                        .mapToObj(i -> new Object[] {b.id(), i, b.visitorIds().get(i)}))
                .toList();
        Sql.batch(connection, "INSERT INTO booking_visitor (booking_id, position, visitor_id) VALUES (?, ?, ?)",
                named, row -> row);
    }

    private static Booking map(ResultSet row) throws SQLException {
        String visitors = row.getString("visitor_ids");
        return new Booking(UUID.fromString(row.getString("id")), row.getString("reference"),
                row.getString("booked_by"), row.getString("detainee_id"), row.getString("round_id"),
                Sql.optionalText(row, "second_round_id"), Sql.date(row, "date"),
                visitors == null ? List.of() : Arrays.asList(visitors.split(UNIT_SEPARATOR)),
                Sql.enumValue(row, "status", BookingStatus.class), Sql.enumValue(row, "channel", Channel.class),
                Sql.instant(row, "created_at"));
    }
}
