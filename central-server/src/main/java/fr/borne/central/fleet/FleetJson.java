package fr.borne.central.fleet;

import fr.borne.sync.SyncTrouble;

import java.time.Instant;
import java.util.List;

/** {@code GET /fleet/kiosks.json}: the same judgement as the page, for scripts and monitoring. */
public final class FleetJson {

    private FleetJson() {
    }

    /** Absent values are {@code null}, as in the sync protocol. */
    public record Document(Instant generatedAt, long staleAfterSeconds, List<Kiosk> kiosks) {
    }

    public record Kiosk(String kioskId, String establishmentId, String establishmentName, Liveness liveness,
                        boolean stale, Instant lastHeartbeat, Long silentForSeconds, String appVersion,
                        String agentVersion, Device printer, Device scanner, Integer outboxDepth, Instant lastSync,
                        Boolean outOfService, SyncTrouble syncTrouble) {
    }

    /** {@code status} is the word the kiosk sent. */
    public record Device(String status, Tone tone) {
    }

    public static Document of(Fleet fleet) {
        return new Document(fleet.at(), fleet.settings().staleAfter().toSeconds(),
                fleet.lines().stream().map(FleetJson::kiosk).toList());
    }

    private static Kiosk kiosk(KioskLine line) {
        return new Kiosk(line.kioskId(), line.establishmentId(), line.establishmentName(), line.liveness(),
                line.liveness().needsAttention(), line.lastSeen().orElse(null),
                line.silence().map(d -> d.toSeconds()).orElse(null), line.appVersion().orElse(null),
                line.agentVersion().orElse(null), device(line.printer()), device(line.scanner()),
                line.outboxDepth().orElse(null), line.lastSync().orElse(null), line.outOfService().orElse(null),
                line.trouble().orElse(null));
    }

    private static Device device(DeviceCondition condition) {
        return new Device(condition.word().orElse(null), condition.tone());
    }
}
