package fr.borne.store;

import fr.borne.booking.BookingRequest;
import fr.borne.booking.BookingResult;
import fr.borne.booking.Channel;
import fr.borne.booking.HoldResult;
import fr.borne.booking.Reason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fr.borne.store.TestReplica.ROUND;
import static fr.borne.store.TestReplica.WEDNESDAY;
import static fr.borne.store.TestReplica.detainee;
import static fr.borne.store.TestReplica.visitor;
import static org.assertj.core.api.Assertions.assertThat;

/** Bad input gets a typed refusal and leaves no row behind, never an exception. */
class BadInputTest {

    @TempDir
    Path dir;
    private Database database;
    private SqliteBookingService service;
    private Map<String, Integer> before;

    @BeforeEach
    void open() {
        database = Database.open(dir.resolve("replica.db"));
        TestReplica.load(database, 20, 5);
        service = new SqliteBookingService(database, TestReplica.ESTABLISHMENT, TestReplica.clock());
        before = rows();
    }

    @AfterEach
    void close() {
        assertThat(rows()).as("rows after the refusal").isEqualTo(before);
        database.close();
    }

    @Test
    void P1_unknown_detainee() {
        assertThat(refusedConfirm(new BookingRequest(visitor(0), "nobody", ROUND, WEDNESDAY, List.of(visitor(0)),
                false, Channel.KIOSK))).contains(Reason.UNKNOWN_DETAINEE);
    }

    @Test
    void P1_unknown_visitor() {
        assertThat(refusedConfirm(new BookingRequest("stranger", detainee(0), ROUND, WEDNESDAY, List.of("stranger"),
                false, Channel.KIOSK))).contains(Reason.UNKNOWN_VISITOR);
    }

    @Test
    void B2_no_visitor() {
        assertThat(refusedConfirm(new BookingRequest(visitor(0), detainee(0), ROUND, WEDNESDAY, List.of(),
                false, Channel.KIOSK))).contains(Reason.NO_VISITOR);
    }

    @Test
    void B2_four_visitors() {
        assertThat(refusedConfirm(new BookingRequest(visitor(0), detainee(0), ROUND, WEDNESDAY,
                List.of(visitor(0), visitor(1), visitor(2), visitor(3)), false, Channel.KIOSK)))
                .contains(Reason.TOO_MANY_VISITORS);
    }

    @Test
    void P1_companion_without_permit_for_that_detainee() {
        assertThat(refusedConfirm(new BookingRequest(visitor(0), detainee(0), ROUND, WEDNESDAY,
                List.of(visitor(0), visitor(1)), false, Channel.KIOSK))).containsExactly(Reason.COMPANION_WITHOUT_PERMIT);
    }

    @Test
    void B1_round_in_the_past() {
        assertThat(refusedConfirm(new BookingRequest(visitor(0), detainee(0), ROUND, WEDNESDAY.minusWeeks(2),
                List.of(visitor(0)), false, Channel.KIOSK))).contains(Reason.BOOKING_CLOSED);
    }

    @Test
    void B13_round_not_in_the_timetable() {
        assertThat(refusedConfirm(new BookingRequest(visitor(0), detainee(0), "no-such-round", WEDNESDAY,
                List.of(visitor(0)), false, Channel.KIOSK))).contains(Reason.UNKNOWN_ROUND);
        assertThat(refusedConfirm(new BookingRequest(visitor(0), detainee(0), ROUND, WEDNESDAY.plusDays(1),
                List.of(visitor(0)), false, Channel.KIOSK))).contains(Reason.UNKNOWN_ROUND);
    }

    @Test
    void B13_hold_on_an_unknown_round_or_for_an_unknown_detainee() {
        HoldResult unknownRound = service.hold(visitor(0), detainee(0), "no-such-round", WEDNESDAY);
        HoldResult unknownDetainee = service.hold(visitor(0), "nobody", ROUND, WEDNESDAY);
        assertThat(unknownRound).isInstanceOfSatisfying(HoldResult.Refused.class,
                r -> assertThat(r.decision().reasons()).contains(Reason.UNKNOWN_ROUND));
        assertThat(unknownDetainee).isInstanceOfSatisfying(HoldResult.Refused.class,
                r -> assertThat(r.decision().reasons()).contains(Reason.UNKNOWN_DETAINEE));
    }

    @Test
    void B3_B4_changing_or_cancelling_an_unknown_booking() {
        BookingResult change = service.changeVisitors(UUID.randomUUID(), visitor(0), List.of(visitor(0)));
        BookingResult cancel = service.cancel(UUID.randomUUID(), visitor(0));
        assertThat(List.of(change, cancel)).allSatisfy(result -> assertThat(result)
                .isInstanceOfSatisfying(BookingResult.Refused.class,
                        r -> assertThat(r.decision().reasons()).containsExactly(Reason.NOT_YOUR_BOOKING)));
    }

    @Test
    void B11_detainee_of_another_establishment() {
        database.write(c -> {
            Sql.update(c, "INSERT INTO establishment (id, name, address, parloir_phone, parloir_phone_hours, zone) VALUES ('elsewhere', 'Ailleurs', 'adresse', 'tél', 'heures', 'Europe/Paris')");
            Sql.update(c, "UPDATE detainee SET establishment_id = 'elsewhere' WHERE id = ?", detainee(0));
            return null;
        });
        before = rows();
        assertThat(refusedConfirm(TestReplica.request(0))).contains(Reason.OTHER_ESTABLISHMENT_NEEDS_NETWORK);
    }

    private List<Reason> refusedConfirm(BookingRequest request) {
        BookingResult result = service.confirm(UUID.randomUUID(), request);
        assertThat(result).isInstanceOf(BookingResult.Refused.class);
        return ((BookingResult.Refused) result).decision().refusals().stream().map(r -> r.reason()).toList();
    }

    private Map<String, Integer> rows() {
        return database.read(c -> Map.of(
                "booking", Sql.count(c, "SELECT count(*) FROM booking"),
                "booking_visitor", Sql.count(c, "SELECT count(*) FROM booking_visitor"),
                "outbox", Sql.count(c, "SELECT count(*) FROM outbox"),
                "seat_hold", Sql.count(c, "SELECT count(*) FROM seat_hold"),
                "remaining_visits", Sql.count(c, "SELECT total(remaining_visits) FROM permit")));
    }
}
