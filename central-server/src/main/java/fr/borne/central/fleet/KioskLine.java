package fr.borne.central.fleet;

import fr.borne.sync.SyncTrouble;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One kiosk as the fleet view shows it: everything judged already, so the page and the
 * JSON say the same thing.
 *
 * @param silence      how long central has not heard from it; empty if it never has
 * @param outOfService the switch as last reported; empty if the kiosk does not report it
 * @param trouble      what its agent parked or flagged so that sync goes on; empty if not reported
 */
public record KioskLine(String kioskId, String establishmentId, String establishmentName, Liveness liveness,
                        Optional<Instant> lastSeen, Optional<Duration> silence, Optional<String> appVersion,
                        Optional<String> agentVersion, DeviceCondition printer, DeviceCondition scanner,
                        Optional<Integer> outboxDepth, Optional<Instant> lastSync, Optional<Boolean> outOfService,
                        Optional<SyncTrouble> trouble) {

    public static final String PRINTER = "printer";
    public static final String SCANNER = "scanner";

    /** Whether a device reports trouble (a warning counts). */
    public boolean deviceTrouble() {
        return troubled(printer) || troubled(scanner);
    }

    private static boolean troubled(DeviceCondition device) {
        return device.tone() == Tone.WARNING || device.tone() == Tone.FAULT;
    }

    /** Whether its agent set something aside: a technician should look. */
    public boolean syncTrouble() {
        return trouble.filter(SyncTrouble::any).isPresent();
    }

    public boolean isOutOfService() {
        return outOfService.orElse(false);
    }
}
