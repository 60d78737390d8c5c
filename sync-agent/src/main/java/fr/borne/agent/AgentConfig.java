package fr.borne.agent;

import fr.borne.agent.client.ClientSettings;
import fr.borne.agent.push.RowRetry;
import fr.borne.sync.local.LocalApiToken;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Everything the agent needs to be built: where the replica is, how to reach central, who
 * it is, whether it serves the kiosk app's local API, which file tells its supervisor that
 * the sync loop is alive, and how an outbox row central keeps failing on is retried.
 */
public record AgentConfig(Path database, ClientSettings client, String kioskId, String establishmentId,
                          int allotmentSeats, int pageSize, SyncAgent.Periods periods, Optional<LocalApi> localApi,
                          Optional<Watchdog> watchdog, RowRetry rowRetry) {

    /**
     * The loopback API for the kiosk app's online questions: its port (0 picks a free one),
     * how long the kiosk app may wait for central at most, retry included, and the file the
     * per-boot token is written to (mode 0640, of {@code tokenGroup} when given, so that the
     * kiosk app's user may read it and no one else).
     */
    public record LocalApi(int port, Duration onlineWait, Path tokenFile, Optional<String> tokenGroup) {
    }

    /** The file the sync loop touches every {@code every} while it works (the service's watchdog reads it). */
    public record Watchdog(Path file, Duration every) {
    }

    /** An agent without the local API (sync once, status, tests of syncing alone). */
    public AgentConfig(Path database, ClientSettings client, String kioskId, String establishmentId,
                       int allotmentSeats, int pageSize, SyncAgent.Periods periods) {
        this(database, client, kioskId, establishmentId, allotmentSeats, pageSize, periods, Optional.empty(),
                Optional.empty(), RowRetry.defaults());
    }

    /** The local API with its token beside the replica ({@link LocalApiToken#besideReplica}). */
    public AgentConfig withLocalApi(int port, Duration onlineWait) {
        return withLocalApi(port, onlineWait, LocalApiToken.besideReplica(database), Optional.empty());
    }

    public AgentConfig withLocalApi(int port, Duration onlineWait, Path tokenFile, Optional<String> tokenGroup) {
        return new AgentConfig(database, client, kioskId, establishmentId, allotmentSeats, pageSize, periods,
                Optional.of(new LocalApi(port, onlineWait, tokenFile, tokenGroup)), watchdog, rowRetry);
    }

    public AgentConfig withWatchdog(Path file, Duration every) {
        return new AgentConfig(database, client, kioskId, establishmentId, allotmentSeats, pageSize, periods,
                localApi, Optional.of(new Watchdog(file, every)), rowRetry);
    }

    public AgentConfig withRowRetry(RowRetry retry) {
        return new AgentConfig(database, client, kioskId, establishmentId, allotmentSeats, pageSize, periods,
                localApi, watchdog, retry);
    }
}
