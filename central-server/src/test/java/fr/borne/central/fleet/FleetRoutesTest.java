package fr.borne.central.fleet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.borne.central.TestCertificates;
import fr.borne.central.TlsCentral;
import fr.borne.demo.Timetables;
import fr.borne.store.Database;
import fr.borne.store.EstablishmentRepository;
import fr.borne.sync.SyncJson;
import fr.borne.testsupport.TestClock;
import jakarta.servlet.http.HttpServletRequest;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The fleet view through central's real HTTP server, with mutual TLS as in production. */
class FleetRoutesTest {

    private static final MediaType JSON = MediaType.get("application/json");
    private static final Instant START = Instant.parse("2026-11-23T13:00:00Z");

    @TempDir
    Path dir;

    private final ObjectMapper json = SyncJson.mapper();
    private final TestCertificates certificates = new TestCertificates();
    private final TestClock clock = TestClock.at(START, ZoneId.of("Europe/Paris"));
    private TlsCentral central;
    private Database database;
    private String base;

    @BeforeEach
    void start() {
        central = TlsCentral.start(dir.resolve("central.db"), clock, certificates, services -> {
            services.database().write(c -> {
                new EstablishmentRepository(c).save(Timetables.rouen());
                return null;
            });
            TlsCentral.register(services, "rouen-1", Timetables.ROUEN, "rouen-2", Timetables.ROUEN);
        });
        database = central.database();
        base = central.base();
    }

    @AfterEach
    void stop() {
        central.close();
    }

    @Test
    void the_administration_certificate_opens_the_fleet_page() throws IOException {
        try (Response response = get(certificates.admin(), "/fleet")) {
            assertThat(response.code()).isEqualTo(200);
            assertThat(response.header("Content-Type")).startsWith("text/html");
            assertThat(response.header("Content-Security-Policy")).contains("default-src 'none'");
            assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
            String html = response.body().string();
            assertThat(html).contains("data-kiosk=\"rouen-1\"").contains("data-kiosk=\"rouen-2\"")
                    .contains("Maison d&#39;arrêt de Rouen");
        }
        try (Response css = get(certificates.admin(), "/fleet/fleet.css")) {
            assertThat(css.code()).isEqualTo(200);
            assertThat(css.header("Content-Type")).startsWith("text/css");
            assertThat(css.body().string()).contains(".kiosk--stale");
        }
    }

    @Test
    void a_kiosk_certificate_is_refused_the_fleet_page_and_its_json() throws IOException {
        HeldCertificate kiosk = certificates.issue("rouen-1");
        for (String path : new String[] {"/fleet", "/fleet/kiosks.json", "/fleet/fleet.css"}) {
            try (Response response = get(kiosk, path)) {
                assertThat(response.code()).as(path).isEqualTo(403);
                assertThat(response.body().string()).as(path).contains("Réservé à l'administration")
                        .doesNotContain("rouen-2");
            }
        }
    }

    @Test
    void the_json_reports_what_the_last_heartbeat_said_and_whether_the_kiosk_is_stale() throws IOException {
        heartbeat("rouen-1", """
                {"agentVersion":"1.2.0","appVersion":"2.0.1","devices":{"printer":"PAPER_OUT","scanner":"CONNECTED"},
                 "queueDepth":4,"lastSync":"2026-11-23T12:59:30Z","sentAt":"2026-11-23T12:59:59Z","outOfService":true}""");
        clock.advance(java.time.Duration.ofMinutes(2));

        JsonNode fleet = fleetJson();
        assertThat(fleet.get("staleAfterSeconds").asLong()).isEqualTo(180);
        JsonNode first = kiosk(fleet, "rouen-1");
        assertThat(first.get("liveness").asText()).isEqualTo("LIVE");
        assertThat(first.get("stale").asBoolean()).isFalse();
        assertThat(first.get("lastHeartbeat").asText()).isEqualTo("2026-11-23T13:00:00Z");
        assertThat(first.get("silentForSeconds").asLong()).isEqualTo(120);
        assertThat(first.get("printer").get("status").asText()).isEqualTo("PAPER_OUT");
        assertThat(first.get("printer").get("tone").asText()).isEqualTo("FAULT");
        assertThat(first.get("outboxDepth").asInt()).isEqualTo(4);
        assertThat(first.get("outOfService").asBoolean()).isTrue();
        assertThat(first.get("establishmentName").asText()).isEqualTo("Maison d'arrêt de Rouen");
        assertThat(kiosk(fleet, "rouen-2").get("liveness").asText()).isEqualTo("NEVER_SEEN");

        clock.advance(java.time.Duration.ofMinutes(2));
        assertThat(kiosk(fleetJson(), "rouen-1").get("liveness").asText()).isEqualTo("STALE");
    }

    @Test
    void a_heartbeat_from_an_agent_that_does_not_report_the_service_switch_still_reads() throws IOException {
        heartbeat("rouen-2", """
                {"agentVersion":"1.0.0","appVersion":"1.0.0","devices":{},"queueDepth":0,
                 "lastSync":null,"sentAt":"2026-11-23T12:59:59Z"}""");

        JsonNode second = kiosk(fleetJson(), "rouen-2");
        assertThat(second.get("liveness").asText()).isEqualTo("LIVE");
        assertThat(second.get("outOfService").isNull()).isTrue();
        assertThat(second.get("printer").get("tone").asText()).isEqualTo("UNKNOWN");
    }

    @Test
    void without_tls_only_callers_on_this_machine_are_let_in() {
        FleetAccess access = FleetAccess.loopbackOnly();
        assertThat(access.allowed(from("127.0.0.1"))).isPresent();
        assertThat(access.allowed(from("::1"))).isPresent();
        assertThat(access.allowed(from("192.0.2.10"))).isEmpty();
    }

    private static HttpServletRequest from(String address) {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getRemoteAddr()).thenReturn(address);
        return request;
    }

    private void heartbeat(String kioskId, String body) throws IOException {
        OkHttpClient kiosk = certificates.client(certificates.issue(kioskId));
        Request request = new Request.Builder().url(base + "/v1/kiosks/" + kioskId + "/heartbeat")
                .post(RequestBody.create(body, JSON)).build();
        try (Response response = kiosk.newCall(request).execute()) {
            assertThat(response.code()).as(response.body().string()).isEqualTo(200);
        }
    }

    private JsonNode fleetJson() throws IOException {
        try (Response response = get(certificates.admin(), "/fleet/kiosks.json")) {
            assertThat(response.code()).isEqualTo(200);
            return json.readTree(response.body().string());
        }
    }

    private static JsonNode kiosk(JsonNode fleet, String kioskId) {
        for (JsonNode kiosk : fleet.get("kiosks")) {
            if (kiosk.get("kioskId").asText().equals(kioskId)) {
                return kiosk;
            }
        }
        throw new AssertionError("no kiosk " + kioskId + " in " + fleet);
    }

    private Response get(HeldCertificate identity, String path) throws IOException {
        return certificates.client(identity).newCall(new Request.Builder().url(base + path).build()).execute();
    }
}
