package fr.borne.central.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.borne.central.CentralServices;
import fr.borne.central.DemoLoader;
import fr.borne.central.TestCertificates;
import fr.borne.central.TlsCentral;
import fr.borne.store.Database;
import fr.borne.sync.AllotmentAnswer;
import fr.borne.sync.AllotmentClaim;
import fr.borne.sync.AllotmentRequest;
import fr.borne.sync.Problem;
import fr.borne.sync.SyncJson;
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
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Who central believes a caller is: kiosks by SAN from the kiosk authority, admins by the admin authority only. */
class KioskIdentityTest {

    private static final MediaType JSON = MediaType.get("application/json");
    private static final String ROUND = "rouen-wed-1415";

    @TempDir
    Path dir;

    private final ObjectMapper json = SyncJson.mapper();
    private final TestCertificates certificates = new TestCertificates();
    private TlsCentral central;
    private CentralServices services;
    private Database database;
    private String base;

    @BeforeEach
    void start() {
        central = TlsCentral.start(dir.resolve("central.db"), Clock.systemUTC(), certificates, demo -> {
            DemoLoader.load(demo);
            TlsCentral.register(demo, "rouen-1", "rouen");
        });
        services = central.services();
        database = central.database();
        base = central.base();
    }

    @AfterEach
    void stop() {
        central.close();
    }

    @Test
    void a_kiosk_authority_certificate_with_the_common_name_admin_is_no_administrator() throws IOException {
        HeldCertificate namedAdmin = new HeldCertificate.Builder().signedBy(certificates.kioskAuthority())
                .commonName("admin").build();
        assertRefused(call(namedAdmin, "POST", "/v1/admin/kiosks/rouen-1/revoke"), Problem.UNKNOWN_KIOSK);
        assertRefused(call(namedAdmin, "GET", "/v1/changes"), Problem.UNKNOWN_KIOSK);
        assertThat(call(namedAdmin, "GET", "/fleet").code()).isEqualTo(403);
    }

    @Test
    void a_subject_with_two_common_names_admin_and_a_kiosk_is_neither() throws IOException {
        HeldCertificate twoNames = new HeldCertificate.Builder().signedBy(certificates.kioskAuthority())
                .commonName("rouen-1").organizationalUnit("admin").build();
        HeldCertificate twoCommonNames = forgedWithTwoCommonNames();
        for (HeldCertificate forged : List.of(twoNames, twoCommonNames)) {
            assertRefused(call(forged, "POST", "/v1/admin/kiosks/rouen-1/revoke"), Problem.UNKNOWN_KIOSK);
            assertRefused(call(forged, "GET", "/v1/changes"), Problem.UNKNOWN_KIOSK);
        }
    }

    @Test
    void a_kiosk_is_named_by_its_san_and_an_administrator_is_no_kiosk() throws IOException {
        assertThat(call(certificates.issue("rouen-1"), "GET", "/v1/changes?limit=1").code()).isEqualTo(200);
        assertRefused(call(certificates.admin(), "GET", "/v1/changes"), Problem.UNKNOWN_KIOSK);
        assertRefused(call(certificates.issue("rouen-1"), "GET", "/fleet/kiosks.json"), null);
        assertThat(call(certificates.admin(), "GET", "/fleet/kiosks.json").code()).isEqualTo(200);
    }

    @Test
    void once_enrolled_only_the_certificate_issued_at_enrolment_is_accepted() throws IOException {
        HeldCertificate old = certificates.issue("rouen-1");
        HeldCertificate enrolled = certificates.issue("rouen-1");
        new AdminCalls(services).enrolKiosk(new AdminCalls.KioskRegistration("rouen-1", "rouen"),
                CertificateNames.fingerprint(enrolled.certificate()));

        assertThat(call(enrolled, "GET", "/v1/changes?limit=1").code()).isEqualTo(200);
        assertRefused(call(old, "GET", "/v1/changes?limit=1"), Problem.KIOSK_REVOKED);
    }

    @Test
    void a_revoked_kiosk_is_refused_on_its_next_call_and_its_free_seats_go_back_to_the_pool() throws IOException {
        HeldCertificate kiosk = certificates.issue("rouen-1");
        LocalDate wednesday = nextWednesday();
        String claim = json.writeValueAsString(new AllotmentRequest(List.of(new AllotmentClaim(ROUND, wednesday, 0, 3))));
        try (Response claimed = call(kiosk, "POST", "/v1/allotments", claim)) {
            assertThat(claimed.code()).isEqualTo(200);
            assertThat(json.readValue(claimed.body().string(), AllotmentAnswer.class).totals().get(0).granted())
                    .isEqualTo(3);
        }
        assertThat(held(wednesday)).isEqualTo(3);

        try (Response revoked = call(certificates.admin(), "POST", "/v1/admin/kiosks/rouen-1/revoke")) {
            assertThat(revoked.code()).isEqualTo(204);
        }

        assertRefused(call(kiosk, "POST", "/v1/allotments", claim), Problem.KIOSK_REVOKED);
        assertRefused(call(kiosk, "GET", "/v1/changes"), Problem.KIOSK_REVOKED);
        assertThat(held(wednesday)).as("seats held by kiosks on the round").isZero();
        assertThat(call(certificates.admin(), "POST", "/v1/admin/kiosks/lyon-9/revoke").code()).isEqualTo(404);
    }

    private int held(LocalDate date) {
        return database.read(c -> services.escrow().held(c, ROUND, date, Optional.empty()));
    }

    /** A kiosk-authority certificate whose subject is CN=admin, CN=rouen-1, no SAN: what the CN convention let in. */
    private HeldCertificate forgedWithTwoCommonNames() {
        var authority = certificates.kioskAuthority();
        try {
            var keys = java.security.KeyPairGenerator.getInstance("EC");
            keys.initialize(256);
            var pair = keys.generateKeyPair();
            var now = java.time.Instant.now();
            var builder = new org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder(authority.certificate(),
                    java.math.BigInteger.TEN, java.util.Date.from(now.minusSeconds(60)),
                    java.util.Date.from(now.plusSeconds(3600)),
                    new org.bouncycastle.asn1.x500.X500Name("CN=admin,CN=rouen-1"), pair.getPublic());
            var signer = new org.bouncycastle.operator.jcajce.JcaContentSignerBuilder("SHA256withECDSA")
                    .build(authority.keyPair().getPrivate());
            var certificate = new org.bouncycastle.cert.jcajce.JcaX509CertificateConverter()
                    .getCertificate(builder.build(signer));
            return new HeldCertificate(pair, certificate);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static LocalDate nextWednesday() {
        LocalDate date = LocalDate.now().plusDays(4);
        while (date.getDayOfWeek() != DayOfWeek.WEDNESDAY) {
            date = date.plusDays(1);
        }
        return date;
    }

    private void assertRefused(Response response, String code) throws IOException {
        try (response) {
            assertThat(response.code()).isEqualTo(403);
            if (code != null) {
                assertThat(json.readValue(response.body().string(), Problem.class).code()).isEqualTo(code);
            }
        }
    }

    private Response call(HeldCertificate identity, String method, String path) throws IOException {
        return call(identity, method, path, method.equals("GET") ? null : "{}");
    }

    private Response call(HeldCertificate identity, String method, String path, String body) throws IOException {
        OkHttpClient client = certificates.client(identity);
        return client.newCall(new Request.Builder().url(base + path)
                .method(method, body == null ? null : RequestBody.create(body, JSON)).build()).execute();
    }
}
