package fr.borne.settings;

import fr.borne.detainee.PenalCategory;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Settings in layers: national, then establishment, then round, then detainee; per field. */
class LayeredSettingsTest {

    private final LayeredSettings settings = new LayeredSettings(
            BookingSettings.NATIONAL,
            Map.of("rouen", SettingsOverride.builder()
                    .closesBefore(Duration.ofHours(24))
                    .weeklyQuota(PenalCategory.SENTENCED, 3)
                    .build()),
            Map.of("rouen-sat-0845", SettingsOverride.builder()
                    .closesBefore(Duration.ofHours(36))
                    .opensDaysBefore(8)
                    .build()),
            Map.of("d-far", SettingsOverride.builder()
                    .closesBefore(Duration.ofHours(72))
                    .weeklyQuota(PenalCategory.UNTRIED, 4)
                    .build()));

    @Test
    void without_any_override_the_national_defaults_apply() {
        assertThat(LayeredSettings.nationalOnly().forBooking("rouen", "rouen-wed-0915", "d1"))
                .isEqualTo(BookingSettings.NATIONAL);
        assertThat(settings.forBooking("dijon", "dijon-mon-1000", "d1")).isEqualTo(BookingSettings.NATIONAL);
    }

    @Test
    void the_establishment_overrides_national_field_by_field() {
        BookingSettings rouen = settings.forEstablishment("rouen");

        assertThat(rouen.closesBefore()).isEqualTo(Duration.ofHours(24));
        assertThat(rouen.weeklyQuota(PenalCategory.SENTENCED)).isEqualTo(3);
        assertThat(rouen.weeklyQuota(PenalCategory.UNTRIED)).isEqualTo(3);
        assertThat(rouen.cancelBefore()).isEqualTo(BookingSettings.NATIONAL.cancelBefore());
        assertThat(rouen.opensDaysBefore()).isEqualTo(15);
    }

    @Test
    void a_round_overrides_its_establishment() {
        BookingSettings saturday = settings.forBooking("rouen", "rouen-sat-0845", "d1");
        BookingSettings wednesday = settings.forBooking("rouen", "rouen-wed-0915", "d1");

        assertThat(saturday.closesBefore()).isEqualTo(Duration.ofHours(36));
        assertThat(saturday.opensDaysBefore()).isEqualTo(8);
        assertThat(saturday.weeklyQuota(PenalCategory.SENTENCED)).as("still the establishment's").isEqualTo(3);
        assertThat(wednesday.closesBefore()).isEqualTo(Duration.ofHours(24));
        assertThat(settings.forEstablishment("rouen").opensDaysBefore()).as("rounds stay out of the establishment")
                .isEqualTo(15);
    }

    @Test
    void a_detainee_overrides_the_round() {
        BookingSettings far = settings.forBooking("rouen", "rouen-sat-0845", "d-far");

        assertThat(far.closesBefore()).isEqualTo(Duration.ofHours(72));
        assertThat(far.opensDaysBefore()).as("still the round's").isEqualTo(8);
        assertThat(far.weeklyQuota(PenalCategory.UNTRIED)).isEqualTo(4);
        assertThat(far.weeklyQuota(PenalCategory.SENTENCED)).as("quotas merge per category").isEqualTo(3);
    }
}
