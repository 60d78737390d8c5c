package fr.borne.central.fleet;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Properties;

/**
 * How the fleet view judges and shows kiosks.
 *
 * @param staleAfter   a kiosk silent for longer than this is shown as stale (agents beat every minute)
 * @param refreshEvery how often the open page reloads itself
 */
public record FleetSettings(Duration staleAfter, Duration refreshEvery) {

    public static final String STALE_AFTER = "borne.fleet.stale-after";
    public static final String REFRESH_EVERY = "borne.fleet.refresh-every";

    public FleetSettings {
        if (staleAfter.isNegative() || staleAfter.isZero()) {
            throw new IllegalArgumentException("staleAfter must be positive: " + staleAfter);
        }
        if (refreshEvery.toSeconds() < 1) {
            throw new IllegalArgumentException("refreshEvery must be at least one second: " + refreshEvery);
        }
    }

    /** Stale after three missed heartbeats; the page reloads every 15 seconds. */
    public static FleetSettings defaults() {
        return new FleetSettings(Duration.ofMinutes(3), Duration.ofSeconds(15));
    }

    /**
     * Reads {@value #STALE_AFTER} and {@value #REFRESH_EVERY} as ISO-8601 durations
     * ({@code PT3M}, {@code PT15S}); what is absent keeps its default.
     */
    public static FleetSettings from(Properties properties) {
        FleetSettings defaults = defaults();
        return new FleetSettings(duration(properties, STALE_AFTER, defaults.staleAfter()),
                duration(properties, REFRESH_EVERY, defaults.refreshEvery()));
    }

    private static Duration duration(Properties properties, String key, Duration otherwise) {
        String text = properties.getProperty(key);
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return Duration.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(key + " is not an ISO-8601 duration such as PT3M: " + text, e);
        }
    }
}
