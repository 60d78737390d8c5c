package fr.borne.central.fleet;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One kiosk as the fleet view shows it: everything judged already, so the page and the
 * JSON say the same thing.
 *
 * @param silence      how long central has not heard from it; empty if it never has
 * @param outOfService the switch as last reported; empty if the kiosk does not report it
 */
public record KioskLine(String kioskId, String establishmentId, String establishmentName, Liveness liveness,
                        Optional<Instant> lastSeen, Optional<Duration> silence, Optional<String> appVersion,
                        Optional<String> agentVersion, DeviceCondition printer, DeviceCondition scanner,
                        Optional<Integer> outboxDepth, Optional<Instant> lastSync, Optional<Boolean> outOfService) {

    public static final String PRINTER = "printer";
    public static final String SCANNER = "scanner";

    /** Whether a device reports trouble (a warning counts). */
    public boolean deviceTrouble() {
        return troubled(printer) || troubled(scanner);
    }

    private static boolean troubled(DeviceCondition device) {
        return device.tone() == Tone.WARNING || device.tone() == Tone.FAULT;
    }

    public boolean isOutOfService() {
        return outOfService.orElse(false);
    }
}
