package fr.borne.central.identity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.List;

/**
 * The folder made by {@code borne-central ca init}: three authorities and central's server
 * certificate, and the deployment's badge key ({@code badge.key}, shared by central and the
 * kiosks). {@code central-ca} signs central's certificate (kiosks trust it), {@code kiosk-ca}
 * signs kiosks' certificates, {@code admin-ca} administrators'.
 */
public record CaDirectory(Path dir) {

    public static final String CENTRAL = "central-ca";
    public static final String KIOSK = "kiosk-ca";
    public static final String ADMIN = "admin-ca";
    public static final String SERVER = "server";

    /** Makes the folder (0700) and everything in it; refuses a folder that already holds authorities. */
    public static CaDirectory init(Path dir, List<String> hosts, Clock clock) throws IOException {
        CaDirectory ca = new CaDirectory(dir);
        if (Files.exists(ca.certificate(CENTRAL)) || Files.exists(ca.certificate(KIOSK))) {
            throw new IOException(dir + " already holds authorities: a deployment has one of each");
        }
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        Authority central = ca.save(CENTRAL, Authority.create("Borne central authority"));
        ca.save(KIOSK, Authority.create("Borne kiosk authority"));
        ca.save(ADMIN, Authority.create("Borne admin authority"));
        Issued server = central.issueServer(hosts);
        PemFiles.writeCertificate(ca.certificate(SERVER), server.certificate());
        PemFiles.writeKey(ca.key(SERVER), server.key());
        if (!Files.exists(ca.badgeKey())) {
            BadgeKeyFile.create(ca.badgeKey(), clock);
        }
        return ca;
    }

    public Authority authority(String name) throws IOException {
        return new Authority(PemFiles.readCertificate(certificate(name)), PemFiles.readKey(key(name)));
    }

    /** The deployment's badge key file, for central's {@code --badge-key-file} and each kiosk. */
    public Path badgeKey() {
        return dir.resolve(BadgeKeyFile.NAME);
    }

    public Path certificate(String name) {
        return dir.resolve(name + ".pem");
    }

    public Path key(String name) {
        return dir.resolve(name + ".key");
    }

    private Authority save(String name, Authority authority) throws IOException {
        PemFiles.writeCertificate(certificate(name), authority.certificate());
        PemFiles.writeKey(key(name), authority.key());
        return authority;
    }
}
