package fr.borne.kiosk.online;

import fr.borne.booking.Booking;
import fr.borne.demo.Timetables;
import fr.borne.kiosk.support.KioskHarness;
import fr.borne.kiosk.support.OnlineWorld;
import fr.borne.store.Sql;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * B10 with the escrow: a Rouen kiosk that central allotted no seat books from central's
 * pool through its agent, or says plainly that it cannot confirm now.
 */
@ExtendWith(ApplicationExtension.class)
class CentralPoolTest {

    private OnlineWorld world;
    private KioskHarness kiosk;

    @Start
    void start(Stage stage) throws IOException {
        Path folder = Files.createTempDirectory("kiosk-pool");
        Clock clock = Clock.systemUTC();
        world = OnlineWorld.start(folder, "rouen-1", Timetables.ROUEN, 0, clock);
        kiosk = KioskHarness.startOnline(stage, folder, world.kioskDatabase(), Timetables.ROUEN, world.client(), clock);
    }

    @AfterEach
    void stop() {
        world.close();
        kiosk.close();
    }

    private String firstOpenRound() {
        kiosk.scan("DEMO-0001");
        kiosk.tap("book");
        String day = kiosk.ids("day-").stream().filter(id -> kiosk.text(id).contains("places")).findFirst().orElseThrow();
        kiosk.tap(day);
        return kiosk.ids("round-").stream().filter(id -> kiosk.text(id).contains("places")).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("B10: no allotted seat left here, the seat comes from central's pool and the booking is confirmed")
    void B10_bookedFromCentralsPoolWhenTheAllotmentIsUsedUp() {
        kiosk.tap(firstOpenRound());
        assertThat(kiosk.ui().context().session().hold()).as("no local seat was held").isEmpty();
        kiosk.tap("continue");
        kiosk.tap("confirm");

        assertThat(kiosk.text("booked-headline")).isEqualTo("Votre parloir est réservé.");
        Booking booked = kiosk.ui().context().directory().upcomingBookings("v-1001").get(0);
        int atCentral = world.central().read(c -> Sql.count(c,
                "SELECT count(*) FROM booking WHERE id = ? AND status = 'CONFIRMED'", booked.id()));
        assertThat(atCentral).isEqualTo(1);
        assertThat(kiosk.printer().printed()).hasSize(1);
    }

    @Test
    @DisplayName("B10: no allotted seat left and central unreachable: the visitor is told plainly, nothing is booked")
    void B10_offlineWithoutAllottedSeatSaysSoWithThePhoneLine() {
        String round = firstOpenRound();
        kiosk.tap(round);
        kiosk.tap("continue");
        // central goes away while the visitor reviews: the agent last saw it, the booking cannot reach it
        world.centralDown();
        kiosk.tap("confirm");
        assertThat(kiosk.texts()).contains("Ce parloir n'est pas réservé.", "ne peut pas confirmer ce parloir maintenant",
                "02 32 18 01 15");
        assertThat(kiosk.ui().context().directory().upcomingBookings("v-1001")).isEmpty();
    }
}
