package fr.borne.settings;

import java.util.Map;
import java.util.Objects;

/**
 * National defaults under per-establishment, per-round and per-detainee overrides, held
 * in memory. Each field is taken from the most specific layer that sets it, so a round
 * may shorten the cut-off while its establishment's quotas still apply.
 */
public final class LayeredSettings implements SettingsSource {

    private final BookingSettings national;
    private final Map<String, SettingsOverride> byEstablishment;
    private final Map<String, SettingsOverride> byRound;
    private final Map<String, SettingsOverride> byDetainee;

    /** Each map is keyed by the id of what it overrides; ids without an entry change nothing. */
    public LayeredSettings(
            BookingSettings national,
            Map<String, SettingsOverride> byEstablishment,
            Map<String, SettingsOverride> byRound,
            Map<String, SettingsOverride> byDetainee) {
        this.national = Objects.requireNonNull(national, "national");
        this.byEstablishment = Map.copyOf(byEstablishment);
        this.byRound = Map.copyOf(byRound);
        this.byDetainee = Map.copyOf(byDetainee);
    }

    /** The national defaults of RULES.md, overridden nowhere. */
    public static LayeredSettings nationalOnly() {
        return new LayeredSettings(BookingSettings.NATIONAL, Map.of(), Map.of(), Map.of());
    }

    @Override
    public BookingSettings forEstablishment(String establishmentId) {
        return layer(byEstablishment, establishmentId).applyTo(national);
    }

    @Override
    public BookingSettings forBooking(String establishmentId, String roundId, String detaineeId) {
        BookingSettings settings = forEstablishment(establishmentId);
        settings = layer(byRound, roundId).applyTo(settings);
        return layer(byDetainee, detaineeId).applyTo(settings);
    }

    private static SettingsOverride layer(Map<String, SettingsOverride> overrides, String id) {
        return id == null ? SettingsOverride.NONE : overrides.getOrDefault(id, SettingsOverride.NONE);
    }
}
