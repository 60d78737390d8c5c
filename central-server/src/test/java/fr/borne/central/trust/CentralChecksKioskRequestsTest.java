package fr.borne.central.trust;

import fr.borne.booking.BookingStatus;
import fr.borne.booking.Channel;
import fr.borne.booking.Reason;
import fr.borne.central.booking.OfflineOverrides;
import fr.borne.sync.AllotmentAnswer;
import fr.borne.sync.AllotmentClaim;
import fr.borne.sync.AllotmentRequest;
import fr.borne.sync.BookingAnswer;
import fr.borne.sync.CreateBooking;
import fr.borne.sync.Problem;
import fr.borne.sync.RefusalData;
import fr.borne.visitor.BadgeCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static fr.borne.central.trust.RunningCentral.CAPACITY;
import static fr.borne.central.trust.RunningCentral.ROUND;
import static fr.borne.central.trust.RunningCentral.booking;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 12, "What was seen": central checks what a kiosk tells it, and a kiosk acts only as itself. */
class CentralChecksKioskRequestsTest {

    @TempDir
    Path dir;

    private RunningCentral central;
    private Caller rouen;
    private Caller dijon;
    private Caller admin;

    @BeforeEach
    void start() {
        central = new RunningCentral(dir);
        rouen = central.caller("rouen-1");
        dijon = central.caller("dijon-1");
        admin = central.caller("admin");
    }

    @AfterEach
    void stop() {
        central.close();
    }

    @Test
    void B5_offline_confirmations_without_a_held_seat_do_not_overbook_a_round() {
        List<List<String>> pairs = central.rouenPermits(25);
        assertThat(pairs).hasSize(25);
        for (List<String> pair : pairs) {
            CreateBooking claimed = booking(pair.get(0), pair.get(1), ROUND, central.wednesday, true);
            assertThat(rouen.send("POST", "/v1/bookings", claimed.booking().id().toString(), claimed).status())
                    .isEqualTo(200);
        }
        assertThat(central.confirmedSeats(ROUND, central.wednesday)).isLessThanOrEqualTo(CAPACITY);
    }

    @Test
    void P3_an_offline_confirmation_for_a_suspended_visitor_without_a_held_seat_is_refused() {
        CreateBooking suspended = booking("v-1010", "d-2006", ROUND, central.wednesday, true);

        BookingAnswer answer = rouen.send("POST", "/v1/bookings", "k1", suspended).as(BookingAnswer.class);

        assertThat(answer.accepted()).isFalse();
        assertThat(answer.refusals()).extracting(RefusalData::reason).contains(Reason.PERMIT_SUSPENDED);
    }

    @Test
    void an_offline_confirmation_on_a_held_seat_stands_once_and_staff_see_what_central_would_have_refused() {
        claim(rouen, 1);
        CreateBooking suspended = booking("v-1010", "d-2006", ROUND, central.wednesday, true);

        BookingAnswer honoured = rouen.send("POST", "/v1/bookings", "k1", suspended).as(BookingAnswer.class);
        BookingAnswer noSeat = rouen.send("POST", "/v1/bookings", "k2",
                booking("v-1010", "d-2006", ROUND, central.wednesday.plusDays(1), true)).as(BookingAnswer.class);

        assertThat(honoured.accepted()).isTrue();
        assertThat(noSeat.accepted()).as("no seat held on that day: decided by the rules").isFalse();
        OfflineOverrides.Override[] overrides = admin.get("/v1/admin/offline-overrides")
                .as(OfflineOverrides.Override[].class);
        assertThat(overrides).singleElement().satisfies(o -> {
            assertThat(o.bookingId()).isEqualTo(suspended.booking().id());
            assertThat(o.kioskId()).isEqualTo("rouen-1");
            assertThat(o.refusals()).extracting(RefusalData::reason).contains(Reason.PERMIT_SUSPENDED);
        });
        assertThat(rouen.get("/v1/admin/offline-overrides").status()).isEqualTo(403);
    }

    @Test
    void P1_an_offline_confirmation_naming_someone_without_a_permit_is_decided_by_the_rules_even_on_a_held_seat() {
        claim(rouen, 1);
        CreateBooking stranger = booking("v-1013", "d-2006", ROUND, central.wednesday, true);
        // the demo's own bookings may fall on that Wednesday, depending on today's date
        int seatsBefore = central.confirmedSeats(ROUND, central.wednesday);

        BookingAnswer answer = rouen.send("POST", "/v1/bookings", "k1", stranger).as(BookingAnswer.class);

        assertThat(answer.accepted()).isFalse();
        assertThat(answer.refusals()).extracting(RefusalData::reason).contains(Reason.NO_PERMIT);
        assertThat(central.confirmedSeats(ROUND, central.wednesday)).as("no seat taken").isEqualTo(seatsBefore);
    }

    @Test
    void B3_a_change_said_to_be_decided_at_the_kiosk_is_checked_under_central_rules() {
        UUID gerard = central.bookingOf("d-2008", Channel.KIOSK);
        String body = "{\"actorId\":\"v-1014\",\"visitorIds\":[\"v-1014\",\"v-1013\",\"v-1010\"],\"decidedAtKiosk\":true}";

        Caller.Answer answer = rouen.send("PATCH", "/v1/bookings/" + gerard, "c1", body);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.as(BookingAnswer.class).accepted()).isFalse();
        assertThat(central.visitorsOf(gerard)).containsExactly("v-1014", "v-1015");
    }

    @Test
    void B4_a_cancellation_said_to_be_decided_at_the_kiosk_needs_someone_the_booking_names() {
        UUID gerard = central.bookingOf("d-2008", Channel.KIOSK);

        Caller.Answer answer = rouen.send("DELETE", "/v1/bookings/" + gerard, "d1",
                "{\"actorId\":\"v-1001\",\"decidedAtKiosk\":true}");

        assertThat(answer.as(BookingAnswer.class).refusals()).extracting(RefusalData::reason)
                .contains(Reason.NOT_YOUR_BOOKING);
        assertThat(central.status(gerard)).isEqualTo(BookingStatus.CONFIRMED);
    }

    @Test
    void B11_a_kiosk_of_another_establishment_cancels_only_for_the_visitor_whose_badge_it_has_just_read() {
        UUID phoneBooking = central.bookingOf("d-2003", Channel.PHONE);
        String cancel = "{\"actorId\":\"v-1007\"}";

        Caller.Answer blind = dijon.send("DELETE", "/v1/bookings/" + phoneBooking, "x1", cancel);
        assertThat(blind.status()).isEqualTo(403);
        assertThat(blind.as(Problem.class).code()).isEqualTo(Problem.WRONG_ESTABLISHMENT);
        assertThat(central.status(phoneBooking)).isEqualTo(BookingStatus.CONFIRMED);

        Caller.Answer otherVisitor = dijon.get("/v1/remote/badges/" + BadgeCode.hash("DEMO-0001"));
        dijon.withSession(otherVisitor.headers().get("Borne-Visitor-Session"));
        assertThat(dijon.send("DELETE", "/v1/bookings/" + phoneBooking, "x2", cancel).status())
                .as("a session for another visitor").isEqualTo(403);

        Caller.Answer nathalie = dijon.get("/v1/remote/badges/" + BadgeCode.hash("DEMO-0007"));
        dijon.withSession(nathalie.headers().get("Borne-Visitor-Session"));
        assertThat(dijon.send("DELETE", "/v1/bookings/" + phoneBooking, "x3", cancel).as(BookingAnswer.class)
                .accepted()).isTrue();

        assertThat(dijon.send("DELETE", "/v1/remote/session", null, "").status()).isEqualTo(204);
        assertThat(dijon.get("/v1/remote/detainees/d-2003/availability?visitor=v-1007").status())
                .as("the session ended with the kiosk's").isEqualTo(404);
    }

    @Test
    void B11_badge_look_ups_are_rate_limited_per_kiosk_and_availability_needs_the_visitors_session() {
        assertThat(dijon.get("/v1/remote/detainees/d-2001/availability?visitor=v-1001").status())
                .as("a permit exists, but this kiosk has not read that visitor's badge").isEqualTo(404);
        int[] statuses = new int[15];
        for (int i = 0; i < statuses.length; i++) {
            statuses[i] = dijon.get("/v1/remote/badges/" + BadgeCode.hash("GUESS-" + i)).status();
        }
        assertThat(Arrays.stream(statuses).filter(s -> s == 200).count()).isLessThanOrEqualTo(10);
        Caller.Answer refused = dijon.get("/v1/remote/badges/" + BadgeCode.hash("GUESS-X"));
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.headers().get("Retry-After")).isNotBlank();
        assertThat(rouen.get("/v1/remote/badges/" + BadgeCode.hash("DEMO-0013")).status())
                .as("another kiosk has its own bucket").isEqualTo(200);
    }

    @Test
    void a_claim_for_every_seat_gets_at_most_the_kiosks_share_of_the_round() {
        AllotmentAnswer answer = claim(rouen, Integer.MAX_VALUE);

        assertThat(answer.totals()).singleElement().satisfies(t -> assertThat(t.granted()).isEqualTo(CAPACITY / 2));
    }

    private AllotmentAnswer claim(Caller kiosk, int seats) {
        Caller.Answer answer = kiosk.send("POST", "/v1/allotments", null, new AllotmentRequest(
                List.of(new AllotmentClaim(ROUND, central.wednesday, 0, seats))));
        assertThat(answer.status()).isEqualTo(200);
        return answer.as(AllotmentAnswer.class);
    }
}
