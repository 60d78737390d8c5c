package fr.borne.sync;

import java.time.Instant;

/** Central's reply to a heartbeat: its own clock, so a technician can spot a kiosk off by minutes. */
public record HeartbeatAck(String kioskId, String establishmentId, Instant serverTime) {
}
