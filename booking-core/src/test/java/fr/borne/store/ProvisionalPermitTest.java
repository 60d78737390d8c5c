package fr.borne.store;

import fr.borne.booking.Booking;
import fr.borne.booking.BookingRequest;
import fr.borne.booking.BookingResult;
import fr.borne.booking.BookingStatus;
import fr.borne.booking.Channel;
import fr.borne.booking.Reason;
import fr.borne.permit.PermitKind;
import fr.borne.permit.PermitStatus;
import fr.borne.visitor.Visitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static fr.borne.store.TestReplica.NEXT_ROUND;
import static fr.borne.store.TestReplica.ROUND;
import static fr.borne.store.TestReplica.WEDNESDAY;
import static fr.borne.store.TestReplica.detainee;
import static fr.borne.store.TestReplica.visitor;
import static org.assertj.core.api.Assertions.assertThat;

/** P2, C8: each booking naming a provisional permit's holder uses one visit; a cancellation gives it back. */
class ProvisionalPermitTest {

    private static final String PROVISIONAL = "provisional";

    @TempDir
    Path dir;
    private Database database;
    private SqliteBookingService service;

    @BeforeEach
    void open() {
        database = Database.open(dir.resolve("replica.db"));
        TestReplica.load(database, 20, 1);
        database.write(c -> {
            new VisitorRepository(c).saveAll(List.of(new Visitor(PROVISIONAL, "Provisoire", "P", LocalDate.of(1975, 5, 5))));
            new PermitRepository(c).saveAll(List.of(
                    TestReplica.permit(PROVISIONAL, detainee(0), PermitKind.PROVISIONAL, 1, PermitStatus.ACTIVE)));
            return null;
        });
        service = new SqliteBookingService(database, TestReplica.ESTABLISHMENT, TestReplica.clock());
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void C8_the_last_visit_is_used_then_given_back_by_cancellation() {
        Booking booking = done(service.confirm(null, request(ROUND, List.of(PROVISIONAL))));
        assertThat(remaining()).isZero();
        assertThat(service.confirm(null, request(NEXT_ROUND, List.of(PROVISIONAL))))
                .isInstanceOfSatisfying(BookingResult.Refused.class,
                        r -> assertThat(r.decision().reasons()).contains(Reason.PROVISIONAL_PERMIT_USED_UP));

        Booking cancelled = done(service.cancel(booking.id(), PROVISIONAL));

        assertThat(cancelled.status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(remaining()).isEqualTo(1);
        assertThat(service.confirm(null, request(NEXT_ROUND, List.of(PROVISIONAL)))).isInstanceOf(BookingResult.Done.class);
    }

    @Test
    void C8_taking_a_companion_off_a_booking_gives_their_visit_back_and_adding_one_uses_it() {
        Booking booking = done(service.confirm(null, request(ROUND, List.of(visitor(0), PROVISIONAL))));
        assertThat(remaining()).isZero();

        Booking alone = done(service.changeVisitors(booking.id(), visitor(0), List.of(visitor(0))));
        assertThat(alone.visitorIds()).containsExactly(visitor(0));
        assertThat(remaining()).isEqualTo(1);

        done(service.changeVisitors(booking.id(), visitor(0), List.of(visitor(0), PROVISIONAL)));
        assertThat(remaining()).isZero();
    }

    @Test
    void B3_B4_changes_and_cancellations_go_to_the_outbox_in_order_with_the_booking_as_it_then_stood() {
        Booking booking = done(service.confirm(null, request(ROUND, List.of(visitor(0)))));
        done(service.changeVisitors(booking.id(), visitor(0), List.of(visitor(0), PROVISIONAL)));
        done(service.cancel(booking.id(), visitor(0)));

        List<OutboxEntry> entries = database.read(c -> new OutboxRepository(c, new BookingJson()).ofBooking(booking.id()));

        assertThat(entries).extracting(OutboxEntry::kind)
                .containsExactly(OutboxKind.CREATE, OutboxKind.CHANGE_VISITORS, OutboxKind.CANCEL);
        assertThat(entries.get(0).booking()).isEqualTo(booking);
        assertThat(entries.get(1).booking().visitorIds()).containsExactly(visitor(0), PROVISIONAL);
        assertThat(entries.get(2).booking().status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(entries).allSatisfy(e -> assertThat(e.state()).isEqualTo(OutboxState.PENDING));
        assertThat(database.read(c -> new BookingRepository(c).find(booking.id())).orElseThrow().status())
                .isEqualTo(BookingStatus.CANCELLED);
    }

    @Test
    void B4_only_someone_named_in_the_booking_may_cancel_it() {
        Booking booking = done(service.confirm(null, request(ROUND, List.of(PROVISIONAL))));
        assertThat(service.cancel(booking.id(), "someone-else"))
                .isInstanceOfSatisfying(BookingResult.Refused.class,
                        r -> assertThat(r.decision().reasons()).contains(Reason.NOT_YOUR_BOOKING));
        assertThat(remaining()).isZero();
    }

    private static BookingRequest request(String round, List<String> visitors) {
        return new BookingRequest(visitors.get(0), detainee(0), round, WEDNESDAY, visitors, false, Channel.KIOSK);
    }

    private int remaining() {
        return database.read(c -> new PermitRepository(c).find(PROVISIONAL, detainee(0)).orElseThrow().remainingVisits());
    }

    private static Booking done(BookingResult result) {
        assertThat(result).isInstanceOf(BookingResult.Done.class);
        return ((BookingResult.Done) result).booking();
    }
}
