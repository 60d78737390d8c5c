package fr.borne.e2e;

import okhttp3.OkHttpClient;
import okhttp3.tls.Certificates;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** HTTPS clients holding the files {@code borne-central} wrote, as a kiosk or an administrator holds them. */
final class Clients {

    private Clients() {
    }

    static OkHttpClient holding(Path certificate, Path key, Path centralAuthority) throws IOException {
        HeldCertificate held = HeldCertificate.decode(Files.readString(certificate) + "\n" + Files.readString(key));
        HandshakeCertificates certificates = new HandshakeCertificates.Builder()
                .heldCertificate(held)
                .addTrustedCertificate(Certificates.decodeCertificatePem(Files.readString(centralAuthority)))
                .build();
        return new OkHttpClient.Builder().retryOnConnectionFailure(false)
                .sslSocketFactory(certificates.sslSocketFactory(), certificates.trustManager()).build();
    }
}
