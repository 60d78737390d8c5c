package fr.borne.central.identity;

import okhttp3.tls.Certificates;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * Certificates and keys as PEM files, created with their final mode (never readable by
 * others, not even for an instant) and never overwritten: private keys 0600, certificates 0640.
 */
public final class PemFiles {

    private static final Base64.Encoder PEM = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));

    private PemFiles() {
    }

    public static void writeCertificate(Path file, X509Certificate certificate) throws IOException {
        try {
            write(file, pem("CERTIFICATE", certificate.getEncoded()), "rw-r-----");
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("a parsed certificate always encodes", e);
        }
    }

    /** The key as unencrypted PKCS#8 ({@code PRIVATE KEY}), which OkHttp and the agent read. */
    public static void writeKey(Path file, PrivateKey key) throws IOException {
        write(file, pem("PRIVATE KEY", key.getEncoded()), "rw-------");
    }

    /**
     * A holder's files in {@code out} (made with {@code folderMode} if missing): {@code name.pem},
     * {@code name.key} and {@code central-ca.pem}, the authority to trust for central.
     */
    public static void writeIdentity(Path out, String folderMode, String name, Issued issued,
                                     X509Certificate centralAuthority) throws IOException {
        if (!Files.isDirectory(out)) {
            Files.createDirectories(out, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(folderMode)));
        }
        writeCertificate(out.resolve(name + ".pem"), issued.certificate());
        writeKey(out.resolve(name + ".key"), issued.key());
        writeCertificate(out.resolve("central-ca.pem"), centralAuthority);
    }

    public static X509Certificate readCertificate(Path file) throws IOException {
        return Certificates.decodeCertificatePem(Files.readString(file));
    }

    /** An EC private key written by {@link #writeKey}. */
    public static PrivateKey readKey(Path file) throws IOException {
        String body = Files.readString(file)
                .replace("-----BEGIN PRIVATE KEY-----", "")
                .replace("-----END PRIVATE KEY-----", "")
                .replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IOException(file + " does not hold an EC private key in PKCS#8 PEM", e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + PEM.encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    private static void write(Path file, String content, String mode) throws IOException {
        if (Files.exists(file)) {
            throw new FileAlreadyExistsException(file.toString(), null, "left as it is: move it away first");
        }
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(mode)));
        Files.writeString(file, content);
    }
}
