package fr.borne.central.trust;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.borne.sync.SyncJson;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okio.BufferedSink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 12: limits, and a 4xx problem for every malformed request, never a 500 or a Java type. */
class MalformedRequestsTest {

    private static final MediaType JSON = MediaType.get("application/json");

    @TempDir
    Path dir;

    private final ObjectMapper json = SyncJson.mapper();
    private RunningCentral central;
    private Caller rouen;

    @BeforeEach
    void start() {
        central = new RunningCentral(dir);
        rouen = central.caller("rouen-1");
    }

    @AfterEach
    void stop() {
        central.close();
    }

    @Test
    void null_booking_null_bookedBy_and_null_claim_date_are_problems_not_server_errors() throws IOException {
        assertProblem(rouen.send("POST", "/v1/bookings", "n1", "{\"booking\":null,\"allotted\":true}"), 400);
        String noBookedBy = "{\"booking\":{\"id\":\"" + UUID.randomUUID() + "\",\"reference\":\"R1\",\"bookedBy\":null,"
                + "\"detaineeId\":\"d-2001\",\"roundId\":\"rouen-wed-1415\",\"date\":\"" + central.wednesday
                + "\",\"visitorIds\":[\"v-1001\"],\"channel\":\"KIOSK\",\"createdAt\":\"2026-11-23T09:00:00Z\"},"
                + "\"allotted\":false}";
        assertProblem(rouen.send("POST", "/v1/bookings", "n2", noBookedBy), 400);
        assertProblem(rouen.send("POST", "/v1/allotments", null,
                "{\"claims\":[{\"roundId\":\"rouen-wed-1415\",\"date\":null,\"returned\":0,\"wantFree\":1}]}"), 400);
        assertProblem(rouen.send("PATCH", "/v1/bookings/" + UUID.randomUUID(), "n3", "[1,2]"), 400);
        assertProblem(rouen.send("DELETE", "/v1/bookings/not-a-uuid", "n4", "{\"actorId\":\"v-1\"}"), 400);
    }

    @Test
    void a_nul_character_in_a_body_or_a_query_is_a_problem_on_every_database() throws IOException {
        String nulInId = "{\"booking\":{\"id\":\"" + UUID.randomUUID() + "\",\"reference\":\"R1\","
                + "\"bookedBy\":\"v-1001\\u0000\",\"detaineeId\":\"d-2001\",\"roundId\":\"rouen-wed-1415\","
                + "\"date\":\"" + central.wednesday + "\",\"visitorIds\":[\"v-1001\"],\"channel\":\"KIOSK\","
                + "\"createdAt\":\"2026-11-23T09:00:00Z\"},\"allotted\":false}";
        assertProblem(rouen.send("POST", "/v1/bookings", "nul1", nulInId), 400);
        assertProblem(rouen.get("/v1/remote/detainees/d-2001/availability?visitor=v-1001%00"), 400);
    }

    @Test
    void a_foreign_key_failure_is_a_conflict_not_a_server_error() throws IOException {
        Caller admin = central.caller("admin");
        assertProblem(admin.send("POST", "/v1/admin/kiosks", null,
                "{\"kioskId\":\"lyon-1\",\"establishmentId\":\"lyon\"}"), 409);
    }

    @Test
    void a_chunked_body_over_the_limit_is_refused_as_it_streams_in() throws IOException {
        RequestBody endless = new RequestBody() {
            @Override
            public MediaType contentType() {
                return JSON;
            }

            @Override
            public long contentLength() {
                return -1;
            }

            @Override
            public void writeTo(BufferedSink sink) throws IOException {
                byte[] chunk = new byte[64 * 1024];
                Arrays.fill(chunk, (byte) ' ');
                sink.writeUtf8("{\"claims\":[");
                for (int i = 0; i < 32; i++) {
                    sink.write(chunk);
                }
                sink.writeUtf8("]}");
            }
        };
        Caller.Answer answer;
        try {
            answer = rouen.send(new Request.Builder().url(central.base + "/v1/allotments").post(endless));
        } catch (java.io.UncheckedIOException closedWhileSending) {
            answer = null;
        }
        if (answer != null) {
            assertProblem(answer, 413);
        }
        assertThat(rouen.get("/v1/changes?limit=1").status()).as("central still answers").isEqualTo(200);
    }

    @Test
    void a_declared_body_over_the_limit_is_refused() throws IOException {
        String large = "{\"claims\":[" + " ".repeat(1_100_000) + "]}";
        Caller.Answer answer;
        try {
            answer = rouen.send("POST", "/v1/allotments", null, large);
        } catch (java.io.UncheckedIOException closedWhileSending) {
            answer = null;
        }
        if (answer != null) {
            assertProblem(answer, 413);
        }
        assertThat(rouen.get("/v1/changes?limit=1").status()).as("central still answers").isEqualTo(200);
    }

    @Test
    void deep_json_and_long_strings_are_refused() throws IOException {
        String deep = "[".repeat(5_000) + "]".repeat(5_000);
        assertProblem(rouen.send("POST", "/v1/allotments", null, deep), 400);
        String longId = "{\"actorId\":\"" + "x".repeat(10_000) + "\",\"visitorIds\":[]}";
        assertProblem(rouen.send("PATCH", "/v1/bookings/" + UUID.randomUUID(), "l1", longId), 400);
    }

    @Test
    void unknown_paths_and_methods_are_problems_and_no_server_version_is_sent() throws IOException {
        Caller.Answer missing = rouen.get("/v1/nothing-here");
        assertProblem(missing, 404);
        assertThat(missing.headers().get("Server")).isNull();
        assertProblem(rouen.send("PUT", "/v1/bookings", "p1", "{}"), 405);
    }

    private void assertProblem(Caller.Answer answer, int status) throws IOException {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().get("Content-Type")).startsWith("application/problem+json");
        JsonNode body = json.readTree(answer.body().getBytes(StandardCharsets.UTF_8));
        assertThat(body.path("type").asText()).startsWith("urn:borne:problem:");
        assertThat(body.path("code").asText()).isNotBlank();
        assertThat(answer.body()).doesNotContain("java.", "fr.borne", "Exception", "jetty");
        assertThat(answer.headers().get("Server")).isNull();
    }
}
