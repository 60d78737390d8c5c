package fr.borne.central.fleet;

import fr.borne.sync.Heartbeat;

import java.time.Instant;
import java.util.Optional;

/**
 * What central holds about one kiosk: where it serves, when central last heard from it
 * (central's own clock) and what it said then.
 */
public record KioskReport(String kioskId, String establishmentId, Optional<String> establishmentName,
                          Optional<Instant> lastSeen, Optional<Heartbeat> heartbeat) {
}
