package fr.borne.sync;

import java.time.Instant;
import java.util.Map;

/**
 * {@code POST /v1/kiosks/{id}/heartbeat}: versions, each device's status word, how many
 * outbox rows wait to be pushed, and when the replica last caught up with central.
 *
 * @param outOfService whether a technician has taken the kiosk out of service; {@code null}
 *                     when the sender does not report it (older agents)
 * @param trouble      what the agent parked or flagged so that sync goes on; {@code null} when
 *                     the sender does not report it (older agents)
 */
public record Heartbeat(String agentVersion, String appVersion, Map<String, String> devices, int queueDepth,
                        Instant lastSync, Instant sentAt, Boolean outOfService, SyncTrouble trouble) {

    public Heartbeat {
        devices = devices == null ? Map.of() : Map.copyOf(devices);
    }

    /** A heartbeat that does not report parked items. */
    public Heartbeat(String agentVersion, String appVersion, Map<String, String> devices, int queueDepth,
                     Instant lastSync, Instant sentAt, Boolean outOfService) {
        this(agentVersion, appVersion, devices, queueDepth, lastSync, sentAt, outOfService, null);
    }

    /** A heartbeat that does not report the out-of-service switch. */
    public Heartbeat(String agentVersion, String appVersion, Map<String, String> devices, int queueDepth,
                     Instant lastSync, Instant sentAt) {
        this(agentVersion, appVersion, devices, queueDepth, lastSync, sentAt, null, null);
    }
}
