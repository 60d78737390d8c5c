package fr.borne.sync;

import java.time.Instant;
import java.util.Map;

/**
 * {@code POST /v1/kiosks/{id}/heartbeat}: versions, each device's status word, how many
 * outbox rows wait to be pushed, and when the replica last caught up with central.
 */
public record Heartbeat(String agentVersion, String appVersion, Map<String, String> devices, int queueDepth,
                        Instant lastSync, Instant sentAt) {

    public Heartbeat {
        devices = devices == null ? Map.of() : Map.copyOf(devices);
    }
}
