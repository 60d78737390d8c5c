package fr.borne.technician;

import java.time.Instant;
import java.util.Optional;

/**
 * Whether the kiosk serves visitors.
 *
 * @param reason    why it is out of service (for technicians; the attract screen shows its own words)
 * @param since     when it was last switched; empty if it never was
 * @param changedBy the technician who switched it
 */
public record ServiceState(boolean outOfService, Optional<String> reason, Optional<Instant> since,
                           Optional<String> changedBy) {

    /** A kiosk nobody has ever switched: in service. */
    public static ServiceState initial() {
        return new ServiceState(false, Optional.empty(), Optional.empty(), Optional.empty());
    }
}
