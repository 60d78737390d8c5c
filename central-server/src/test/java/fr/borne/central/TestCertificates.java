package fr.borne.central;

import fr.borne.central.http.ServerTls;
import okhttp3.OkHttpClient;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;

/** A throwaway authority issuing central's certificate and kiosks' certificates, for tests. */
public final class TestCertificates {

    private final HeldCertificate authority = new HeldCertificate.Builder()
            .certificateAuthority(0).commonName("Borne test authority").build();
    private final HeldCertificate server = new HeldCertificate.Builder()
            .signedBy(authority).commonName("localhost").addSubjectAlternativeName("localhost")
            .addSubjectAlternativeName("127.0.0.1").build();

    public HeldCertificate authority() {
        return authority;
    }

    /** Central's own certificate, for a central started from PEM files. */
    public HeldCertificate server() {
        return server;
    }

    public ServerTls serverTls() {
        return new ServerTls(server, authority.certificate());
    }

    public HeldCertificate issue(String commonName) {
        return new HeldCertificate.Builder().signedBy(authority).commonName(commonName).build();
    }

    /** A client presenting {@code identity} (if any) and trusting the test authority. */
    public OkHttpClient client(HeldCertificate identity) {
        HandshakeCertificates.Builder builder = new HandshakeCertificates.Builder()
                .addTrustedCertificate(authority.certificate());
        if (identity != null) {
            builder.heldCertificate(identity);
        }
        HandshakeCertificates certificates = builder.build();
        return new OkHttpClient.Builder().retryOnConnectionFailure(false)
                .sslSocketFactory(certificates.sslSocketFactory(), certificates.trustManager()).build();
    }
}
