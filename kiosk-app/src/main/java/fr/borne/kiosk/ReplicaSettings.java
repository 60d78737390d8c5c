package fr.borne.kiosk;

import fr.borne.settings.BookingSettings;
import fr.borne.settings.LayeredSettings;
import fr.borne.settings.SettingsSource;
import fr.borne.store.Database;
import fr.borne.store.SettingsOverrideRepository;

/**
 * The replica's layered settings, read at each question, as the booking service reads
 * them: what the words say is what the rules apply, and an override the sync agent brings
 * shows on the next screen without a restart.
 */
final class ReplicaSettings implements SettingsSource {

    private final Database database;

    ReplicaSettings(Database database) {
        this.database = database;
    }

    @Override
    public BookingSettings forEstablishment(String establishmentId) {
        return load().forEstablishment(establishmentId);
    }

    @Override
    public BookingSettings forBooking(String establishmentId, String roundId, String detaineeId) {
        return load().forBooking(establishmentId, roundId, detaineeId);
    }

    private LayeredSettings load() {
        return database.read(c -> new SettingsOverrideRepository(c).load());
    }
}
