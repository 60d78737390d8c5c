package fr.borne.central.http;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Who a certificate names, read from its subject alternative names, never from its common
 * name: a kiosk is {@code urn:borne:kiosk:<id>} issued by the kiosk authority, an
 * administrator {@code urn:borne:admin:<name>} issued by the admin authority.
 */
public final class CertificateNames {

    public static final String KIOSK_URN = "urn:borne:kiosk:";
    public static final String ADMIN_URN = "urn:borne:admin:";
    /** Subject alternative name type of a uniformResourceIdentifier (RFC 5280). */
    private static final int URI = 6;
    private static final String NAME = "[a-z0-9][a-z0-9._-]{0,62}";

    private CertificateNames() {
    }

    /** The kiosk id of a certificate the kiosk authority issued; empty for any other. */
    public static Optional<String> kioskId(X509Certificate certificate, X509Certificate kioskAuthority) {
        return issuedBy(certificate, kioskAuthority) ? onlyName(certificate, KIOSK_URN) : Optional.empty();
    }

    /** The administrator named by a certificate the admin authority issued; empty for any other. */
    public static Optional<String> adminName(X509Certificate certificate, X509Certificate adminAuthority) {
        return issuedBy(certificate, adminAuthority) ? onlyName(certificate, ADMIN_URN) : Optional.empty();
    }

    /** Whether {@code name} is a valid kiosk id or admin name (lower case, digits, {@code . _ -}). */
    public static boolean validName(String name) {
        return name != null && name.matches(NAME);
    }

    /** SHA-256 of the certificate's DER encoding, lower-case hex: what the kiosk registry pins. */
    public static String fingerprint(X509Certificate certificate) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("every JDK has SHA-256 and encodes a parsed certificate", e);
        }
    }

    private static boolean issuedBy(X509Certificate certificate, X509Certificate authority) {
        if (!certificate.getIssuerX500Principal().equals(authority.getSubjectX500Principal())) {
            return false;
        }
        try {
            certificate.verify(authority.getPublicKey());
            certificate.checkValidity();
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** The one URI of that prefix; a certificate naming two identities names none. */
    private static Optional<String> onlyName(X509Certificate certificate, String prefix) {
        List<String> names = uris(certificate).stream()
                .filter(uri -> uri.startsWith(prefix))
                .map(uri -> uri.substring(prefix.length()))
                .toList();
        return names.size() == 1 && validName(names.get(0)) ? Optional.of(names.get(0)) : Optional.empty();
    }

    private static List<String> uris(X509Certificate certificate) {
        try {
            Collection<List<?>> names = certificate.getSubjectAlternativeNames();
            if (names == null) {
                return List.of();
            }
            return names.stream()
                    .filter(name -> name.size() == 2 && Integer.valueOf(URI).equals(name.get(0)))
                    .map(name -> String.valueOf(name.get(1)))
                    .toList();
        } catch (CertificateParsingException e) {
            return List.of();
        }
    }
}
