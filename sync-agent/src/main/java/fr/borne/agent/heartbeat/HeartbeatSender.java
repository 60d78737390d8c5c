package fr.borne.agent.heartbeat;

import fr.borne.agent.client.CentralClient;
import fr.borne.agent.client.Outcome;
import fr.borne.agent.pull.FeedPuller;
import fr.borne.agent.status.SyncTroubles;
import fr.borne.store.Database;
import fr.borne.store.OutboxRepository;
import fr.borne.store.SyncStatusRepository;
import fr.borne.sync.Heartbeat;
import fr.borne.sync.HeartbeatAck;
import fr.borne.technician.KioskState;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * Tells central how this kiosk is: versions, each device's status word (the kiosk app
 * writes them as {@code device.<name>} rows of {@code sync_status}), the outbox depth,
 * when the replica last caught up, whether a technician took the kiosk out of service, and
 * what the agent parked or flagged so that sync goes on.
 */
public final class HeartbeatSender {

    private final Database database;
    private final CentralClient central;
    private final Clock clock;
    private final String agentVersion;
    private final KioskState kioskState;
    private final SyncTroubles troubles;

    public HeartbeatSender(Database database, CentralClient central, Clock clock, String agentVersion,
                           KioskState kioskState, SyncTroubles troubles) {
        this.troubles = troubles;
        this.database = database;
        this.central = central;
        this.clock = clock;
        this.agentVersion = agentVersion;
        this.kioskState = kioskState;
    }

    public Heartbeat current() {
        boolean outOfService = kioskState.current().outOfService();
        return database.read(c -> {
            Map<String, String> devices = new HashMap<>();
            SyncStatusRepository status = new SyncStatusRepository(c);
            devices.putAll(status.startingWith(SyncStatusRepository.DEVICE));
            String appVersion = status.all().getOrDefault(SyncStatusRepository.APP_VERSION, "unknown");
            int queue = new OutboxRepository(c).pendingCount();
            return new Heartbeat(agentVersion, appVersion, devices, queue, FeedPuller.caughtUpAt(c).orElse(null),
                    clock.instant(), outOfService, troubles.read(c));
        });
    }

    public boolean send() {
        return central.heartbeat(current()) instanceof Outcome.Answered<HeartbeatAck>;
    }
}
