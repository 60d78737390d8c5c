package fr.borne.store;

import fr.borne.detainee.PenalCategory;
import fr.borne.settings.BookingSettings;
import fr.borne.settings.LayeredSettings;
import fr.borne.settings.SettingsOverride;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class SettingsOverrideRepositoryTest {

    @TempDir
    Path dir;

    @Test
    void stored_layers_come_back_as_the_settings_the_rules_use() {
        try (Database database = Database.open(dir.resolve("replica.db"))) {
            LayeredSettings settings = database.write(c -> {
                SettingsOverrideRepository repository = new SettingsOverrideRepository(c);
                repository.save(SettingsScope.ESTABLISHMENT, "rouen",
                        SettingsOverride.builder().weeklyQuota(PenalCategory.SENTENCED, 1).build());
                repository.save(SettingsScope.ROUND, "rouen-sat-0845",
                        SettingsOverride.builder().closesBefore(Duration.ofHours(24)).build());
                repository.save(SettingsScope.DETAINEE, "d1", SettingsOverride.builder().maxCompanions(1).build());
                return repository.load();
            });
            BookingSettings forBooking = settings.forBooking("rouen", "rouen-sat-0845", "d1");
            assertThat(forBooking.weeklyQuota(PenalCategory.SENTENCED)).isEqualTo(1);
            assertThat(forBooking.closesBefore()).isEqualTo(Duration.ofHours(24));
            assertThat(forBooking.maxCompanions()).isEqualTo(1);
            assertThat(settings.forEstablishment("dijon")).isEqualTo(BookingSettings.NATIONAL);
        }
    }

    @Test
    void an_unreadable_value_is_left_out_and_the_others_still_apply() {
        try (Database database = Database.open(dir.resolve("replica.db"))) {
            LayeredSettings settings = database.write(c -> {
                Sql.update(c, "INSERT INTO settings_override VALUES ('ESTABLISHMENT', 'rouen', 'seatHold', 'three minutes')");
                Sql.update(c, "INSERT INTO settings_override VALUES ('ESTABLISHMENT', 'rouen', 'maxCompanions', '1')");
                return new SettingsOverrideRepository(c).load();
            });
            assertThat(settings.forEstablishment("rouen").seatHold()).isEqualTo(BookingSettings.NATIONAL.seatHold());
            assertThat(settings.forEstablishment("rouen").maxCompanions()).isEqualTo(1);
        }
    }
}
