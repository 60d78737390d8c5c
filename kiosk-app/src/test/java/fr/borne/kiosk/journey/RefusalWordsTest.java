package fr.borne.kiosk.journey;

import fr.borne.booking.Booking;
import fr.borne.kiosk.support.KioskHarness;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each family of refusal reaches the visitor in words they can act on, with what to do next. */
@ExtendWith(ApplicationExtension.class)
class RefusalWordsTest {

    private KioskHarness kiosk;
    private final List<KioskHarness> others = new ArrayList<>();

    @Start
    void start(Stage stage) {
        kiosk = KioskHarness.start(stage);
    }

    @AfterEach
    void stop() {
        kiosk.close();
        others.forEach(KioskHarness::close);
    }

    /** A second kiosk on the same demo data whose clock reads Tuesday 1 December, 15:00. */
    private KioskHarness kioskOnTuesdayAfternoon() {
        Clock tuesday = Clock.fixed(ZonedDateTime.of(2026, 12, 1, 15, 0, 0, 0, KioskHarness.PARIS).toInstant(),
                KioskHarness.PARIS);
        KioskHarness other = WaitForAsyncUtils.waitForAsyncFx(20_000,
                () -> KioskHarness.start(new Stage(), tuesday, KioskHarness.PATIENT));
        others.add(other);
        return other;
    }

    @Test
    void P5_unknownBadge() {
        kiosk.scan("NOPE-4242");
        assertThat(kiosk.text("badge-problem")).contains("n'est pas reconnu", "surveillant");
        assertThat(kiosk.texts()).contains("02 32 18 01 15");
        assertThat(kiosk.ui().context().session().active()).isFalse();
    }

    @Test
    void P5_revokedBadge() {
        kiosk.scan("DEMO-0012");
        assertThat(kiosk.text("badge-problem")).contains("désactivé", "nouveau badge");
        assertThat(kiosk.texts()).doesNotContain("Sophie");
    }

    @Test
    void P1_P3_withdrawnPermitBooksNothing() {
        kiosk.scan("DEMO-0011");
        assertThat(kiosk.texts()).contains("Permis pour Anthony Garnier : retiré", "02 32 18 01 15");
        kiosk.tap("book");
        assertThat(kiosk.texts()).contains("Vous n'avez pas de permis de visite valable pour cette personne.");
    }

    @Test
    void P3_C7_suspendedPermitHolderBooksOnlyForOthers() {
        kiosk.scan("DEMO-0010");
        assertThat(kiosk.texts()).contains("Permis pour Anthony Garnier : suspendu");
        kiosk.tap("book");
        // C7: the days stay open to her, who comes along is settled on the companions step
        kiosk.tap("day-2026-11-26");
        kiosk.tap(kiosk.ids("round-").get(0));
        assertThat(kiosk.texts()).doesNotContain("Isabelle Garnier (vous)");
        assertThat(kiosk.ids("visitor-")).isNotEmpty().doesNotContain("visitor-v-1010");
    }

    @Test
    void P2_provisionalPermitUsedUp() {
        kiosk.scan("DEMO-0006");
        kiosk.tap("book");
        kiosk.tap("day-2026-11-26");
        kiosk.tap(kiosk.ids("round-").get(0));
        kiosk.tap("continue");
        kiosk.tap("confirm");
        assertThat(kiosk.texts()).contains(
                "Le permis provisoire de Denis Roussel n'a plus de visite disponible. Appelez le service des parloirs au 02 32 18 01 15");
    }

    @Test
    void P4_under16NeedsAnAdultInTheSameBooking() {
        kiosk.scan("DEMO-0001");
        kiosk.tap("book");
        kiosk.tap("day-2026-11-26");
        kiosk.tap("round-rouen-thu-1415");
        kiosk.tap("visitor-v-1001");
        kiosk.tap("visitor-v-1004");
        assertThat(kiosk.text("under16")).contains("Lucas Marchand a moins de 16 ans", "Ajoutez un adulte");
        assertThat(kiosk.disabled("continue")).isTrue();
        kiosk.tap("visitor-v-1001");
        assertThat(kiosk.has("under16")).isFalse();
        assertThat(kiosk.disabled("continue")).isFalse();
    }

    @Test
    void B1_tooLateWithin48Hours() {
        kiosk.scan("DEMO-0001");
        kiosk.tap("book");
        kiosk.tap("day-2026-11-25");
        kiosk.tap("round-rouen-wed-0915");
        assertThat(kiosk.text("round-refusal")).contains("Trop tard", "48 heures");
        assertThat(kiosk.ui().context().session().hold()).isEmpty();
    }

    @Test
    void B7_weeklyQuotaSaysWhenToBookAgain() {
        kiosk.scan("DEMO-0007");
        kiosk.tap("book");
        assertThat(kiosk.texts()).contains("Quota atteint (dès le lun. 7 déc.)");
        kiosk.tap("day-2026-12-04");
        assertThat(kiosk.text("day-explanation")).isEqualTo("Cette personne détenue a déjà tous ses parloirs de la semaine. "
                + "Vous pourrez réserver à nouveau à partir du lundi 7 décembre.");
    }

    @Test
    void B12_closedDay() {
        kiosk.scan("DEMO-0001");
        kiosk.tap("book");
        kiosk.tap("day-2026-12-05");
        assertThat(kiosk.text("day-explanation")).contains("l'établissement est fermé");
    }

    @Test
    void B4_cancelTooLateGivesThePhoneLine() {
        KioskHarness tuesday = kioskOnTuesdayAfternoon();
        tuesday.scan("DEMO-0014");
        Booking booking = tuesday.ui().context().directory().upcomingBookings("v-1014").get(0);
        tuesday.tap("cancel-" + booking.reference());
        tuesday.tap("confirm-cancel");
        assertThat(tuesday.texts()).contains("Le parloir n'a pas pu être annulé.",
                "Il est trop tard pour annuler à la borne (48 heures avant le parloir). Appelez le service des parloirs au 02 32 18 01 15");
        assertThat(tuesday.ui().context().directory().upcomingBookings("v-1014")).hasSize(1);
    }

    @Test
    void B3_changeTooLate() {
        KioskHarness tuesday = kioskOnTuesdayAfternoon();
        tuesday.scan("DEMO-0014");
        Booking booking = tuesday.ui().context().directory().upcomingBookings("v-1014").get(0);
        tuesday.tap("change-" + booking.reference());
        tuesday.tap("visitor-v-1015");
        tuesday.tap("save");
        assertThat(tuesday.texts()).contains("Les visiteurs ne peuvent plus être changés");
    }
}
