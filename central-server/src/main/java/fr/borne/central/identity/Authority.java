package fr.borne.central.identity;

import fr.borne.central.http.CertificateNames;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * A certificate authority of a Borne deployment (central's, the kiosks', the administrators')
 * and the certificates it issues. Keys are ECDSA P-256; names go in subject alternative names
 * ({@link CertificateNames}), the common name is only a label for people.
 */
public record Authority(X509Certificate certificate, PrivateKey key) {

    private static final Duration AUTHORITY_LIFE = Duration.ofDays(3650);
    private static final Duration KIOSK_LIFE = Duration.ofDays(3 * 365);
    private static final Duration SERVER_LIFE = Duration.ofDays(3 * 365);
    private static final Duration ADMIN_LIFE = Duration.ofDays(365);
    private static final Duration CLOCK_SKEW = Duration.ofHours(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A new self-signed authority that may sign end certificates only. */
    public static Authority create(String label) {
        KeyPair keys = keyPair();
        X500Name name = name(label);
        X509v3CertificateBuilder builder = builder(name, name, keys, AUTHORITY_LIFE);
        try {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            new JcaX509ExtensionUtils().createSubjectKeyIdentifier(keys.getPublic()));
        } catch (CertIOException | GeneralSecurityException e) {
            throw new IllegalStateException("authority extensions always encode", e);
        }
        return new Authority(sign(builder, keys.getPrivate()), keys.getPrivate());
    }

    /** A kiosk's client certificate: {@code urn:borne:kiosk:<id>}. */
    public Issued issueKiosk(String kioskId) {
        requireName(kioskId);
        return issue(kioskId, List.of(uri(CertificateNames.KIOSK_URN + kioskId)), KeyPurposeId.id_kp_clientAuth,
                KIOSK_LIFE);
    }

    /** An administrator's client certificate: {@code urn:borne:admin:<name>}. */
    public Issued issueAdmin(String name) {
        requireName(name);
        return issue(name, List.of(uri(CertificateNames.ADMIN_URN + name)), KeyPurposeId.id_kp_clientAuth,
                ADMIN_LIFE);
    }

    /** Central's server certificate for these host names and IP addresses. */
    public Issued issueServer(List<String> hosts) {
        if (hosts.isEmpty()) {
            throw new IllegalArgumentException("a server certificate names at least one host");
        }
        List<GeneralName> names = hosts.stream()
                .map(host -> new GeneralName(host.matches("[0-9.]+|.*:.*") ? GeneralName.iPAddress
                        : GeneralName.dNSName, host))
                .toList();
        return issue(hosts.get(0), names, KeyPurposeId.id_kp_serverAuth, SERVER_LIFE);
    }

    private Issued issue(String label, List<GeneralName> names, KeyPurposeId purpose, Duration life) {
        KeyPair keys = keyPair();
        X509v3CertificateBuilder builder = builder(X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()),
                name(label), keys, life);
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                    .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purpose))
                    .addExtension(Extension.subjectAlternativeName, false,
                            new GeneralNames(names.toArray(GeneralName[]::new)))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            extensions.createSubjectKeyIdentifier(keys.getPublic()))
                    .addExtension(Extension.authorityKeyIdentifier, false,
                            extensions.createAuthorityKeyIdentifier(certificate.getPublicKey()));
        } catch (CertIOException | GeneralSecurityException e) {
            throw new IllegalStateException("certificate extensions always encode", e);
        }
        return new Issued(sign(builder, key), keys.getPrivate());
    }

    private static void requireName(String name) {
        if (!CertificateNames.validName(name)) {
            throw new IllegalArgumentException("'" + name + "' is not a valid name: lower-case letters, digits, "
                    + "'.', '_' and '-', at most 63");
        }
    }

    private static GeneralName uri(String uri) {
        return new GeneralName(GeneralName.uniformResourceIdentifier, uri);
    }

    private static X500Name name(String label) {
        return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, label).build();
    }

    private static X509v3CertificateBuilder builder(X500Name issuer, X500Name subject, KeyPair keys, Duration life) {
        Instant now = Instant.now();
        return new JcaX509v3CertificateBuilder(issuer, new BigInteger(127, RANDOM).add(BigInteger.ONE),
                Date.from(now.minus(CLOCK_SKEW)), Date.from(now.plus(life)), subject, keys.getPublic());
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey signingKey) {
        try {
            return new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(signingKey)));
        } catch (OperatorCreationException | GeneralSecurityException e) {
            throw new IllegalStateException("an EC P-256 key always signs SHA256withECDSA", e);
        }
    }

    private static KeyPair keyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK 17 has EC P-256", e);
        }
    }
}
