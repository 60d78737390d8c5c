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
 * Central's TLS identity and the two authorities whose certificates it accepts: the kiosk
 * authority (kiosks) and the admin authority (the establishment's staff and tools). Made by
 * {@code borne-central ca init}; a certificate is admin only when the admin authority issued it.
 */
public record ServerTls(HeldCertificate serverCertificate, X509Certificate kioskAuthority,
                        X509Certificate adminAuthority) {

    public ServerTls {
        if (kioskAuthority.getSubjectX500Principal().equals(adminAuthority.getSubjectX500Principal())) {
            throw new IllegalArgumentException("the kiosk and admin authorities must be two different authorities");
        }
    }

    /** The server's certificate and PKCS#8 private key, and both authorities, as PEM files. */
    public static ServerTls fromPem(Path certificate, Path privateKey, Path kioskAuthority, Path adminAuthority)
            throws IOException {
        HeldCertificate held = HeldCertificate.decode(Files.readString(certificate) + "\n" + Files.readString(privateKey));
        return new ServerTls(held, Certificates.decodeCertificatePem(Files.readString(kioskAuthority)),
                Certificates.decodeCertificatePem(Files.readString(adminAuthority)));
    }

    public SSLContext sslContext() {
        HandshakeCertificates certificates = new HandshakeCertificates.Builder()
                .heldCertificate(serverCertificate)
                .addTrustedCertificate(kioskAuthority)
                .addTrustedCertificate(adminAuthority)
                .build();
        return certificates.sslContext();
    }
}
