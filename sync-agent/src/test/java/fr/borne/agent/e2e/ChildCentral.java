package fr.borne.agent.e2e;

import fr.borne.central.CentralServerMain;
import fr.borne.central.TestCertificates;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The central server as it is installed, in a JVM of its own with mutual TLS, on a database
 * the test prepared: started on any free port (read back from {@code --port-file}), and
 * killed with SIGKILL and started again on the same file.
 */
final class ChildCentral extends ChildService {

    private final Path db;
    private final Path dir;
    private final List<String> tls;
    private int port;

    private final List<String> extra;

    ChildCentral(Path db, Path dir, TestCertificates certificates) throws IOException {
        this(db, dir, certificates, List.of());
    }

    /** {@code extra}: more of central's options, e.g. its SMSC for notices. */
    ChildCentral(Path db, Path dir, TestCertificates certificates, List<String> extra) throws IOException {
        super("central", dir.resolve("central.log"));
        this.extra = List.copyOf(extra);
        this.db = db;
        this.dir = dir;
        Path cert = Files.writeString(dir.resolve("central.pem"), certificates.server().certificatePem());
        Path key = Files.writeString(dir.resolve("central.key"), certificates.server().privateKeyPkcs8Pem());
        Path kioskCa = Files.writeString(dir.resolve("kiosk-ca.pem"), certificates.kioskAuthority().certificatePem());
        Path adminCa = Files.writeString(dir.resolve("admin-ca.pem"), certificates.adminAuthority().certificatePem());
        this.tls = List.of("--tls-cert", cert.toString(), "--tls-key", key.toString(), "--tls-ca", kioskCa.toString(),
                "--tls-admin-ca", adminCa.toString());
    }

    /** Starts central and waits until it listens; returns its port. */
    int start() throws IOException {
        Path portFile = dir.resolve("central.port");
        Files.deleteIfExists(portFile);
        List<String> args = new java.util.ArrayList<>(List.of("--db", db.toString(), "--host", "127.0.0.1",
                "--port", "0", "--port-file", portFile.toString()));
        args.addAll(tls);
        args.addAll(extra);
        process = ChildJvm.logged(CentralServerMain.class, List.of("-Xmx256m"), Map.of(), logFile(),
                args.toArray(String[]::new));
        Eventually.await("central listening", Duration.ofSeconds(60),
                () -> Files.exists(portFile) || !process.alive());
        if (!process.alive()) {
            throw new IllegalStateException("central ended at start; its log:\n" + log());
        }
        port = Integer.parseInt(Files.readString(portFile).trim());
        return port;
    }

    int port() {
        return port;
    }
}
