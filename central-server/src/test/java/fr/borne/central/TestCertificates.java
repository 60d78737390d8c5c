package fr.borne.central;

import fr.borne.central.http.ServerTls;
import fr.borne.central.identity.Authority;
import fr.borne.central.identity.Issued;
import okhttp3.OkHttpClient;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;

import java.util.List;

/**
 * A deployment's three throwaway authorities, made and used by the production
 * {@link Authority}: central's (signs the server certificate), the kiosks', the admins'.
 */
public final class TestCertificates {

    private final Authority central = Authority.create("Borne test central authority");
    private final Authority kiosks = Authority.create("Borne test kiosk authority");
    private final Authority admins = Authority.create("Borne test admin authority");
    private final HeldCertificate server = central.issueServer(List.of("localhost", "127.0.0.1")).held();

    /** The authority kiosks trust for central's certificate. */
    public HeldCertificate authority() {
        return held(central);
    }

    /** The authority that issues kiosks' certificates, to forge odd ones in tests. */
    public HeldCertificate kioskAuthority() {
        return held(kiosks);
    }

    /** The authority that issues administrators' certificates. */
    public HeldCertificate adminAuthority() {
        return held(admins);
    }

    /** Central's own certificate, for a central started from PEM files. */
    public HeldCertificate server() {
        return server;
    }

    public ServerTls serverTls() {
        return new ServerTls(server, kiosks.certificate(), admins.certificate());
    }

    /** A kiosk's certificate, {@code urn:borne:kiosk:<kioskId>}. */
    public HeldCertificate issue(String kioskId) {
        return kiosks.issueKiosk(kioskId).held();
    }

    /** An administrator's certificate from the admin authority. */
    public HeldCertificate admin() {
        return admins.issueAdmin("test-admin").held();
    }

    /** A client presenting {@code identity} (if any) and trusting central's authority. */
    public OkHttpClient client(HeldCertificate identity) {
        HandshakeCertificates.Builder builder = new HandshakeCertificates.Builder()
                .addTrustedCertificate(central.certificate());
        if (identity != null) {
            builder.heldCertificate(identity);
        }
        HandshakeCertificates certificates = builder.build();
        return new OkHttpClient.Builder().retryOnConnectionFailure(false)
                .sslSocketFactory(certificates.sslSocketFactory(), certificates.trustManager()).build();
    }

    private static HeldCertificate held(Authority authority) {
        return new Issued(authority.certificate(), authority.key()).held();
    }
}
