package fr.borne.settings;

import fr.borne.detainee.PenalCategory;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How a layer of settings is stored as text and read back. */
class SettingsOverrideTest {

    @Test
    void every_field_survives_a_trip_through_text() {
        SettingsOverride override = SettingsOverride.builder()
                .opensDaysBefore(10)
                .closesBefore(Duration.ofHours(36))
                .visitorsChangeBefore(Duration.ofHours(24))
                .cancelBefore(Duration.ofHours(12))
                .convocationLead(Duration.ofMinutes(45))
                .maxCompanions(1)
                .weeklyQuota(PenalCategory.SENTENCED, 1)
                .weeklyQuota(PenalCategory.UNTRIED, 4)
                .disciplinaryDays(14)
                .seatHold(Duration.ofMinutes(5))
                .build();

        Map<String, String> text = override.toMap();

        assertThat(text).containsEntry("closesBefore", "PT36H")
                .containsEntry("weeklyQuota.SENTENCED", "1")
                .containsEntry("convocationLead", "PT45M")
                .hasSize(10);
        assertThat(SettingsOverride.fromMap(text)).isEqualTo(override);
    }

    @Test
    void an_empty_layer_writes_nothing_and_changes_nothing() {
        assertThat(SettingsOverride.NONE.toMap()).isEmpty();
        assertThat(SettingsOverride.NONE.applyTo(BookingSettings.NATIONAL)).isEqualTo(BookingSettings.NATIONAL);
    }

    @Test
    void an_unknown_key_is_refused_by_name() {
        assertThatThrownBy(() -> SettingsOverride.fromMap(Map.of("closesBeforeHours", "48")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("closesBeforeHours");
        assertThatThrownBy(() -> SettingsOverride.fromMap(Map.of("weeklyQuota.LIFER", "1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weeklyQuota.LIFER");
    }

    @Test
    void an_unreadable_or_negative_value_is_refused_by_name() {
        assertThatThrownBy(() -> SettingsOverride.fromMap(Map.of("closesBefore", "48h")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("closesBefore");
        assertThatThrownBy(() -> SettingsOverride.fromMap(Map.of("maxCompanions", "two")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxCompanions");
        assertThatThrownBy(() -> SettingsOverride.fromMap(Map.of("cancelBefore", "PT-1H")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cancelBefore");
    }
}
