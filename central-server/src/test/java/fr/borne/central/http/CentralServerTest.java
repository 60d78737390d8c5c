package fr.borne.central.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.borne.booking.BookingStatus;
import fr.borne.booking.Channel;
import fr.borne.central.DemoLoader;
import fr.borne.central.TestCertificates;
import fr.borne.central.TlsCentral;
import fr.borne.central.audit.KioskAuditLog;
import fr.borne.store.Database;
import fr.borne.store.Sql;
import fr.borne.sync.AuditBatch;
import fr.borne.sync.AuditReceipt;
import fr.borne.sync.AuditRecord;
import fr.borne.sync.BookingAnswer;
import fr.borne.sync.BookingData;
import fr.borne.sync.Change;
import fr.borne.sync.ChangePage;
import fr.borne.sync.CreateBooking;
import fr.borne.sync.Problem;
import fr.borne.sync.SyncJson;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CentralServerTest {

    private static final MediaType JSON = MediaType.get("application/json");

    @TempDir
    Path dir;

    private final ObjectMapper json = SyncJson.mapper();
    private final TestCertificates certificates = new TestCertificates();
    private TlsCentral central;
    private Database database;
    private String base;

    @BeforeEach
    void start() {
        central = TlsCentral.start(dir.resolve("central.db"), Clock.systemUTC(), certificates, services -> {
            DemoLoader.load(services);
            TlsCentral.register(services, "rouen-1", "rouen", "rouen-2", "rouen");
        });
        database = central.database();
        base = central.base();
    }

    @AfterEach
    void stop() {
        central.close();
    }

    @Test
    void the_feed_serves_a_kiosk_its_establishment_and_every_establishments_public_details() throws IOException {
        OkHttpClient kiosk = certificates.client(certificates.issue("rouen-1"));
        try (Response response = kiosk.newCall(new Request.Builder().url(base + "/v1/changes?limit=100000").build())
                .execute()) {
            assertThat(response.code()).isEqualTo(200);
            ChangePage page = json.readValue(response.body().string(), ChangePage.class);
            assertThat(page.changes()).isNotEmpty();
            assertThat(page.changes()).filteredOn(c -> c instanceof Change.DetaineeChanged)
                    .allSatisfy(c -> assertThat(((Change.DetaineeChanged) c).detainee().establishmentId())
                            .isEqualTo("rouen"));
            // T5, B11: every kiosk knows whom to call at every establishment, with its postal address and hours
            assertThat(page.changes()).filteredOn(c -> c instanceof Change.EstablishmentChanged)
                    .extracting(c -> ((Change.EstablishmentChanged) c).establishment())
                    .containsExactlyInAnyOrder(fr.borne.demo.Timetables.rouen(), fr.borne.demo.Timetables.dijon());
        }
    }

    @Test
    void a_caller_without_a_certificate_is_turned_away() {
        OkHttpClient anonymous = certificates.client(null);
        assertThatThrownBy(() -> {
            try (Response response = anonymous.newCall(new Request.Builder().url(base + "/v1/changes").build())
                    .execute()) {
                response.body().string();
            }
        }).isInstanceOf(IOException.class);
    }

    @Test
    void an_unregistered_kiosk_is_forbidden() throws IOException {
        OkHttpClient stranger = certificates.client(certificates.issue("nobody"));
        try (Response response = stranger.newCall(new Request.Builder().url(base + "/v1/changes").build()).execute()) {
            assertThat(response.code()).isEqualTo(403);
            assertThat(json.readValue(response.body().string(), Problem.class).code()).isEqualTo(Problem.UNKNOWN_KIOSK);
        }
    }

    @Test
    void B10_a_retried_booking_gets_the_first_answer_and_a_reused_key_is_refused() throws IOException {
        OkHttpClient kiosk = certificates.client(certificates.issue("rouen-1"));
        BookingData booking = someBookableRequest();
        String body = json.writeValueAsString(new CreateBooking(booking, false));

        BookingAnswer first = post(kiosk, booking.id().toString(), body);
        BookingAnswer again = post(kiosk, booking.id().toString(), body);

        assertThat(again).isEqualTo(first);
        int stored = database.read(c -> Sql.count(c, "SELECT count(*) FROM booking WHERE id = ?", booking.id()));
        assertThat(stored).isEqualTo(first.accepted() ? 1 : 0);

        BookingData other = new BookingData(booking.id(), booking.reference(), booking.bookedBy(),
                booking.detaineeId(), booking.roundId(), null, booking.date().plusDays(7), booking.visitorIds(),
                BookingStatus.CONFIRMED, Channel.KIOSK, booking.createdAt());
        try (Response response = kiosk.newCall(new Request.Builder().url(base + "/v1/bookings")
                .header("Idempotency-Key", booking.id().toString())
                .post(RequestBody.create(json.writeValueAsString(new CreateBooking(other, false)), JSON))
                .build()).execute()) {
            assertThat(response.code()).isEqualTo(422);
            assertThat(json.readValue(response.body().string(), Problem.class).code())
                    .isEqualTo(Problem.IDEMPOTENCY_KEY_REUSED);
        }
    }

    @Test
    void audit_entries_are_kept_once_per_kiosk_and_entry_number() throws IOException {
        OkHttpClient first = certificates.client(certificates.issue("rouen-1"));
        OkHttpClient second = certificates.client(certificates.issue("rouen-2"));
        Instant at = Instant.parse("2026-11-23T09:15:00Z");
        AuditBatch batch = new AuditBatch(List.of(
                new AuditRecord(1, "tech-7", "SIGN_IN", "signed in", at),
                new AuditRecord(2, "tech-7", "OUT_OF_SERVICE_ON", "out of service: printer jammed", at.plusSeconds(40))));

        assertThat(audit(first, "rouen-1", batch)).isEqualTo(new AuditReceipt("rouen-1", 2, 2));
        assertThat(audit(first, "rouen-1", batch)).as("delivered again").isEqualTo(new AuditReceipt("rouen-1", 2, 0));
        assertThat(audit(second, "rouen-2", new AuditBatch(List.of(batch.entries().get(0)))))
                .as("the same number at another kiosk").isEqualTo(new AuditReceipt("rouen-2", 1, 1));

        List<KioskAuditLog.Stored> stored = database.read(c -> new KioskAuditLog().of(c, "rouen-1"));
        assertThat(stored).extracting(KioskAuditLog.Stored::localId, KioskAuditLog.Stored::action,
                        KioskAuditLog.Stored::detail, KioskAuditLog.Stored::at)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, "SIGN_IN", "signed in", at),
                        org.assertj.core.groups.Tuple.tuple(2L, "OUT_OF_SERVICE_ON", "out of service: printer jammed",
                                at.plusSeconds(40)));
        List<KioskAuditLog.Stored> ofSecond = database.read(c -> new KioskAuditLog().of(c, "rouen-2"));
        assertThat(ofSecond).hasSize(1);
    }

    @Test
    void an_audit_batch_for_another_kiosk_or_out_of_shape_is_refused_and_nothing_is_kept() throws IOException {
        OkHttpClient kiosk = certificates.client(certificates.issue("rouen-1"));
        Instant at = Instant.parse("2026-11-23T09:15:00Z");
        AuditBatch fine = new AuditBatch(List.of(new AuditRecord(1, "tech-7", "SIGN_IN", "signed in", at)));
        AuditBatch lowerCase = new AuditBatch(List.of(new AuditRecord(1, "tech-7", "SIGN_IN", "signed in", at),
                new AuditRecord(2, "tech-7", "drop table", "x", at)));

        assertThat(postAudit(kiosk, "rouen-2", json.writeValueAsString(fine)).status()).isEqualTo(403);
        Answer refused = postAudit(kiosk, "rouen-1", json.writeValueAsString(lowerCase));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(json.readValue(refused.body(), Problem.class).message()).contains("entry 2", "action");
        assertThat(postAudit(kiosk, "rouen-1", "{\"entries\": [{\"id\": 3}]}").status()).isEqualTo(400);

        int kept = database.read(c -> Sql.count(c, "SELECT count(*) FROM central_audit"));
        assertThat(kept).isZero();
    }

    private record Answer(int status, String body) {
    }

    private AuditReceipt audit(OkHttpClient client, String kioskId, AuditBatch batch) throws IOException {
        Answer answer = postAudit(client, kioskId, json.writeValueAsString(batch));
        assertThat(answer.status()).isEqualTo(200);
        return json.readValue(answer.body(), AuditReceipt.class);
    }

    private Answer postAudit(OkHttpClient client, String kioskId, String body) throws IOException {
        try (Response response = client.newCall(new Request.Builder().url(base + "/v1/kiosks/" + kioskId + "/audit")
                .post(RequestBody.create(body, JSON)).build()).execute()) {
            return new Answer(response.code(), response.body().string());
        }
    }

    private BookingAnswer post(OkHttpClient client, String key, String body) throws IOException {
        try (Response response = client.newCall(new Request.Builder().url(base + "/v1/bookings")
                .header("Idempotency-Key", key).post(RequestBody.create(body, JSON)).build()).execute()) {
            assertThat(response.code()).isEqualTo(200);
            return json.readValue(response.body().string(), BookingAnswer.class);
        }
    }

    /** An active permit of Rouen and the first Wednesday round more than 3 days away. */
    private BookingData someBookableRequest() {
        List<String> pair = database.read(c -> Sql.one(c, """
                SELECT p.visitor_id, p.detainee_id FROM permit p JOIN detainee d ON d.id = p.detainee_id
                JOIN visitor v ON v.id = p.visitor_id
                WHERE d.establishment_id = 'rouen' AND p.status = 'ACTIVE' AND p.kind = 'PERMANENT'
                  AND v.birth_date < '2000-01-01' ORDER BY p.id LIMIT 1""",
                row -> List.of(row.getString(1), row.getString(2))).orElseThrow());
        LocalDate date = LocalDate.now().plusDays(4);
        while (date.getDayOfWeek() != java.time.DayOfWeek.WEDNESDAY) {
            date = date.plusDays(1);
        }
        return new BookingData(UUID.randomUUID(), "T" + System.nanoTime() % 100000, pair.get(0), pair.get(1),
                "rouen-wed-1415", null, date, List.of(pair.get(0)), BookingStatus.CONFIRMED, Channel.KIOSK,
                Instant.now());
    }
}
