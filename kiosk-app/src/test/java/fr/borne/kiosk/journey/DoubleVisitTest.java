package fr.borne.kiosk.journey;

import fr.borne.booking.Booking;
import fr.borne.kiosk.support.KioskHarness;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** B8 with C6 on the round step: a double visit for a detainee granted it, none for the others. */
@ExtendWith(ApplicationExtension.class)
class DoubleVisitTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 11, 25);

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
    @DisplayName("B8 C6: a detainee granted double visits is booked on two successive rounds, receipt from first start to second end")
    void B8_doubleVisitTakesTheRoundThatFollows() {
        kiosk.scan("DEMO-0009");
        kiosk.tap("book");
        kiosk.tap("day-" + WEDNESDAY);
        // 14:15–15:15 is followed by 15:40; 15:40 is the last round of the day: no double from it
        assertThat(kiosk.ids("double-")).containsExactly("double-rouen-wed-1415");
        assertThat(kiosk.text("double-rouen-wed-1415")).contains("Double parloir", "14:15 – 16:40");
        kiosk.tap("double-rouen-wed-1415");
        kiosk.tap("continue");
        assertThat(kiosk.texts()).contains("Double parloir de 14:15 à 16:40 avec Sébastien Faure");
        kiosk.tap("confirm");

        assertThat(kiosk.text("booked-headline")).isEqualTo("Votre parloir est réservé.");
        List<Booking> upcoming = kiosk.ui().context().directory().upcomingBookings("v-1009");
        assertThat(upcoming).singleElement().satisfies(booking -> {
            assertThat(booking.roundId()).isEqualTo("rouen-wed-1415");
            assertThat(booking.secondRoundId()).isEqualTo(Optional.of("rouen-wed-1540"));
        });
        assertThat(kiosk.printer().printed().get(0).plainText()).contains("14:15 – 16:40");
    }

    @Test
    @DisplayName("B8: no double visit is offered for a detainee who was not granted it")
    void B8_noDoubleVisitWithoutTheGrant() {
        kiosk.scan("DEMO-0001");
        kiosk.tap("book");
        kiosk.tap("day-" + WEDNESDAY);
        assertThat(kiosk.ids("round-")).isNotEmpty();
        assertThat(kiosk.ids("double-")).isEmpty();
    }
}
