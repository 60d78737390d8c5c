package fr.borne.technician;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * What the sync agent's tables say, read defensively: on a kiosk where the agent has never
 * run they may be empty.
 *
 * @param lastCaughtUp when the replica last caught up with central's feed
 * @param status       the agent's {@code sync_status} rows (last contact, last error, device words…)
 * @param refusals     changes central refused, for the kiosk to show
 * @param openRequests "sync now" requests the agent has not handled yet
 */
public record SyncSnapshot(Optional<Instant> lastCaughtUp, Map<String, String> status, int refusals,
                           int openRequests) {
}
