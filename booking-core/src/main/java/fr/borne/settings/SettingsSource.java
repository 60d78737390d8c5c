package fr.borne.settings;

/**
 * Settings in layers: national defaults, overridden per establishment, then per round,
 * then per detainee; the most specific layer that sets a value wins.
 */
public interface SettingsSource {

    BookingSettings forEstablishment(String establishmentId);

    BookingSettings forBooking(String establishmentId, String roundId, String detaineeId);
}
