package fr.borne.kiosk.i18n;

import fr.borne.kiosk.support.KioskHarness;
import fr.borne.settings.SettingsOverride;
import fr.borne.store.SettingsOverrideRepository;
import fr.borne.store.SettingsScope;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * B1, B3, B4: a cut-off overridden for one round only (the round layer of the settings, over
 * the establishment's 48 h) is the figure the refusals about that round name, not the
 * detainee's or the establishment's. Monday 23 November noon at Rouen, on the real replica;
 * Wednesday's 14:15 round closes 72 h ahead and can be changed or cancelled until 240 h ahead.
 */
@ExtendWith(ApplicationExtension.class)
class RoundFiguresInRefusalsTest {

    private static final String ROUND = "rouen-wed-1415";

    private KioskHarness kiosk;

    @Start
    void start(Stage stage) {
        kiosk = KioskHarness.start(stage);
    }

    /** Written from the test's thread, as the sync agent would: never the kiosk's screen. */
    @BeforeEach
    void roundOverride() {
        kiosk.database().write(c -> {
            new SettingsOverrideRepository(c).save(SettingsScope.ROUND, ROUND, SettingsOverride.builder()
                    .closesBefore(Duration.ofHours(72)).visitorsChangeBefore(Duration.ofHours(240))
                    .cancelBefore(Duration.ofHours(240)).build());
            return null;
        });
    }

    @AfterEach
    void stop() {
        kiosk.close();
    }

    @Test
    @DisplayName("B1: the refusal of a round whose booking closes 72 h ahead says 72 h, not the establishment's 48 h")
    void B1_the_round_refusal_names_the_rounds_own_booking_cut_off() {
        kiosk.scan("DEMO-0001");
        kiosk.tap("book");
        // Wednesday 25 November: 14:15 is 50 h away, open under 48 h, closed under the round's 72 h
        kiosk.tap("day-2026-11-25");
        kiosk.tap("round-" + ROUND);

        assertThat(kiosk.text("round-refusal"))
                .isEqualTo("Trop tard : on réserve au moins 72 heures avant le parloir. Choisissez un jour plus éloigné.");
        kiosk.onFx(() -> kiosk.ui().context().texts().use(Language.EN));
        assertThat(kiosk.text("round-refusal")).contains("72 hours").doesNotContain("48");
    }

    @Test
    @DisplayName("B4: the refusal to cancel a booking of that round names the round's 240 h")
    void B4_the_cancel_refusal_names_the_rounds_own_cancel_cut_off() {
        // Gérard Blanchard's visit of Wednesday 2 December at 14:15 is 218 h away
        kiosk.scan("DEMO-0014");
        String reference = kiosk.firstReference("cancel-");
        kiosk.tap("cancel-" + reference);
        kiosk.tap("confirm-cancel");

        assertThat(kiosk.text("refused-reason-0")).startsWith("Il est trop tard pour annuler à la borne (240 heures avant le parloir).");
        kiosk.onFx(() -> kiosk.ui().context().texts().use(Language.EN));
        assertThat(kiosk.text("refused-reason-0")).contains("240 hours").doesNotContain("48");
    }

    @Test
    @DisplayName("B3: the refusal to change the companions of a booking of that round names the round's 240 h")
    void B3_the_change_refusal_names_the_rounds_own_change_cut_off() {
        kiosk.scan("DEMO-0014");
        String reference = kiosk.firstReference("change-");
        kiosk.tap("change-" + reference);
        kiosk.tap("visitor-v-1015");
        kiosk.tap("save");

        assertThat(kiosk.text("refused-reason-0")).startsWith(
                "Les visiteurs ne peuvent plus être changés : c'est possible jusqu'à 240 heures avant le parloir.");
    }
}
