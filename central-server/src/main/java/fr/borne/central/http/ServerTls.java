package fr.borne.central.http;

import okhttp3.tls.Certificates;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;

import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;

/**
 * Central's TLS identity and the authority whose certificates it accepts from kiosks.
 * Built from PEM files in production, from certificates made on the fly in tests.
 */
public record ServerTls(HeldCertificate serverCertificate, X509Certificate clientAuthority) {

    /** {@code keyAndCert}: the PKCS#8 private key and the certificate in one or two PEM files. */
    public static ServerTls fromPem(Path certificate, Path privateKey, Path clientAuthority) throws IOException {
        HeldCertificate held = HeldCertificate.decode(Files.readString(certificate) + "\n" + Files.readString(privateKey));
        X509Certificate authority = Certificates.decodeCertificatePem(Files.readString(clientAuthority));
        return new ServerTls(held, authority);
    }

    public SSLContext sslContext() {
        HandshakeCertificates certificates = new HandshakeCertificates.Builder()
                .heldCertificate(serverCertificate)
                .addTrustedCertificate(clientAuthority)
                .build();
        return certificates.sslContext();
    }
}
