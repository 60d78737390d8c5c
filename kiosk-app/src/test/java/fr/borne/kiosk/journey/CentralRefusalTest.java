package fr.borne.kiosk.journey;

import fr.borne.booking.Booking;
import fr.borne.kiosk.support.KioskHarness;
import fr.borne.store.Sql;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;

/** B10: a booking central refused after the kiosk confirmed it offline is shown to the visitor, in words. */
@ExtendWith(ApplicationExtension.class)
class CentralRefusalTest {

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
    @DisplayName("B10 B7: a refusal recorded by the sync agent shows on the visitor's home with its reason and the phone line")
    void B10_refusalByCentralShownOnHome() {
        Booking booking = kiosk.ui().context().directory().upcomingBookings("v-1014").get(0);
        kiosk.database().write(c -> Sql.update(c, """
                INSERT INTO sync_refusal (outbox_id, booking_id, kind, reasons, recorded_at) VALUES (1, ?, 'CREATE', ?, 0)""",
                booking.id(), "[{\"reason\":\"WEEKLY_QUOTA_REACHED\",\"rule\":\"B7\"}]"));

        kiosk.scan("DEMO-0014");
        assertThat(kiosk.text("central-refused-" + booking.reference()))
                .contains("n'a pas pu être validé", booking.reference());
        assertThat(kiosk.texts()).contains("02 32 18 01 15");
        fr.borne.kiosk.i18n.Explanations explanations = kiosk.ui().context().explanations();
        fr.borne.booking.Refusal quota = fr.borne.booking.Refusal.of(fr.borne.booking.Reason.WEEKLY_QUOTA_REACHED);
        assertThat(kiosk.texts()).contains(explanations.explain(quota, explanations.facts(java.util.List.of(quota))));

        kiosk.scan("DEMO-0001");
        assertThat(kiosk.ids("central-refused-")).isEmpty();
    }
}
