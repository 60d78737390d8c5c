package fr.borne.agent;

import fr.borne.agent.client.ClientSettings;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Everything the agent needs to be built: where the replica is, how to reach central, who
 * it is, whether it serves the kiosk app's local API, and which file tells its supervisor
 * that the sync loop is alive.
 */
public record AgentConfig(Path database, ClientSettings client, String kioskId, String establishmentId,
                          int allotmentSeats, int pageSize, SyncAgent.Periods periods, Optional<LocalApi> localApi,
                          Optional<Watchdog> watchdog) {

    /**
     * The loopback API for the kiosk app's online questions: its port (0 picks a free one)
     * and how long the kiosk app may wait for central at most, retry included.
     */
    public record LocalApi(int port, Duration onlineWait) {
    }

    /** The file the sync loop touches every {@code every} while it works (the service's watchdog reads it). */
    public record Watchdog(Path file, Duration every) {
    }

    /** An agent without the local API (sync once, status, tests of syncing alone). */
    public AgentConfig(Path database, ClientSettings client, String kioskId, String establishmentId,
                       int allotmentSeats, int pageSize, SyncAgent.Periods periods) {
        this(database, client, kioskId, establishmentId, allotmentSeats, pageSize, periods, Optional.empty(),
                Optional.empty());
    }

    public AgentConfig withLocalApi(int port, Duration onlineWait) {
        return new AgentConfig(database, client, kioskId, establishmentId, allotmentSeats, pageSize, periods,
                Optional.of(new LocalApi(port, onlineWait)), watchdog);
    }

    public AgentConfig withWatchdog(Path file, Duration every) {
        return new AgentConfig(database, client, kioskId, establishmentId, allotmentSeats, pageSize, periods,
                localApi, Optional.of(new Watchdog(file, every)));
    }
}
