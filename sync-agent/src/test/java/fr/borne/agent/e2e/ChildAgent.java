package fr.borne.agent.e2e;

import fr.borne.agent.SyncAgentMain;
import fr.borne.central.TestCertificates;
import okhttp3.tls.HeldCertificate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The sync agent as the installed service runs it: its own JVM, {@code run} alone, its
 * options from the kiosk's properties file, {@code $BORNE_HEARTBEAT_FILE} set. Killed with
 * SIGKILL and started again on the same replica.
 */
final class ChildAgent extends ChildService {

    private final Path properties;
    private final Path heartbeat;

    /** @param central the URL the agent calls central at (a proxy's) */
    ChildAgent(Path dir, String kioskId, String establishmentId, String central, int allotment,
               TestCertificates certificates) throws IOException {
        super("the agent", dir.resolve(kioskId + "-agent.log"));
        HeldCertificate identity = certificates.issue(kioskId);
        Path cert = Files.writeString(dir.resolve(kioskId + ".pem"), identity.certificatePem());
        Path key = Files.writeString(dir.resolve(kioskId + ".key"), identity.privateKeyPkcs8Pem());
        Path ca = Files.writeString(dir.resolve(kioskId + "-ca.pem"), certificates.authority().certificatePem());
        this.heartbeat = dir.resolve(kioskId + ".heartbeat");
        this.properties = Files.writeString(dir.resolve(kioskId + ".properties"), String.join("\n",
                "db=" + replica(dir, kioskId),
                "central=" + central,
                "kiosk-id=" + kioskId,
                "establishment=" + establishmentId,
                "tls-cert=" + cert,
                "tls-key=" + key,
                "tls-ca=" + ca,
                "allotment=" + allotment,
                "local-port=-1", ""));
    }

    static Path replica(Path dir, String kioskId) {
        return dir.resolve(kioskId + ".db");
    }

    void start() throws IOException {
        process = ChildJvm.logged(SyncAgentMain.class,
                List.of("-Dpicocli.defaults.borne-sync-agent.path=" + properties),
                Map.of("BORNE_HEARTBEAT_FILE", heartbeat.toString()), logFile(), "run");
    }

    boolean heartbeatFileTouched() {
        return Files.exists(heartbeat);
    }
}
