package fr.borne.kiosk.journey;

import fr.borne.booking.Booking;
import fr.borne.device.receipt.Receipt;
import fr.borne.device.receipt.ReceiptElement;
import fr.borne.device.receipt.Symbology;
import fr.borne.kiosk.support.KioskHarness;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The visitor's main journey on the real screens: scan, book, take the receipt; change; cancel; paper out. */
@ExtendWith(ApplicationExtension.class)
class BookingJourneyTest {

    private KioskHarness kiosk;

    @Start
    void start(Stage stage) {
        kiosk = KioskHarness.start(stage);
    }

    @AfterEach
    void stop() {
        kiosk.close();
    }

    /** Books Sophie Marchand with her son Lucas on the first day and round that can be booked. */
    private void bookSophieWithLucas() {
        kiosk.scan("DEMO-0001");
        assertThat(kiosk.texts()).contains("Bonjour Sophie Marchand");
        kiosk.tap("book");
        // a single detainee: the detainee step is skipped
        assertThat(kiosk.texts()).contains("Quel jour ?");
        kiosk.tap("day-2026-11-25");
        assertThat(kiosk.texts()).contains("À quelle heure ?");
        kiosk.tap("round-rouen-wed-1415");
        assertThat(kiosk.ui().context().session().hold()).isPresent();
        assertThat(kiosk.texts()).contains("Qui vient au parloir ?", "Sophie Marchand (vous)");
        kiosk.tap("visitor-v-1004");
        kiosk.tap("continue");
        assertThat(kiosk.text("review-convocation")).isEqualTo("Convocation à 13:45");
        kiosk.tap("confirm");
    }

    @Test
    @DisplayName("T1 T2 T3: scan, book and the receipt printed with convocation first, names, écrou, address, reference")
    void T1_T2_T3_scanBookAndPrintTheReceipt() {
        bookSophieWithLucas();

        assertThat(kiosk.text("booked-headline")).isEqualTo("Votre parloir est réservé.");
        assertThat(kiosk.text("print-status")).isEqualTo("Prenez votre reçu sous l'écran.");
        assertThat(kiosk.texts()).contains("Convocation à 13:45", "Mercredi 25 novembre");
        assertThat(kiosk.ui().context().session().hold()).isEmpty();

        List<Booking> upcoming = kiosk.ui().context().directory().upcomingBookings("v-1001");
        assertThat(upcoming).hasSize(1);
        Booking booking = upcoming.get(0);
        assertThat(booking.visitorIds()).containsExactly("v-1001", "v-1004");

        assertThat(kiosk.printer().printed()).hasSize(1);
        Receipt receipt = kiosk.printer().printed().get(0);
        String paper = receipt.plainText();
        assertThat(paper).contains("Mercredi 25 novembre 2026", "à 13:45", "14:15 – 15:15",
                "Julien Marchand", "R240101", "Sophie Marchand", "Lucas Marchand",
                "169 boulevard de l'Europe, 76038 Rouen", booking.reference(),
                "n'est pas un justificatif", "pièce d'identité officielle", "40 x 20 x 40 cm", "casier", "Interdits");
        assertThat(paper.indexOf("CONVOCATION")).isLessThan(paper.indexOf("Personne détenue"));
        assertThat(receipt.elements()).contains(new ReceiptElement.Barcode(booking.reference(), Symbology.CODE128));
    }

    @Test
    @DisplayName("printer out of paper mid-receipt: the booking stands, reference and convocation big on screen")
    void paperOutKeepsTheBookingAndSaysHowToGetTheReceipt() {
        kiosk.printer().runOutOfPaper();
        bookSophieWithLucas();

        Booking booking = kiosk.ui().context().directory().upcomingBookings("v-1001").get(0);
        assertThat(kiosk.text("booked-headline")).isEqualTo("Votre parloir est réservé.");
        assertThat(kiosk.text("print-status")).contains("plus de papier");
        assertThat(kiosk.text("print-reference")).isEqualTo("Référence " + booking.reference());
        assertThat(kiosk.texts()).contains("Convocation à 13:45", "bien enregistrée", "Imprimer le reçu");
        assertThat(kiosk.printer().printed()).isEmpty();
    }

    @Test
    @DisplayName("B3: change companions of a booking, and a new receipt names the new visitors")
    void B3_changeCompanions() {
        kiosk.scan("DEMO-0014");
        Booking booking = kiosk.ui().context().directory().upcomingBookings("v-1014").get(0);
        assertThat(kiosk.texts()).contains("Léa Blanchard");
        kiosk.tap("change-" + booking.reference());
        kiosk.tap("visitor-v-1015");
        kiosk.tap("save");

        assertThat(kiosk.text("booked-headline")).isEqualTo("Les visiteurs sont changés.");
        Booking changed = kiosk.ui().context().directory().booking(booking.id()).orElseThrow();
        assertThat(changed.visitorIds()).containsExactly("v-1014");
        assertThat(kiosk.printer().printed()).hasSize(1);
        assertThat(kiosk.printer().printed().get(0).plainText()).contains("Gérard Blanchard").doesNotContain("Léa Blanchard");
    }

    @Test
    @DisplayName("B4: cancel a booking after confirming which one")
    void B4_cancelWithConfirmation() {
        kiosk.scan("DEMO-0014");
        Booking booking = kiosk.ui().context().directory().upcomingBookings("v-1014").get(0);
        kiosk.tap("cancel-" + booking.reference());
        assertThat(kiosk.texts()).contains("Voulez-vous vraiment annuler ce parloir ?", "Convocation à 13:45");
        kiosk.tap("keep");
        assertThat(kiosk.ui().context().directory().upcomingBookings("v-1014")).hasSize(1);

        kiosk.tap("cancel-" + booking.reference());
        kiosk.tap("confirm-cancel");
        assertThat(kiosk.texts()).contains("Le parloir est annulé.");
        assertThat(kiosk.ui().context().directory().upcomingBookings("v-1014")).isEmpty();
        kiosk.tap("next");
        assertThat(kiosk.texts()).contains("Vous n'avez aucun parloir réservé.");
    }

    @Test
    @DisplayName("a booking shown on the home screen with the convocation time first, and reprinted on demand")
    void homeShowsConvocationFirstAndReprints() {
        kiosk.scan("DEMO-0014");
        List<String> texts = List.of(kiosk.texts().split("\n"));
        int convocation = texts.indexOf("Convocation à 13:45");
        int round = texts.indexOf("Parloir de 14:15 à 15:15 avec Romain Blanchard");
        assertThat(convocation).isNotNegative().isLessThan(round);

        Booking booking = kiosk.ui().context().directory().upcomingBookings("v-1014").get(0);
        kiosk.tap("reprint-" + booking.reference());
        assertThat(kiosk.printer().printed()).hasSize(1);
        assertThat(kiosk.printer().printed().get(0).plainText()).contains(booking.reference(), "Léa Blanchard");
    }
}
