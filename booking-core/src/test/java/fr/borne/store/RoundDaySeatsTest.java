package fr.borne.store;

import fr.borne.booking.Availability;
import fr.borne.booking.Booking;
import fr.borne.booking.BookingRules;
import fr.borne.booking.BookingStatus;
import fr.borne.booking.Channel;
import fr.borne.booking.ForwardingLedger;
import fr.borne.booking.Ledger;
import fr.borne.booking.RoundDay;
import fr.borne.demo.LargeEstablishment;
import fr.borne.demo.Timetables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seats the database counts per round day ({@code round_day_seats}, kept by triggers on
 * booking) against a count of the bookings themselves, on the large establishment, after every
 * kind of write a replica sees; and availability read through both, which must not differ.
 */
class RoundDaySeatsTest {

    @RegisterExtension
    static final LargeEstablishmentFile LARGE = new LargeEstablishmentFile();
    private static final Clock CLOCK = LargeEstablishmentFile.CLOCK;
    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 12, 1).with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY));

    @Test
    void counted_seats_follow_every_write_to_bookings() {
        assertThat(counted()).isEqualTo(countedFromBookings()).isNotEmpty();

        String morning = round(DayOfWeek.WEDNESDAY, "09:15");
        String next = round(DayOfWeek.WEDNESDAY, "10:15");
        String afternoon = round(DayOfWeek.WEDNESDAY, "14:15");
        Booking single = booking(1, morning, Optional.empty(), WEDNESDAY);
        Booking twice = booking(2, morning, Optional.of(next), WEDNESDAY);
        save(single, twice);
        assertThat(counted()).isEqualTo(countedFromBookings());

        // moved, a second round added then dropped, another date, cancelled, confirmed again
        save(single.withVisitors(List.of(LargeEstablishment.visitorId(1), LargeEstablishment.visitorId(4_001))));
        save(moved(single, afternoon, Optional.of(next), WEDNESDAY));
        save(moved(twice, afternoon, Optional.empty(), WEDNESDAY.plusDays(1)));
        save(twice.withStatus(BookingStatus.CANCELLED_BY_CLOSURE));
        save(single.withStatus(BookingStatus.CANCELLED), twice);
        save(single);
        assertThat(counted()).isEqualTo(countedFromBookings());

        LARGE.database().write(c -> Sql.update(c, "DELETE FROM booking_visitor WHERE booking_id IN (?, ?)", single.id(), twice.id())
                + Sql.update(c, "DELETE FROM booking WHERE id IN (?, ?)", single.id(), twice.id()));
        assertThat(counted()).isEqualTo(countedFromBookings());
    }

    @Test
    void availability_is_the_same_read_from_the_counts_or_from_the_bookings() {
        for (int i = 0; i < 40; i++) {
            int visitor = i * 491 % LargeEstablishment.DETAINEES;
            String visitorId = LargeEstablishment.visitorId(visitor);
            String detaineeId = LargeEstablishment.detaineeId(visitor % LargeEstablishment.DETAINEES);
            Availability fast = LARGE.database().read(c -> rules(c, new SqliteLedger(c)).availability(visitorId, detaineeId));
            Availability counting = LARGE.database().read(c -> rules(c, new CountingLedger(c)).availability(visitorId, detaineeId));
            assertThat(fast).isEqualTo(counting);
            assertThat(fast.days()).anySatisfy(day -> assertThat(day.rounds())
                    .anySatisfy(round -> assertThat(round.seatsLeft()).isLessThan(round.occurrence().round().capacity())));
        }
    }

    private static BookingRules rules(Connection connection, Ledger ledger) throws SQLException {
        return new BookingRules(ledger, new SettingsOverrideRepository(connection).load(), CLOCK);
    }

    private static String round(DayOfWeek day, String start) {
        return Timetables.roundId(LargeEstablishment.ID, day, start);
    }

    private static Booking booking(int detainee, String roundId, Optional<String> second, LocalDate date) {
        return new Booking(UUID.randomUUID(), "TEST-" + detainee, LargeEstablishment.visitorId(detainee),
                LargeEstablishment.detaineeId(detainee), roundId, second, date,
                List.of(LargeEstablishment.visitorId(detainee)), BookingStatus.CONFIRMED, Channel.KIOSK,
                CLOCK.instant());
    }

    private static Booking moved(Booking booking, String roundId, Optional<String> second, LocalDate date) {
        return new Booking(booking.id(), booking.reference(), booking.bookedBy(), booking.detaineeId(), roundId, second,
                date, booking.visitorIds(), booking.status(), booking.channel(), booking.createdAt());
    }

    private void save(Booking... bookings) {
        LARGE.database().write(c -> {
            new BookingRepository(c).saveAll(List.of(bookings), CLOCK.instant());
            return null;
        });
    }

    private Map<RoundDay, Integer> counted() {
        return LARGE.database().read(c -> {
            Map<RoundDay, Integer> seats = new HashMap<>();
            Sql.list(c, "SELECT round_id, date, confirmed FROM round_day_seats WHERE confirmed <> 0", row -> seats.put(
                    new RoundDay(row.getString("round_id"), Sql.date(row, "date")), row.getInt("confirmed")));
            return seats;
        });
    }

    private Map<RoundDay, Integer> countedFromBookings() {
        return LARGE.database().read(c -> {
            Map<RoundDay, Integer> seats = new HashMap<>();
            Sql.list(c, """
                    SELECT round_id, date, count(*) AS taken FROM (
                        SELECT round_id, date FROM booking WHERE status = 'CONFIRMED'
                        UNION ALL
                        SELECT second_round_id, date FROM booking WHERE status = 'CONFIRMED' AND second_round_id IS NOT NULL
                    ) AS seat GROUP BY round_id, date""", row -> seats.put(
                    new RoundDay(row.getString("round_id"), Sql.date(row, "date")), row.getInt("taken")));
            return seats;
        });
    }

    /** The ledger as it was before the counts: seats counted from the bookings and holds at each question. */
    private static final class CountingLedger extends ForwardingLedger {

        private final Connection connection;

        CountingLedger(Connection connection) {
            super(new SqliteLedger(connection));
            this.connection = connection;
        }

        @Override
        public Map<RoundDay, Integer> seatsTaken(String establishmentId, LocalDate from, LocalDate to, Instant now) {
            Map<RoundDay, Integer> taken = new HashMap<>();
            try {
                Sql.list(connection, """
                        SELECT seat.round_id, seat.date, count(*) AS taken FROM (
                            SELECT b.round_id, b.date FROM booking b
                            WHERE b.status = 'CONFIRMED' AND b.date BETWEEN ? AND ?
                              AND b.round_id IN (SELECT id FROM round WHERE establishment_id = ?)
                            UNION ALL
                            SELECT b.second_round_id, b.date FROM booking b
                            WHERE b.status = 'CONFIRMED' AND b.date BETWEEN ? AND ?
                              AND b.second_round_id IN (SELECT id FROM round WHERE establishment_id = ?)
                            UNION ALL
                            SELECT h.round_id, h.date FROM seat_hold h
                            WHERE h.date BETWEEN ? AND ? AND h.expires_at > ?
                              AND h.round_id IN (SELECT id FROM round WHERE establishment_id = ?)
                        ) AS seat GROUP BY seat.round_id, seat.date""",
                        row -> taken.put(new RoundDay(row.getString("round_id"), Sql.date(row, "date")),
                                row.getInt("taken")),
                        from, to, establishmentId, from, to, establishmentId, from, to, now, establishmentId);
            } catch (SQLException e) {
                throw new StoreException("counting seats failed", e);
            }
            return taken;
        }

        @Override
        public int seatsTaken(String roundId, LocalDate date, Instant now) {
            return seatsTaken(round(roundId).orElseThrow().establishmentId(), date, date, now)
                    .getOrDefault(new RoundDay(roundId, date), 0);
        }
    }
}
