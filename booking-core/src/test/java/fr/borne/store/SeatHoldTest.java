package fr.borne.store;

import fr.borne.booking.BookingResult;
import fr.borne.booking.HoldResult;
import fr.borne.booking.Reason;
import fr.borne.booking.SeatHold;
import fr.borne.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static fr.borne.store.TestReplica.ROUND;
import static fr.borne.store.TestReplica.WEDNESDAY;
import static fr.borne.store.TestReplica.detainee;
import static fr.borne.store.TestReplica.visitor;
import static org.assertj.core.api.Assertions.assertThat;

/** A seat held while the visitor finishes: it blocks the last seat until it expires, is confirmed or released. */
class SeatHoldTest {

    @TempDir
    Path dir;
    private Database database;
    private TestClock clock;
    private SqliteBookingService service;

    @BeforeEach
    void open() {
        database = Database.open(dir.resolve("replica.db"));
        TestReplica.load(database, 1, 3);
        clock = TestClock.at(TestReplica.NOW, TestReplica.PARIS);
        service = new SqliteBookingService(database, TestReplica.ESTABLISHMENT, clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void B5_a_live_hold_takes_the_last_seat_from_everyone_else() {
        SeatHold hold = held(service.hold(visitor(0), detainee(0), ROUND, WEDNESDAY));
        assertThat(hold.expiresAt()).isEqualTo(TestReplica.NOW.plus(Duration.ofMinutes(3)));

        assertThat(service.hold(visitor(1), detainee(1), ROUND, WEDNESDAY))
                .isInstanceOfSatisfying(HoldResult.Refused.class,
                        r -> assertThat(r.decision().reasons()).containsExactly(Reason.FULL));
        assertThat(refused(service.confirm(null, TestReplica.request(1)))).containsExactly(Reason.FULL);
    }

    @Test
    void B5_an_expired_hold_blocks_nobody() {
        SeatHold hold = held(service.hold(visitor(0), detainee(0), ROUND, WEDNESDAY));
        clock.advance(Duration.ofMinutes(3));

        assertThat(service.confirm(null, TestReplica.request(1))).isInstanceOf(BookingResult.Done.class);
        assertThat(refused(service.confirm(hold.id(), TestReplica.request(0)))).containsExactly(Reason.FULL);
    }

    @Test
    void confirming_turns_the_hold_into_the_booking() {
        SeatHold hold = held(service.hold(visitor(0), detainee(0), ROUND, WEDNESDAY));
        clock.advance(Duration.ofMinutes(2));

        BookingResult result = service.confirm(hold.id(), TestReplica.request(0));

        assertThat(result).isInstanceOf(BookingResult.Done.class);
        assertThat(TestReplica.count(database, "seat_hold")).isZero();
        assertThat(TestReplica.count(database, "booking")).isEqualTo(1);
        assertThat(refused(service.confirm(null, TestReplica.request(1)))).containsExactly(Reason.FULL);
    }

    @Test
    void releasing_gives_the_seat_back_at_once() {
        SeatHold hold = held(service.hold(visitor(0), detainee(0), ROUND, WEDNESDAY));
        service.release(hold.id());

        assertThat(service.hold(visitor(1), detainee(1), ROUND, WEDNESDAY)).isInstanceOf(HoldResult.Held.class);
    }

    @Test
    void a_visitor_choosing_another_round_gives_the_first_seat_back() {
        held(service.hold(visitor(0), detainee(0), ROUND, WEDNESDAY));
        held(service.hold(visitor(0), detainee(0), TestReplica.NEXT_ROUND, WEDNESDAY));

        assertThat(service.hold(visitor(1), detainee(1), ROUND, WEDNESDAY)).isInstanceOf(HoldResult.Held.class);
        assertThat(TestReplica.count(database, "seat_hold")).isEqualTo(2);
    }

    @Test
    void a_new_hold_purges_expired_ones() {
        held(service.hold(visitor(0), detainee(0), ROUND, WEDNESDAY));
        clock.advance(Duration.ofMinutes(10));
        held(service.hold(visitor(1), detainee(1), ROUND, WEDNESDAY));

        assertThat(TestReplica.count(database, "seat_hold")).isEqualTo(1);
    }

    @Test
    void the_hold_length_is_a_setting() {
        database.write(c -> {
            new SettingsOverrideRepository(c).save(SettingsScope.ESTABLISHMENT, TestReplica.ESTABLISHMENT,
                    fr.borne.settings.SettingsOverride.builder().seatHold(Duration.ofMinutes(5)).build());
            return null;
        });
        SeatHold hold = held(service.hold(visitor(0), detainee(0), ROUND, WEDNESDAY));
        assertThat(hold.expiresAt()).isEqualTo(TestReplica.NOW.plus(Duration.ofMinutes(5)));
    }

    private static SeatHold held(HoldResult result) {
        assertThat(result).isInstanceOf(HoldResult.Held.class);
        return ((HoldResult.Held) result).hold();
    }

    private static java.util.List<Reason> refused(BookingResult result) {
        assertThat(result).isInstanceOf(BookingResult.Refused.class);
        return ((BookingResult.Refused) result).decision().refusals().stream().map(r -> r.reason()).toList();
    }
}
