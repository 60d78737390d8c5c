package fr.borne.kiosk.notice;

import fr.borne.booking.Booking;
import fr.borne.booking.Reason;
import fr.borne.kiosk.support.KioskHarness;
import fr.borne.store.Sql;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * B9 at the kiosk: a special visit asked for, refused in words with the parloir service's
 * phone line, hours and address; B12, B14: a booking the establishment cancelled is on the
 * visitor's home at the next scan, with why and what to do. With
 * {@code -Dborne.screenshots=DIR} the screens are also saved there as PNGs.
 */
@ExtendWith(ApplicationExtension.class)
class SpecialVisitAndCancellationTest {

    private KioskHarness kiosk;

    @Start
    void start(Stage stage) {
        kiosk = KioskHarness.start(stage);
    }

    @AfterEach
    void stop() {
        kiosk.close();
    }

    @Test
    void B9_a_special_visit_is_refused_with_the_parloir_service_s_phone_hours_and_address() {
        kiosk.scan("DEMO-0001");
        kiosk.tap("special");
        kiosk.tap("special-FAMILY_UNIT");

        assertThat(kiosk.text("special-refused")).contains("Unité de vie familiale", "ne se réserve pas à la borne");
        assertThat(kiosk.text("special-phone-rouen")).contains("02 32 18 01 15");
        assertThat(kiosk.texts()).contains("169 boulevard de l'Europe");
        Object reason = kiosk.ui().scene().lookup("#special-refused").getUserData();
        assertThat(reason).isEqualTo(Reason.SPECIAL_VISIT_NOT_AT_KIOSK);
        kiosk.saveScreenshot("60-special-visit-refused-fr");
    }

    @Test
    void B9_in_Arabic() {
        kiosk.tap("attract-language-AR");
        kiosk.scan("DEMO-0001");
        kiosk.tap("special");
        kiosk.tap("special-GLASS_PARTITION");

        assertThat(kiosk.text("special-refused")).contains("لا تُحجز هذه الزيارة عبر الجهاز");
        assertThat(kiosk.text("special-phone-rouen")).contains("02 32 18 01 15");
        kiosk.saveScreenshot("61-special-visit-refused-ar");
    }

    @Test
    void B12_B14_the_home_shows_each_cancelled_booking_why_and_what_to_do() {
        Booking closed = kiosk.ui().context().directory().upcomingBookings("v-1014").get(0);
        kiosk.database().write(c -> Sql.update(c, "UPDATE booking SET status = 'CANCELLED_BY_CLOSURE' WHERE id = ?",
                closed.id()));

        kiosk.scan("DEMO-0014");

        assertThat(kiosk.text("cancelled-" + closed.reference())).contains("est annulé", closed.reference());
        assertThat(kiosk.text("cancelled-why-" + closed.reference())).contains("fermé", "Que faire");
        kiosk.saveScreenshot("62-cancelled-booking-fr");

        kiosk.tap("language-AR");
        assertThat(kiosk.text("cancelled-why-" + closed.reference())).contains("الزيارات مغلقة");
        kiosk.saveScreenshot("63-cancelled-booking-ar");
    }

    @Test
    void B14_a_transfer_says_to_book_at_the_new_establishment() {
        Booking moved = kiosk.ui().context().directory().upcomingBookings("v-1014").get(0);
        kiosk.database().write(c -> Sql.update(c, "UPDATE booking SET status = 'CANCELLED_BY_TRANSFER' WHERE id = ?",
                moved.id()));

        kiosk.scan("DEMO-0014");

        assertThat(kiosk.text("cancelled-why-" + moved.reference())).contains("transférée", "réservez un parloir là-bas");
        kiosk.scan("DEMO-0001");
        assertThat(kiosk.ids("cancelled-")).isEmpty();
    }
}
