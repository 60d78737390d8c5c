package fr.borne.kiosk.online;

import fr.borne.demo.Timetables;
import fr.borne.establishment.Establishment;
import fr.borne.kiosk.support.KioskHarness;
import fr.borne.kiosk.support.OnlineWorld;
import fr.borne.store.EstablishmentRepository;
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
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * T5, B11 at the Rouen kiosk, end to end on loopback (the real central server, Rouen's real
 * sync agent, the real screens): every establishment's public details reach the replica
 * through the feed, so with central out of reach a visitor of a Dijon-held detainee (Céline
 * Morel, whose badge the Rouen replica does not hold) is given Dijon's line, not Rouen's.
 */
@ExtendWith(ApplicationExtension.class)
class CallElsewhereOfflineTest {

    private static final String CELINE = "DEMO-0013";

    private OnlineWorld world;
    private KioskHarness kiosk;

    @Start
    void start(Stage stage) throws IOException {
        Path folder = Files.createTempDirectory("kiosk-call-elsewhere");
        Clock clock = Clock.systemUTC();
        world = OnlineWorld.start(folder, "rouen-1", Timetables.ROUEN, clock);
        kiosk = KioskHarness.startOnline(stage, folder, world.kioskDatabase(), Timetables.ROUEN, world.client(), clock);
    }

    @AfterEach
    void stop() {
        world.close();
        kiosk.close();
    }

    @Test
    @DisplayName("T5: the Rouen replica holds Dijon's public details, as central has them, after one sync")
    void T5_every_establishments_public_details_reach_every_replica() {
        Optional<Establishment> dijon = kiosk.database().read(c -> new EstablishmentRepository(c).find(Timetables.DIJON));
        assertThat(dijon).contains(Timetables.dijon());
        assertThat(dijon.orElseThrow().postalAddress()).contains("BP 20305", "21033 Dijon Cedex");
        assertThat(dijon.orElseThrow().visitingHours()).isNotBlank();
    }

    @Test
    @DisplayName("B11 offline: a badge unknown at Rouen, central unreachable: Dijon's parloir line, hours and visiting hours are given")
    void B11_offline_a_visitor_of_elsewhere_is_given_that_establishments_line() {
        world.centralDown();
        kiosk.scan(CELINE);
        kiosk.waitUntil(() -> kiosk.has("badge-offline"));

        Establishment dijon = Timetables.dijon();
        assertThat(kiosk.text("call-" + Timetables.DIJON)).contains(dijon.name(), dijon.parloirPhone(),
                dijon.parloirPhoneHours(), dijon.visitingHours(), dijon.postalAddress());
        assertThat(kiosk.has("call-" + Timetables.ROUEN)).as("Rouen's own line is given apart, not as elsewhere").isFalse();
        assertThat(kiosk.ui().context().session().active()).isFalse();
        kiosk.saveScreenshot("42-call-elsewhere-offline");
    }
}
