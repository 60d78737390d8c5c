package fr.borne.central.trust;

import fr.borne.booking.Channel;
import fr.borne.demo.Timetables;
import fr.borne.establishment.Round;
import fr.borne.store.Sql;
import fr.borne.sync.AllotmentAnswer;
import fr.borne.sync.AllotmentClaim;
import fr.borne.sync.AllotmentRequest;
import fr.borne.sync.BookingAnswer;
import fr.borne.sync.Change;
import fr.borne.sync.ChangePage;
import fr.borne.sync.CreateBooking;
import fr.borne.sync.Heartbeat;
import fr.borne.visitor.BadgeCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fr.borne.central.trust.RunningCentral.CAPACITY;
import static fr.borne.central.trust.RunningCentral.ROUND;
import static fr.borne.central.trust.RunningCentral.booking;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A kiosk that is cloned or stolen: a real HTTPS client with Rouen's valid certificate,
 * sending crafted requests. Central stays the authority: no round over capacity, no
 * booking naming someone without a permit, nothing of Dijon's reached.
 */
class MaliciousKioskEndToEndTest {

    @TempDir
    Path dir;

    private RunningCentral central;
    private Caller thief;

    @BeforeEach
    void start() {
        central = new RunningCentral(dir);
        thief = central.caller("rouen-1");
    }

    @AfterEach
    void stop() {
        central.close();
    }

    @Test
    void a_kiosk_with_a_valid_certificate_cannot_overbook_book_without_a_permit_or_reach_another_establishment() {
        AllotmentAnswer grabbed = thief.send("POST", "/v1/allotments", null, new AllotmentRequest(
                List.of(new AllotmentClaim(ROUND, central.wednesday, 0, Integer.MAX_VALUE)))).as(AllotmentAnswer.class);
        assertThat(grabbed.totals().get(0).granted()).as("at most its share").isLessThanOrEqualTo(CAPACITY / 2);

        List<List<String>> pairs = central.rouenPermits(40);
        List<UUID> sent = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            String visitor = i % 3 == 0 ? pairs.get((i + 1) % pairs.size()).get(0) : pairs.get(i).get(0);
            CreateBooking crafted = booking(visitor, pairs.get(i).get(1), ROUND, central.wednesday, true);
            sent.add(crafted.booking().id());
            assertThat(thief.send("POST", "/v1/bookings", crafted.booking().id().toString(), crafted).status())
                    .isEqualTo(200);
        }
        assertThat(central.confirmedSeats(ROUND, central.wednesday)).as("no overbooking").isLessThanOrEqualTo(CAPACITY);
        int withoutPermit = central.database.read(c -> Sql.count(c, """
                SELECT count(*) FROM booking b WHERE b.status = 'CONFIRMED' AND NOT EXISTS (
                    SELECT 1 FROM permit p WHERE p.visitor_id = b.booked_by AND p.detainee_id = b.detainee_id)"""));
        assertThat(withoutPermit).as("bookings naming someone no permit links to the detainee").isZero();

        CreateBooking dijonVisitor = booking("v-1013", "d-2007", dijonRound(), dijonDate(), false);
        assertThat(thief.send("POST", "/v1/bookings", "dv", dijonVisitor).status()).isEqualTo(403);
        UUID dijonBooking = bookAtDijon();
        assertThat(thief.send("DELETE", "/v1/bookings/" + dijonBooking, "dc", "{\"actorId\":\"v-1013\"}").status())
                .isEqualTo(403);
        assertThat(thief.send("PATCH", "/v1/bookings/" + dijonBooking, "dp",
                "{\"actorId\":\"v-1013\",\"visitorIds\":[\"v-1013\"]}").status()).isEqualTo(403);
        assertThat(thief.get("/v1/remote/detainees/d-2007/availability?visitor=v-1013").status()).isEqualTo(404);
        assertThat(thief.send("POST", "/v1/kiosks/dijon-1/heartbeat", null,
                new Heartbeat("x", "x", Map.of(), 0, null, Instant.now())).status()).isEqualTo(403);

        ChangePage feed = thief.get("/v1/changes?limit=5000").as(ChangePage.class);
        assertThat(feed.changes()).filteredOn(c -> c instanceof Change.DetaineeChanged d
                && !d.detainee().establishmentId().equals("rouen")).isEmpty();
        assertThat(feed.changes()).filteredOn(c -> c instanceof Change.BookingChanged b
                && b.booking().id().equals(dijonBooking)).isEmpty();

        int found = 0;
        for (int i = 0; i < 50; i++) {
            if (thief.get("/v1/remote/badges/" + BadgeCode.hash(String.format("D-%03d-1", i))).status() == 200) {
                found++;
            }
        }
        assertThat(found).as("badge codes walked through before the kiosk is stopped").isLessThanOrEqualTo(10);
    }

    private UUID bookAtDijon() {
        CreateBooking booking = booking("v-1013", "d-2007", dijonRound(), dijonDate(), false);
        BookingAnswer answer = central.caller("admin").send("POST", "/v1/admin/bookings",
                booking.booking().id().toString(), new CreateBooking(new fr.borne.sync.BookingData(
                        booking.booking().id(), "DIJ1", "v-1013", "d-2007", dijonRound(), null, dijonDate(),
                        List.of("v-1013"), fr.borne.booking.BookingStatus.CONFIRMED, Channel.PHONE, Instant.now()),
                        false)).as(BookingAnswer.class);
        assertThat(answer.accepted()).as("%s", answer.refusals()).isTrue();
        return booking.booking().id();
    }

    private LocalDate dijonDate() {
        LocalDate date = LocalDate.now(java.time.Clock.systemUTC()).plusDays(3);
        Round round = Timetables.dijonRounds().get(0);
        while (date.getDayOfWeek() != round.day()) {
            date = date.plusDays(1);
        }
        return date;
    }

    private String dijonRound() {
        return Timetables.dijonRounds().get(0).id();
    }
}
