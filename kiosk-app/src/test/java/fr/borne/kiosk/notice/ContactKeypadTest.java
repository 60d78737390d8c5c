package fr.borne.kiosk.notice;

import fr.borne.booking.Booking;
import fr.borne.demo.Timetables;
import fr.borne.kiosk.support.KioskHarness;
import fr.borne.kiosk.support.OnlineWorld;
import fr.borne.store.Sql;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * T4 at the kiosk, on the real path: after a booking, an opt-in keypad; the number goes
 * through the agent's local API to central, which keeps it; the kiosk keeps nothing of it
 * (not in the replica, not on the receipt), and the offer is made once a session.
 * With {@code -Dborne.screenshots=DIR} the keypad is saved there in French and Arabic.
 */
@ExtendWith(ApplicationExtension.class)
class ContactKeypadTest {

    private OnlineWorld world;
    private KioskHarness kiosk;

    @Start
    void start(Stage stage) throws IOException {
        Path folder = Files.createTempDirectory("kiosk-contact");
        Clock clock = Clock.systemUTC();
        world = OnlineWorld.start(folder, "rouen-1", Timetables.ROUEN, clock);
        kiosk = KioskHarness.startOnline(stage, folder, world.kioskDatabase(), Timetables.ROUEN, world.client(), clock);
    }

    @AfterEach
    void stop() {
        world.close();
        kiosk.close();
    }

    private void book() {
        kiosk.scan("DEMO-0001");
        kiosk.tap("book");
        kiosk.waitUntil(() -> !kiosk.ids("day-").isEmpty());
        String day = kiosk.ids("day-").stream().filter(id -> kiosk.text(id).contains("places")).findFirst().orElseThrow();
        kiosk.tap(day);
        kiosk.waitUntil(() -> !kiosk.ids("round-").isEmpty());
        kiosk.tap(kiosk.ids("round-").stream().filter(id -> kiosk.text(id).contains("places")).findFirst().orElseThrow());
        kiosk.tap("continue");
        kiosk.tap("confirm");
        assertThat(kiosk.text("booked-headline")).isEqualTo("Votre parloir est réservé.");
    }

    @Test
    void T4_a_number_left_on_the_keypad_reaches_central_and_nothing_of_it_stays_on_the_kiosk() throws IOException {
        book();
        kiosk.tap("contact-offer");
        assertThat(kiosk.text("contact-consent")).contains("facultatif", "effacé après votre dernier parloir", "STOP");
        for (char digit : "0612345678".toCharArray()) {
            kiosk.tap("key-" + digit);
        }
        assertThat(kiosk.text("contact-typed")).isEqualTo("0612345678");
        kiosk.saveScreenshot("64-contact-keypad-fr");
        kiosk.tap("contact-send");

        assertThat(kiosk.text("contact-outcome")).contains("C'est noté");
        int atCentral = world.central().read(c -> Sql.count(c,
                "SELECT count(*) FROM central_contact WHERE visitor_id = 'v-1001' AND address = '+33612345678'"));
        assertThat(atCentral).isEqualTo(1);
        kiosk.tap("home");
        // the replica's file and its write-ahead log, as they are: the number is in neither
        for (Path file : new Path[] {world.kioskDatabase(), Path.of(world.kioskDatabase() + "-wal")}) {
            if (Files.exists(file)) {
                String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                assertThat(bytes).doesNotContain("0612345678").doesNotContain("33612345678");
            }
        }
        assertThat(kiosk.printer().printed()).isNotEmpty().allMatch(r -> !r.plainText().contains("0612345678"));
    }

    @Test
    void T4_B12_booked_with_a_number_then_a_closure_at_central_writes_the_notices_and_the_next_scan_shows_why() {
        book();
        Booking booked = kiosk.ui().context().directory().upcomingBookings("v-1001").get(0);
        kiosk.tap("contact-offer");
        for (char digit : "0612345678".toCharArray()) {
            kiosk.tap("key-" + digit);
        }
        kiosk.tap("contact-send");
        assertThat(kiosk.text("contact-outcome")).contains("C'est noté");
        kiosk.tap("home");

        world.agent().agent().syncOnce();
        assertThat(noticesAtCentral("CONFIRMATION")).as("the booking reached central: its confirmation").isEqualTo(1);
        boolean closed = new fr.borne.central.http.AdminCalls(fr.borne.central.CentralServices.create(world.central(),
                Clock.systemUTC())).closeIfKnown(new fr.borne.sync.ClosureData("rouen", booked.date(), null, "incident"));
        assertThat(closed).isTrue();
        assertThat(noticesAtCentral("CANCELLATION")).isEqualTo(1);
        world.agent().agent().syncOnce();

        kiosk.tap("finished");
        kiosk.scan("DEMO-0001");
        assertThat(kiosk.text("cancelled-why-" + booked.reference())).contains("fermé");
    }

    private int noticesAtCentral(String kind) {
        return world.central().read(c -> Sql.count(c, "SELECT count(*) FROM central_notice WHERE kind = ?", kind));
    }

    @Test
    void T4_never_required_offered_once_and_a_wrong_number_is_said_so() {
        book();
        kiosk.tap("contact-offer");
        kiosk.tap("key-1");
        kiosk.tap("key-2");
        kiosk.tap("contact-send");
        assertThat(kiosk.text("contact-outcome")).contains("ne semble pas correct");
        kiosk.tap("contact-no");
        assertThat(kiosk.has("book")).isTrue();
        int atCentral = world.central().read(c -> Sql.count(c, "SELECT count(*) FROM central_contact"));
        assertThat(atCentral).isZero();

        Booking booking = kiosk.ui().context().directory().upcomingBookings("v-1001").get(0);
        kiosk.tap("reprint-" + booking.reference());
        assertThat(kiosk.has("contact-offer")).isFalse();
    }

    @Test
    void T4_the_keypad_in_Arabic() {
        book();
        kiosk.tap("contact-offer");
        kiosk.tap("language-AR");
        kiosk.tap("contact-email");
        for (String key : new String[] {"s", "a", "r", "a", "at", "m", "a", "i", "l", "dot", "f", "r"}) {
            kiosk.tap("key-" + key);
        }
        assertThat(kiosk.text("contact-typed")).isEqualTo("sara@mail.fr");
        assertThat(kiosk.text("contact-consent")).contains("اختياري");
        kiosk.saveScreenshot("65-contact-keypad-ar");
    }

}
