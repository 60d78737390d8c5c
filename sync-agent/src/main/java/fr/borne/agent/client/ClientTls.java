package fr.borne.agent.client;

import okhttp3.OkHttpClient;
import okhttp3.tls.Certificates;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;

/** The kiosk's identity (its client certificate, naming the kiosk as urn:borne:kiosk:ID) and central's authority. */
public record ClientTls(HeldCertificate kioskCertificate, X509Certificate centralAuthority) {

    public static ClientTls fromPem(Path certificate, Path privateKey, Path authority) throws IOException {
        HeldCertificate held = HeldCertificate.decode(Files.readString(certificate) + "\n" + Files.readString(privateKey));
        return new ClientTls(held, Certificates.decodeCertificatePem(Files.readString(authority)));
    }

    void applyTo(OkHttpClient.Builder builder) {
        HandshakeCertificates certificates = new HandshakeCertificates.Builder()
                .heldCertificate(kioskCertificate)
                .addTrustedCertificate(centralAuthority)
                .build();
        builder.sslSocketFactory(certificates.sslSocketFactory(), certificates.trustManager());
    }
}
