package fr.borne.central.fleet;

import fr.borne.sync.Heartbeat;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Kiosk reports for the fleet tests. */
final class Reports {

    private Reports() {
    }

    static KioskReport heardAt(String kioskId, String establishment, Instant seen, Heartbeat heartbeat) {
        return new KioskReport(kioskId, "est-" + kioskId, Optional.of(establishment), Optional.of(seen),
                Optional.of(heartbeat));
    }

    static KioskReport neverHeard(String kioskId, String establishment) {
        return new KioskReport(kioskId, "est-" + kioskId, Optional.of(establishment), Optional.empty(),
                Optional.empty());
    }

    static Heartbeat beat(String appVersion, String printer, String scanner, int queue, Boolean outOfService,
                          Instant sentAt) {
        return new Heartbeat("1.0.0", appVersion, Map.of(KioskLine.PRINTER, printer, KioskLine.SCANNER, scanner),
                queue, sentAt, sentAt, outOfService);
    }
}
