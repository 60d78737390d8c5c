package fr.borne.central.remote;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.borne.central.TestDatabases;
import fr.borne.central.CentralServices;
import fr.borne.central.DemoLoader;
import fr.borne.central.TestCertificates;
import fr.borne.central.session.VisitorSessions;
import fr.borne.central.http.CentralServer;
import fr.borne.store.Database;
import fr.borne.sync.Problem;
import fr.borne.sync.SyncJson;
import fr.borne.sync.local.BadgeState;
import fr.borne.sync.local.RemotePermit;
import fr.borne.sync.local.RemoteVisitor;
import fr.borne.visitor.BadgeCode;
import fr.borne.visitor.Visitor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** B11 at central: a kiosk of another establishment learns what one visitor needs, and nothing more. */
class RemoteCallsTest {

    @TempDir
    Path dir;

    private final ObjectMapper json = SyncJson.mapper();
    private final TestCertificates certificates = new TestCertificates();
    private Database database;
    private CentralServer server;
    private String base;
    private OkHttpClient dijonKiosk;

    @BeforeEach
    void start() {
        database = TestDatabases.central(dir.resolve("central.db"));
        CentralServices services = CentralServices.create(database, Clock.systemUTC());
        DemoLoader.load(services);
        database.write(c -> {
            services.kiosks().register(c, "dijon-1", "dijon");
            return null;
        });
        server = new CentralServer(services, Optional.of(certificates.serverTls()), Set.of("admin"));
        base = "https://localhost:" + server.start("127.0.0.1", 0);
        dijonKiosk = certificates.client(certificates.issue("dijon-1"));
    }

    @AfterEach
    void stop() {
        server.close();
        database.close();
    }

    @Test
    void B11_a_Rouen_badge_at_Dijon_answers_that_visitors_permits_companions_and_bookings_only() throws IOException {
        String body = get(dijonKiosk, "/v1/remote/badges/" + BadgeCode.hash("DEMO-0001"), 200);
        RemoteVisitor sophie = json.readValue(body, RemoteVisitor.class);
        assertThat(sophie.badge()).isEqualTo(BadgeState.KNOWN);
        assertThat(sophie.visitor().id()).isEqualTo("v-1001");
        assertThat(sophie.permits()).extracting(p -> p.detainee().id()).containsExactly("d-2001");
        RemotePermit permit = sophie.permits().get(0);
        assertThat(permit.establishment().name()).isEqualTo("Maison d'arrêt de Rouen");
        assertThat(permit.establishment().parloirPhoneHours()).isNotBlank();
        assertThat(permit.companions()).extracting(Visitor::id)
                .containsExactlyInAnyOrder("v-1002", "v-1003", "v-1004");
        assertThat(sophie.bookings()).allSatisfy(b -> assertThat(b.booking().visitorIds()).contains("v-1001"));
        assertThat(body).as("another family of Rouen").doesNotContain("Roussel", "Leroux", "Blanchard", "Morel");
    }

    @Test
    void B11_P5_revoked_and_unknown_badges_answer_their_state_and_nothing_else() throws IOException {
        RemoteVisitor revoked = json.readValue(get(dijonKiosk, "/v1/remote/badges/" + BadgeCode.hash("DEMO-0012"), 200),
                RemoteVisitor.class);
        assertThat(revoked.badge()).isEqualTo(BadgeState.REVOKED);
        assertThat(revoked.visitor()).isNull();
        assertThat(revoked.permits()).isEmpty();
        RemoteVisitor unknown = json.readValue(get(dijonKiosk, "/v1/remote/badges/" + BadgeCode.hash("NOPE"), 200),
                RemoteVisitor.class);
        assertThat(unknown.badge()).isEqualTo(BadgeState.UNKNOWN);
        get(dijonKiosk, "/v1/remote/badges/DEMO-0001", 400);
    }

    @Test
    void B11_availability_only_within_the_visitors_session_for_a_detainee_their_permit_names_and_registered_kiosks()
            throws IOException {
        String path = "/v1/remote/detainees/d-2001/availability?visitor=v-1001";
        String without = get(dijonKiosk, path, 404);
        assertThat(json.readValue(without, Problem.class).code()).isEqualTo(Problem.NO_PERMIT);

        String session;
        try (Response response = dijonKiosk.newCall(new Request.Builder()
                .url(base + "/v1/remote/badges/" + BadgeCode.hash("DEMO-0001")).build()).execute()) {
            session = response.header(VisitorSessions.HEADER);
        }
        assertThat(session).isNotBlank();
        get(dijonKiosk, path, session, 200);
        String stranger = get(dijonKiosk, "/v1/remote/detainees/d-2002/availability?visitor=v-1001", session, 404);
        assertThat(stranger).as("the same answer as without a session: nothing is told").isEqualTo(without);
        OkHttpClient unregistered = certificates.client(certificates.issue("lyon-1"));
        get(unregistered, "/v1/remote/badges/" + BadgeCode.hash("DEMO-0001"), 403);
    }

    private String get(OkHttpClient client, String path, int expectedStatus) throws IOException {
        return get(client, path, "", expectedStatus);
    }

    private String get(OkHttpClient client, String path, String session, int expectedStatus) throws IOException {
        try (Response response = client.newCall(new Request.Builder().url(base + path)
                .header(VisitorSessions.HEADER, session).build()).execute()) {
            String body = response.body().string();
            assertThat(response.code()).as("%s: %s", path, body).isEqualTo(expectedStatus);
            return body;
        }
    }
}
