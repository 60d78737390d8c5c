package fr.borne.kiosk.i18n;

import fr.borne.booking.Booking;
import fr.borne.device.printer.BarcodeMode;
import fr.borne.device.printer.EscPosRenderer;
import fr.borne.device.printer.Pc858Encoder;
import fr.borne.device.printer.PrinterProfile;
import fr.borne.device.receipt.Receipt;
import fr.borne.kiosk.support.KioskHarness;
import fr.borne.settings.SettingsOverride;
import fr.borne.store.SettingsOverrideRepository;
import fr.borne.store.SettingsScope;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * T1, B1, B4: a round's and a detainee's overrides, written in the replica's settings table,
 * reach every screen, the refusals and the receipt alike. Monday 23 November noon at Rouen;
 * Sophie Marchand visits Julien Marchand (d-2001).
 */
@ExtendWith(ApplicationExtension.class)
class FiguresInForceTest {

    private static final String DETAINEE = "d-2001";
    private static final String ROUND = "rouen-thu-1415";

    private KioskHarness kiosk;

    @Start
    void start(Stage stage) {
        kiosk = KioskHarness.start(stage);
    }

    /** Written from the test's thread, as the sync agent would: never the kiosk's screen. */
    @BeforeEach
    void overrides() {
        // Thursday's 14:15 round calls visitors 50 minutes ahead; Julien Marchand's visits close 72 h ahead
        override(SettingsScope.ROUND, ROUND, SettingsOverride.builder().convocationLead(Duration.ofMinutes(50)).build());
        override(SettingsScope.DETAINEE, DETAINEE, SettingsOverride.builder()
                .closesBefore(Duration.ofHours(72)).cancelBefore(Duration.ofHours(72)).build());
    }

    @AfterEach
    void stop() {
        kiosk.close();
    }

    @Test
    void T1_the_review_booked_and_home_screens_and_the_printed_receipt_say_the_rounds_own_convocation() {
        kiosk.scan("DEMO-0001");
        kiosk.tap("book");
        kiosk.tap("day-2026-11-26");
        kiosk.tap("round-" + ROUND);
        kiosk.tap("visitor-v-1004");
        kiosk.tap("continue");
        assertThat(kiosk.text("review-convocation")).isEqualTo("Convocation à 13:25");

        kiosk.tap("confirm");
        assertThat(kiosk.text("booked-headline")).isEqualTo("Votre parloir est réservé.");
        assertThat(kiosk.texts()).contains("Convocation à 13:25").doesNotContain("Convocation à 13:45");

        Booking booking = kiosk.ui().context().directory().upcomingBookings("v-1001").get(0);
        kiosk.tap("home");
        assertThat(kiosk.texts()).contains("Convocation à 13:25").doesNotContain("Convocation à 13:45");

        assertThat(kiosk.printer().printed()).hasSize(1);
        Receipt receipt = kiosk.printer().printed().get(0);
        assertThat(receipt.plainText()).contains("à 13:25", "L'appel a lieu 50 minutes avant le parloir",
                "Changer les visiteurs jusqu'à 48 h avant, annuler jusqu'à 72 h avant", booking.reference());
        byte[] paper = new EscPosRenderer(PrinterProfile.paper80mm().withBarcodes(BarcodeMode.NATIVE)).render(receipt);
        Pc858Encoder pc858 = new Pc858Encoder();
        assertThat(contains(paper, pc858.encode("à 13:25"))).as("the printer's bytes say 13:25").isTrue();
        assertThat(contains(paper, pc858.encode("L'appel a lieu 50 minutes"))).isTrue();

        kiosk.tap("reprint-" + booking.reference());
        assertThat(kiosk.printer().printed()).hasSize(2);
        assertThat(kiosk.printer().printed().get(1).plainText()).contains("à 13:25", "50 minutes");
    }

    @Test
    void B1_a_refusal_names_the_detainees_own_cut_off() {
        kiosk.scan("DEMO-0001");
        kiosk.tap("book");
        // every Wednesday round starts within 72 h of Monday noon
        assertThat(kiosk.texts()).contains("Trop tard");
        kiosk.tap("day-2026-11-25");
        assertThat(kiosk.text("day-explanation"))
                .isEqualTo("Trop tard : on réserve au moins 72 heures avant le parloir. Choisissez un jour plus éloigné.");
    }

    @Test
    void the_words_follow_the_settings_table_without_a_restart_in_every_language() {
        kiosk.scan("DEMO-0001");
        kiosk.tap("book");
        kiosk.tap("day-2026-11-25");
        assertThat(kiosk.text("day-explanation")).contains("72 heures");

        override(SettingsScope.DETAINEE, DETAINEE, SettingsOverride.builder().closesBefore(Duration.ofHours(49)).build());
        // the next screen reads the settings again (the day screen's words were read with it): Wednesday opens
        // (14:15 is 50 h away), its 09:15 round is still too late
        kiosk.tap("back");
        kiosk.tap("book");
        kiosk.tap("day-2026-11-25");
        kiosk.tap("round-rouen-wed-0915");
        assertThat(kiosk.text("round-refusal")).contains("au moins 49 heures avant le parloir");
        kiosk.onFx(() -> kiosk.ui().context().texts().use(Language.EN));
        assertThat(kiosk.text("round-refusal")).contains("at least 49 hours before the visit");
        kiosk.onFx(() -> kiosk.ui().context().texts().use(Language.AR));
        assertThat(kiosk.text("round-refusal")).contains("49 ساعة");
    }

    private void override(SettingsScope scope, String id, SettingsOverride override) {
        kiosk.database().write(c -> {
            new SettingsOverrideRepository(c).save(scope, id, override);
            return null;
        });
    }

    private static boolean contains(byte[] bytes, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= bytes.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
