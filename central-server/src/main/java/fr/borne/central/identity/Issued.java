package fr.borne.central.identity;

import okhttp3.tls.HeldCertificate;

import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;

/** A certificate an {@link Authority} issued, with its private key. */
public record Issued(X509Certificate certificate, PrivateKey key) {

    /** The same, as OkHttp's TLS code and central's {@code ServerTls} hold it. */
    public HeldCertificate held() {
        return new HeldCertificate(new KeyPair(certificate.getPublicKey(), key), certificate);
    }
}
