package fr.borne.central.fleet;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FleetSettingsTest {

    @Test
    void without_properties_a_kiosk_is_stale_after_three_minutes() {
        FleetSettings settings = FleetSettings.from(new Properties());
        assertThat(settings.staleAfter()).isEqualTo(Duration.ofMinutes(3));
        assertThat(settings.refreshEvery()).isEqualTo(Duration.ofSeconds(15));
    }

    @Test
    void the_threshold_and_the_refresh_are_read_as_iso_durations() {
        Properties properties = new Properties();
        properties.setProperty(FleetSettings.STALE_AFTER, "PT5M");
        properties.setProperty(FleetSettings.REFRESH_EVERY, " PT2S ");
        FleetSettings settings = FleetSettings.from(properties);
        assertThat(settings.staleAfter()).isEqualTo(Duration.ofMinutes(5));
        assertThat(settings.refreshEvery()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void a_threshold_that_is_not_a_duration_is_refused_with_its_name() {
        Properties properties = new Properties();
        properties.setProperty(FleetSettings.STALE_AFTER, "3 minutes");
        assertThatThrownBy(() -> FleetSettings.from(properties))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(FleetSettings.STALE_AFTER);
    }

    @Test
    void a_zero_threshold_or_a_sub_second_refresh_is_refused() {
        assertThatThrownBy(() -> new FleetSettings(Duration.ZERO, Duration.ofSeconds(15)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FleetSettings(Duration.ofMinutes(3), Duration.ofMillis(500)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
