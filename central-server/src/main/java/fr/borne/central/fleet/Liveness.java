package fr.borne.central.fleet;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Whether a kiosk still reports to central. */
public enum Liveness {
    /** Heard from within the threshold. */
    LIVE,
    /** Silent for longer than the threshold: off, unplugged, or its network or agent is down. */
    STALE,
    /** Registered but never heard from. */
    NEVER_SEEN;

    /** A kiosk is stale once it has been silent for strictly longer than {@code staleAfter}. */
    public static Liveness of(Optional<Instant> lastSeen, Instant now, Duration staleAfter) {
        if (lastSeen.isEmpty()) {
            return NEVER_SEEN;
        }
        return Duration.between(lastSeen.get(), now).compareTo(staleAfter) > 0 ? STALE : LIVE;
    }

    /** Whether the row needs a technician's eye. */
    public boolean needsAttention() {
        return this != LIVE;
    }
}
