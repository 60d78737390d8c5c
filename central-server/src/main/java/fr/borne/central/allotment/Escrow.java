package fr.borne.central.allotment;

import fr.borne.booking.RoundDay;
import fr.borne.central.feed.ChangeFeed;
import fr.borne.establishment.Establishment;
import fr.borne.establishment.Round;
import fr.borne.establishment.RoundOccurrence;
import fr.borne.settings.BookingSettings;
import fr.borne.settings.SettingsSource;
import fr.borne.store.BookingRepository;
import fr.borne.store.ClosureRepository;
import fr.borne.store.EstablishmentRepository;
import fr.borne.store.RoundRepository;
import fr.borne.store.Sql;
import fr.borne.store.SqlReads;
import fr.borne.sync.AllotmentClaim;
import fr.borne.sync.AllotmentTotals;
import fr.borne.sync.Change;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Seat allotments as escrow. Each round occurrence starts with its whole capacity in
 * central's pool; a grant moves seats to one kiosk, which alone may give them back. A
 * kiosk's bookings use its own seats first, so what a kiosk still holds is
 * {@code max(0, granted − returned − its bookings)}, and central keeps
 * {@code confirmed seats + Σ held ≤ capacity} for every occurrence.
 */
public final class Escrow {

    /** A kiosk holds at most this share of a round free: the hall's other kiosks and the phone need the rest. */
    public static final double DEFAULT_KIOSK_SHARE = 0.5;

    private final SettingsSource settings;
    private final ChangeFeed feed;
    private final double kioskShare;

    public Escrow(SettingsSource settings, ChangeFeed feed) {
        this(settings, feed, DEFAULT_KIOSK_SHARE);
    }

    /** @param kioskShare the most of a round's capacity (0 to 1) one kiosk may hold free at once */
    public Escrow(SettingsSource settings, ChangeFeed feed, double kioskShare) {
        if (!(kioskShare > 0 && kioskShare <= 1)) {
            throw new IllegalArgumentException("a kiosk's share of a round is more than 0 and at most 1");
        }
        this.settings = settings;
        this.feed = feed;
        this.kioskShare = kioskShare;
    }

    /** Seats held free by kiosks on the occurrence, leaving out {@code exceptKiosk} when present. */
    public int held(Connection connection, String roundId, LocalDate date, Optional<String> exceptKiosk)
            throws SQLException {
        return Sql.count(connection, HELD, roundId, date, exceptKiosk.orElse(""));
    }

    /** {@link #held}, sent with other reads. */
    public Supplier<Integer> held(SqlReads reads, String roundId, LocalDate date, Optional<String> exceptKiosk) {
        Supplier<List<Integer>> rows = reads.add(HELD, row -> row.getInt(1), roundId, date, exceptKiosk.orElse(""));
        return () -> rows.get().get(0);
    }

    private static final String HELD = """
            SELECT ifnull(sum(max(0, a.granted - a.returned - (
                SELECT count(*) FROM booking b JOIN central_booking_origin o ON o.booking_id = b.id
                WHERE o.kiosk_id = a.kiosk_id AND b.status = 'CONFIRMED' AND b.date = a.date
                  AND (b.round_id = a.round_id OR b.second_round_id = a.round_id)))), 0)
            FROM central_allotment a WHERE a.round_id = ? AND a.date = ? AND a.kiosk_id <> ?""";

    /** Held seats of every occurrence of the establishment between both dates, for availability. */
    public Map<RoundDay, Integer> heldBetween(Connection connection, String establishmentId, LocalDate from,
                                              LocalDate to, Optional<String> exceptKiosk) throws SQLException {
        Map<RoundDay, Integer> held = new HashMap<>();
        for (Map.Entry<RoundDay, Integer> row : Sql.list(connection, """
                SELECT a.round_id, a.date, max(0, a.granted - a.returned - (
                    SELECT count(*) FROM booking b JOIN central_booking_origin o ON o.booking_id = b.id
                    WHERE o.kiosk_id = a.kiosk_id AND b.status = 'CONFIRMED' AND b.date = a.date
                      AND (b.round_id = a.round_id OR b.second_round_id = a.round_id))) AS free
                FROM central_allotment a JOIN round r ON r.id = a.round_id
                WHERE r.establishment_id = ? AND a.date BETWEEN ? AND ? AND a.kiosk_id <> ?""",
                row -> Map.entry(new RoundDay(row.getString(1), Sql.date(row, "date")), row.getInt("free")),
                establishmentId, from, to, exceptKiosk.orElse(""))) {
            held.merge(row.getKey(), row.getValue(), Integer::sum);
        }
        return held;
    }

    /** What this kiosk still holds free on the occurrence. */
    public int heldBy(Connection connection, String kioskId, String roundId, LocalDate date) throws SQLException {
        return held(connection, roundId, date, Optional.empty()) - held(connection, roundId, date, Optional.of(kioskId));
    }

    public AllotmentTotals totals(Connection connection, String kioskId, String roundId, LocalDate date)
            throws SQLException {
        return Sql.one(connection, "SELECT * FROM central_allotment WHERE kiosk_id = ? AND round_id = ? AND date = ?",
                        row -> new AllotmentTotals(kioskId, roundId, date, row.getInt("granted"),
                                row.getInt("returned"), row.getInt("recalled")), kioskId, roundId, date)
                .orElse(new AllotmentTotals(kioskId, roundId, date, 0, 0, 0));
    }

    /** Records that a booking was made by this kiosk: it uses the kiosk's seats first. */
    public void bookedBy(Connection connection, UUID bookingId, String kioskId) throws SQLException {
        Sql.update(connection, "INSERT INTO central_booking_origin (booking_id, kiosk_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                bookingId, kioskId);
    }

    /** Whether this kiosk made the booking (online or on its allotment). */
    public boolean madeBy(Connection connection, UUID bookingId, String kioskId) throws SQLException {
        return Sql.count(connection, "SELECT count(*) FROM central_booking_origin WHERE booking_id = ? AND kiosk_id = ?",
                bookingId, kioskId) > 0;
    }

    /**
     * Applies one claim of a kiosk: merges its returned total, then grants seats from the
     * pool up to what it wants free (at most its share of the round), only while the round
     * is open for booking and not closed.
     */
    public AllotmentTotals claim(Connection connection, String kioskId, String establishmentId, AllotmentClaim claim,
                                 Instant now) throws SQLException {
        AllotmentTotals before = totals(connection, kioskId, claim.roundId(), claim.date());
        int returned = Math.min(Math.max(before.returned(), claim.returned()), before.granted());
        int granted = before.granted();
        Optional<RoundOccurrence> occurrence = occurrence(connection, establishmentId, claim.roundId(), claim.date());
        if (occurrence.isPresent() && claim.wantFree() > 0 && grantable(connection, occurrence.get(), now)) {
            save(connection, new AllotmentTotals(kioskId, claim.roundId(), claim.date(), granted, returned,
                    before.recalled()));
            int free = heldBy(connection, kioskId, claim.roundId(), claim.date());
            int capacity = occurrence.get().round().capacity();
            int wanted = Math.min(claim.wantFree(), (int) Math.ceil(capacity * kioskShare));
            int pool = capacity
                    - new BookingRepository(connection).confirmedSeats(claim.roundId(), claim.date())
                    - held(connection, claim.roundId(), claim.date(), Optional.empty());
            granted += Math.max(0, Math.min(wanted - free, pool));
        }
        AllotmentTotals after = new AllotmentTotals(kioskId, claim.roundId(), claim.date(), granted, returned,
                before.recalled());
        if (!after.equals(before)) {
            save(connection, after);
            feed.append(connection, ChangeFeed.kioskScope(kioskId), new Change.AllotmentChanged(after));
        }
        return after;
    }

    /** Asks a kiosk to give back seats; it does so from its free seats on its next call. */
    public AllotmentTotals recall(Connection connection, String kioskId, String roundId, LocalDate date, int seats)
            throws SQLException {
        AllotmentTotals before = totals(connection, kioskId, roundId, date);
        AllotmentTotals after = new AllotmentTotals(kioskId, roundId, date, before.granted(), before.returned(),
                Math.max(before.recalled(), before.returned()) + seats);
        save(connection, after);
        feed.append(connection, ChangeFeed.kioskScope(kioskId), new Change.AllotmentChanged(after));
        return after;
    }

    /**
     * A revoked kiosk's free seats go back to the pool: each is counted returned, so it holds
     * none; the bookings it made stay, on the seats they used.
     */
    public void forfeit(Connection connection, String kioskId) throws SQLException {
        for (AllotmentTotals before : ofKiosk(connection, kioskId)) {
            int free = heldBy(connection, kioskId, before.roundId(), before.date());
            if (free > 0) {
                AllotmentTotals after = new AllotmentTotals(kioskId, before.roundId(), before.date(),
                        before.granted(), before.returned() + free, before.recalled());
                save(connection, after);
                feed.append(connection, ChangeFeed.kioskScope(kioskId), new Change.AllotmentChanged(after));
            }
        }
    }

    public List<AllotmentTotals> ofKiosk(Connection connection, String kioskId) throws SQLException {
        return Sql.list(connection, "SELECT * FROM central_allotment WHERE kiosk_id = ? ORDER BY date, round_id",
                row -> new AllotmentTotals(kioskId, row.getString("round_id"), Sql.date(row, "date"),
                        row.getInt("granted"), row.getInt("returned"), row.getInt("recalled")), kioskId);
    }

    private void save(Connection connection, AllotmentTotals totals) throws SQLException {
        Sql.update(connection, """
                INSERT INTO central_allotment (kiosk_id, round_id, date, granted, returned, recalled)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (kiosk_id, round_id, date) DO UPDATE
                SET granted = max(central_allotment.granted, excluded.granted),
                    returned = max(central_allotment.returned, excluded.returned),
                    recalled = max(central_allotment.recalled, excluded.recalled)""",
                totals.kioskId(), totals.roundId(), totals.date(), totals.granted(), totals.returned(),
                totals.recalled());
    }

    private Optional<RoundOccurrence> occurrence(Connection connection, String establishmentId, String roundId,
                                                 LocalDate date) throws SQLException {
        Optional<Round> round = new RoundRepository(connection).find(roundId)
                .filter(r -> r.establishmentId().equals(establishmentId) && r.day() == date.getDayOfWeek());
        Optional<Establishment> establishment = new EstablishmentRepository(connection).find(establishmentId);
        if (round.isEmpty() || establishment.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RoundOccurrence(round.get(), date, establishment.get().zone()));
    }

    /** Open for booking (B1, C2) and not closed (B12). */
    private boolean grantable(Connection connection, RoundOccurrence occurrence, Instant now) throws SQLException {
        BookingSettings rules = settings.forEstablishment(occurrence.round().establishmentId());
        ZonedDateTime start = occurrence.zonedStart();
        Instant opens = start.minusDays(rules.opensDaysBefore()).toInstant();
        Instant closes = start.toInstant().minus(rules.closesBefore());
        boolean closed = new ClosureRepository(connection)
                .between(occurrence.round().establishmentId(), occurrence.date(), occurrence.date()).stream()
                .anyMatch(closure -> closure.closes(occurrence));
        return !closed && !now.isBefore(opens) && !now.isAfter(closes);
    }
}
