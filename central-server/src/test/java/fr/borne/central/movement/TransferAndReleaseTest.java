package fr.borne.central.movement;

import com.fasterxml.jackson.databind.JsonNode;
import fr.borne.booking.BookingStatus;
import fr.borne.central.CentralServerMain;
import fr.borne.central.notice.StaffCentralAccess;
import fr.borne.permit.PermitStatus;
import fr.borne.store.DetaineeRepository;
import fr.borne.store.PermitRepository;
import fr.borne.visitor.BadgeCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** B14 at central: transfers and releases, by the admin API and by borne-central's commands. */
class TransferAndReleaseTest {

    static final LocalDate THU_3_DEC = LocalDate.of(2026, 12, 3);
    static final LocalDate FRI_4_DEC = LocalDate.of(2026, 12, 4);
    static final LocalDate WED_2_DEC = LocalDate.of(2026, 12, 2);

    @TempDir
    Path dir;
    StaffCentralAccess central;

    @BeforeEach
    void start() {
        central = new StaffCentralAccess(dir);
    }

    @AfterEach
    void stop() {
        central.close();
    }

    @Test
    void B14_P2_B11_a_transfer_Rouen_to_Dijon_cancels_the_Rouen_bookings_and_the_detainee_is_booked_at_Dijon() {
        int seatsBefore = central.confirmedSeats("rouen-thu-0915", THU_3_DEC);
        UUID thursday = central.book("rouen-1", "v-1001", "d-2001", "rouen-thu-0915", THU_3_DEC);
        UUID friday = central.book("rouen-1", "v-1001", "d-2001", "rouen-fri-0915", FRI_4_DEC);
        assertThat(central.confirmedSeats("rouen-thu-0915", THU_3_DEC)).isEqualTo(seatsBefore + 1);

        var answer = central.call("admin", "POST", "/v1/admin/detainees/d-2001/transfer",
                Map.of("toEstablishmentId", "dijon", "date", "2026-11-23"));

        assertThat(answer.status()).isEqualTo(200);
        JsonNode body = central.tree(answer);
        assertThat(body.path("cancelledBookings").toString()).contains(thursday.toString(), friday.toString());
        assertThat(body.path("inEffect").asBoolean()).isTrue();
        assertThat(central.status(thursday)).isEqualTo(BookingStatus.CANCELLED_BY_TRANSFER);
        assertThat(central.status(friday)).isEqualTo(BookingStatus.CANCELLED_BY_TRANSFER);
        assertThat(central.confirmedSeats("rouen-thu-0915", THU_3_DEC)).isEqualTo(seatsBefore);
        assertThat(central.database().read(c -> new DetaineeRepository(c).find("d-2001")).orElseThrow()
                .establishmentId()).isEqualTo("dijon");
        // P2: the permanent permit follows the detainee
        assertThat(central.database().read(c -> new PermitRepository(c).find("v-1001", "d-2001")).orElseThrow()
                .status()).isEqualTo(PermitStatus.ACTIVE);
        // Rouen's kiosks: the cancellations, then where the detainee went
        assertThat(central.feedBodies("rouen", "booking")).anyMatch(b -> b.contains(thursday.toString())
                && b.contains("CANCELLED_BY_TRANSFER"));
        assertThat(central.feedBodies("rouen", "detainee").get(central.feedBodies("rouen", "detainee").size() - 1))
                .contains("\"dijon\"");
        // Dijon's kiosks: the detainee, and the visitors with their permits and badges
        assertThat(central.feedBodies("dijon", "detainee")).anyMatch(b -> b.contains("d-2001"));
        assertThat(central.feedBodies("dijon", "visitor")).anyMatch(b -> b.contains("v-1001"));
        assertThat(central.feedBodies("dijon", "permit")).anyMatch(b -> b.contains("v-1001") && b.contains("d-2001"));

        // at Dijon's kiosk the detainee is Dijon's own
        UUID atDijon = central.book("dijon-1", "v-1001", "d-2001", "dijon-wed-1330", WED_2_DEC);
        assertThat(central.status(atDijon)).isEqualTo(BookingStatus.CONFIRMED);
        // at a Rouen kiosk, through central, in the session the badge opened (B11)
        var lookUp = central.call("rouen-1", "GET", "/v1/remote/badges/" + BadgeCode.hash("DEMO-0001"), null);
        assertThat(lookUp.status()).isEqualTo(200);
        String session = lookUp.visitorSession();
        assertThat(session).isNotBlank();
        UUID fromRouen = central.book("rouen-1", "v-1001", "d-2001", "dijon-fri-1330", FRI_4_DEC, session);
        assertThat(central.status(fromRouen)).isEqualTo(BookingStatus.CONFIRMED);
    }

    @Test
    void B14_P2_C8_a_provisional_permit_ends_with_the_transfer_and_its_visit_is_given_back_first() {
        int before = central.database().read(c -> new PermitRepository(c).find("v-1005", "d-2002")).orElseThrow()
                .remainingVisits();
        UUID booking = central.book("rouen-1", "v-1005", "d-2002", "rouen-thu-0915", THU_3_DEC);
        assertThat(central.database().read(c -> new PermitRepository(c).find("v-1005", "d-2002")).orElseThrow()
                .remainingVisits()).isEqualTo(before - 1);

        central.call("admin", "POST", "/v1/admin/detainees/d-2002/transfer",
                Map.of("toEstablishmentId", "dijon", "date", "2026-11-23"));

        var permit = central.database().read(c -> new PermitRepository(c).find("v-1005", "d-2002")).orElseThrow();
        assertThat(central.status(booking)).isEqualTo(BookingStatus.CANCELLED_BY_TRANSFER);
        assertThat(permit.remainingVisits()).isEqualTo(before);
        assertThat(permit.status()).isEqualTo(PermitStatus.WITHDRAWN);
    }

    @Test
    void B14_a_transfer_on_a_later_date_cancels_from_that_date_and_moves_the_detainee_on_the_day() {
        UUID before = central.book("rouen-1", "v-1001", "d-2001", "rouen-wed-0915", WED_2_DEC);
        UUID from = central.book("rouen-1", "v-1001", "d-2001", "rouen-fri-0915", FRI_4_DEC);

        var answer = central.call("admin", "POST", "/v1/admin/detainees/d-2001/transfer",
                Map.of("toEstablishmentId", "dijon", "date", "2026-12-03"));

        assertThat(central.tree(answer).path("inEffect").asBoolean()).isFalse();
        assertThat(central.status(before)).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(central.status(from)).isEqualTo(BookingStatus.CANCELLED_BY_TRANSFER);
        assertThat(detaineeAt()).isEqualTo("rouen");

        central.clock().advance(Duration.ofDays(10));
        central.database().write(c -> central.services().movements().applyDue(c, central.clock().instant()));
        assertThat(detaineeAt()).isEqualTo("dijon");
    }

    @Test
    void B14_a_release_cancels_the_bookings_from_its_date_and_ends_the_permits() {
        java.util.List<UUID> booked = central.database().read(c -> new fr.borne.store.BookingRepository(c)
                .confirmedOfDetainee("d-2003", LocalDate.of(2026, 11, 23), LocalDate.of(2027, 1, 1)))
                .stream().map(fr.borne.booking.Booking::id).toList();
        assertThat(booked).as("the demo data books Thierry Leroux's visits this week").isNotEmpty();

        var answer = central.call("admin", "POST", "/v1/admin/detainees/d-2003/release", Map.of("date", "2026-11-23"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(booked).allMatch(id -> central.status(id) == BookingStatus.CANCELLED_BY_RELEASE);
        java.util.List<fr.borne.permit.Permit> permits =
                central.database().read(c -> new PermitRepository(c).ofDetainee("d-2003"));
        assertThat(permits).isNotEmpty().allMatch(p -> p.status() == PermitStatus.WITHDRAWN);
    }

    @Test
    void B14_bad_calls_get_a_problem_and_change_nothing() {
        UUID booking = central.book("rouen-1", "v-1001", "d-2001", "rouen-thu-0915", THU_3_DEC);

        var unknown = central.call("admin", "POST", "/v1/admin/detainees/nobody/transfer",
                Map.of("toEstablishmentId", "dijon", "date", "2026-11-23"));
        var nowhere = central.call("admin", "POST", "/v1/admin/detainees/d-2001/transfer",
                Map.of("toEstablishmentId", "atlantis", "date", "2026-11-23"));
        var same = central.call("admin", "POST", "/v1/admin/detainees/d-2001/transfer",
                Map.of("toEstablishmentId", "rouen", "date", "2026-11-23"));
        var noDate = central.call("admin", "POST", "/v1/admin/detainees/d-2001/release", Map.of());
        var badDate = central.call("admin", "POST", "/v1/admin/detainees/d-2001/release", Map.of("date", "soon"));
        var byKiosk = central.call("rouen-1", "POST", "/v1/admin/detainees/d-2001/release", Map.of("date", "2026-11-23"));

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(nowhere.status()).isEqualTo(404);
        assertThat(same.status()).isEqualTo(422);
        assertThat(noDate.status()).isEqualTo(400);
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(byKiosk.status()).isEqualTo(403);
        assertThat(java.util.List.of(unknown, nowhere, same, noDate, badDate, byKiosk))
                .allMatch(a -> a.contentType().startsWith("application/problem+json"));
        assertThat(central.status(booking)).isEqualTo(BookingStatus.CONFIRMED);
        assertThat(detaineeAt()).isEqualTo("rouen");
    }

    @Test
    void B14_borne_central_detainee_transfer_and_closure_add_work_on_central_s_file() {
        central.close();
        Path db = dir.resolve("central.db");
        int transfer = CentralServerMain.commandLine(new CentralServerMain())
                .execute("detainee", "transfer", "d-2001", "--to", "dijon", "--date", "2026-11-23", "--db", db.toString());
        int unknown = CentralServerMain.commandLine(new CentralServerMain())
                .execute("detainee", "release", "nobody", "--date", "2026-11-23", "--db", db.toString());
        int closure = CentralServerMain.commandLine(new CentralServerMain())
                .execute("closure", "add", "--establishment", "rouen", "--date", "2026-12-03", "--db", db.toString());

        assertThat(transfer).isZero();
        assertThat(unknown).isEqualTo(1);
        assertThat(closure).isZero();
        try (var database = fr.borne.central.CentralDatabase.open(db)) {
            assertThat(database.read(c -> new DetaineeRepository(c).find("d-2001")).orElseThrow().establishmentId())
                    .isEqualTo("dijon");
            int closures = database.read(c -> fr.borne.store.Sql.count(c,
                    "SELECT count(*) FROM closure WHERE establishment_id = 'rouen' AND date = '2026-12-03'"));
            assertThat(closures).isEqualTo(1);
        }
    }

    private String detaineeAt() {
        return central.database().read(c -> new DetaineeRepository(c).find("d-2001")).orElseThrow().establishmentId();
    }
}
