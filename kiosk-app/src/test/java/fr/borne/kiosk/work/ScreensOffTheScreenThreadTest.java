package fr.borne.kiosk.work;

import fr.borne.booking.BookingService;
import fr.borne.demo.DemoBadges;
import fr.borne.demo.DemoData;
import fr.borne.demo.Timetables;
import fr.borne.kiosk.KioskUi;
import fr.borne.kiosk.LocalStore;
import fr.borne.kiosk.devices.ScannerLink;
import fr.borne.kiosk.i18n.Language;
import fr.borne.kiosk.support.CallsOnScreenThread;
import fr.borne.kiosk.support.CapturingPrinter;
import fr.borne.kiosk.support.HeldWork;
import fr.borne.kiosk.support.KioskHarness;
import fr.borne.kiosk.support.ManualTimers;
import fr.borne.kiosk.support.RecordingIndicator;
import fr.borne.kiosk.support.ScreenThreadGuard;
import fr.borne.store.Database;
import fr.borne.testsupport.Eventually;
import fr.borne.testsupport.ManualScheduler;
import fr.borne.visitor.VisitorDirectory;
import javafx.geometry.Rectangle2D;
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
import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The screens' controllers do their reading and writing in the background, and the views
 * render from models: on a real replica whose booking service and directory note the
 * thread of every call, with the background work held back when a test wants to look at
 * the screen while an answer is awaited.
 */
@ExtendWith(ApplicationExtension.class)
class ScreensOffTheScreenThreadTest {

    private final HeldWork work = new HeldWork();
    private final CallsOnScreenThread calls = new CallsOnScreenThread();
    private KioskHarness kiosk;

    @Start
    void start(Stage stage) throws IOException {
        Path folder = Files.createTempDirectory("kiosk-background");
        Clock clock = Clock.fixed(KioskHarness.MONDAY_NOON, KioskHarness.PARIS);
        Database database = Database.open(folder.resolve("kiosk.db"));
        DemoData.load(database, clock);
        LocalStore real = LocalStore.open(database, Timetables.ROUEN, clock);
        ScreenThreadGuard guard = new ScreenThreadGuard();
        guard.watch(database);
        LocalStore store = new LocalStore(calls.watch(BookingService.class, real.bookings()),
                calls.watch(VisitorDirectory.class, real.directory()), real.establishment(), real.timetable(),
                real.settings(), real.centralRefusals());
        CapturingPrinter printer = new CapturingPrinter();
        RecordingIndicator indicator = new RecordingIndicator();
        ScannerLink scanner = new ScannerLink(true);
        ManualScheduler time = KioskHarness.timeFor(clock);
        KioskUi ui = KioskUi.build(store, Optional.empty(), work, clock, printer, work, indicator,
                scanner.connectedProperty(), KioskHarness.PATIENT, new ManualTimers(time), DemoBadges.ALL,
                new Rectangle2D(0, 0, 1920, 1080));
        scanner.deliverTo(ui.journey()::badgeScanned, ui.journey()::scanRejected);
        stage.setScene(ui.scene());
        stage.show();
        kiosk = KioskHarness.around(folder, database, guard, ui, printer, indicator, scanner, time);
    }

    @AfterEach
    void stop() {
        work.release();
        kiosk.close();
    }

    private void toReview() {
        kiosk.scan("DEMO-0001");
        kiosk.tap("book");
        kiosk.tap("day-2026-11-25");
        kiosk.waitUntil(() -> !kiosk.ids("round-rouen-").isEmpty());
        kiosk.tap("round-rouen-wed-1415");
        kiosk.tap("continue");
        kiosk.waitUntil(() -> kiosk.has("confirm"));
    }

    @Test
    @DisplayName("A whole booking reads and writes the replica only off the JavaFX thread")
    void aBookingNeverTouchesTheReplicaOnTheScreenThread() {
        toReview();
        kiosk.tap("confirm");
        kiosk.waitUntil(() -> kiosk.has("booked-headline"));
        kiosk.waitUntil(() -> kiosk.printer().printed().size() == 1);
        kiosk.tap("home");
        kiosk.waitUntil(() -> kiosk.has("book"));

        assertThat(calls.all()).as("the replica was used").contains("BookingService.confirm", "VisitorDirectory.identify");
        assertThat(calls.onScreenThread()).as("calls made on the JavaFX thread").isEmpty();
    }

    @Test
    @DisplayName("Changing companions, reprinting and cancelling read and write the replica only off the JavaFX thread")
    void changingAndCancellingNeverTouchTheReplicaOnTheScreenThread() {
        kiosk.scan("DEMO-0014");
        String reference = kiosk.firstReference("change-");
        kiosk.tap("change-" + reference);
        kiosk.tap("visitor-v-1015");
        kiosk.tap("save");
        kiosk.waitUntil(() -> kiosk.has("booked-headline"));
        kiosk.tap("home");
        kiosk.tap("reprint-" + reference);
        kiosk.waitUntil(() -> kiosk.printer().printed().size() == 2);
        kiosk.tap("home");
        kiosk.tap("cancel-" + reference);
        kiosk.tap("confirm-cancel");
        kiosk.tap("next");
        kiosk.waitUntil(() -> kiosk.has("book"));

        assertThat(calls.all()).contains("BookingService.changeVisitors", "BookingService.cancel");
        assertThat(calls.onScreenThread()).as("calls made on the JavaFX thread").isEmpty();
    }

    @Test
    @DisplayName("A language or contrast switch renders the screen again from its model, reading nothing")
    void switchingLanguageOrContrastReadsNothing() {
        kiosk.scan("DEMO-0001");
        kiosk.waitUntil(() -> kiosk.has("book"));
        switchesReadNothing("home");
        kiosk.tap("book");
        kiosk.waitUntil(() -> kiosk.has("day-2026-11-25"));
        switchesReadNothing("day");
        kiosk.tap("day-2026-12-05");
        kiosk.waitUntil(() -> kiosk.has("day-explanation"));
        switchesReadNothing("day explained");
        kiosk.tap("day-2026-11-25");
        kiosk.waitUntil(() -> kiosk.has("round-rouen-wed-1415"));
        switchesReadNothing("round");
        kiosk.tap("round-rouen-wed-1415");
        kiosk.waitUntil(() -> kiosk.has("continue"));
        switchesReadNothing("companions");
        kiosk.tap("continue");
        kiosk.waitUntil(() -> kiosk.has("confirm"));
        switchesReadNothing("review");
    }

    @Test
    @DisplayName("Information, help, special visits and a refusal read what they show before they show, and nothing on a switch")
    void switchingLanguageOrContrastOnTheOtherScreensReadsNothing() {
        kiosk.tap("info");
        kiosk.waitUntil(() -> kiosk.has("info-convocation"));
        switchesReadNothing("information");
        kiosk.tap("back");
        kiosk.tap("help");
        kiosk.waitUntil(() -> kiosk.has("help-book"));
        switchesReadNothing("help");
        kiosk.tap("back");

        kiosk.scan("DEMO-0014");
        String reference = kiosk.firstReference("cancel-");
        kiosk.tap("help");
        kiosk.waitUntil(() -> kiosk.has("help-book"));
        switchesReadNothing("help of a visitor");
        kiosk.tap("back");
        kiosk.tap("special");
        kiosk.waitUntil(() -> kiosk.has("special-PROLONGED"));
        switchesReadNothing("special visit");
        kiosk.tap("special-PROLONGED");
        kiosk.waitUntil(() -> kiosk.has("special-refused"));
        switchesReadNothing("special visit refused");
        kiosk.tap("home");

        // Wednesday's 14:15 round cancels only until 240 h ahead: Gérard Blanchard's visit there is refused
        kiosk.database().write(c -> {
            new fr.borne.store.SettingsOverrideRepository(c).save(fr.borne.store.SettingsScope.ROUND, "rouen-wed-1415",
                    fr.borne.settings.SettingsOverride.builder().cancelBefore(Duration.ofHours(240)).build());
            return null;
        });
        kiosk.tap("cancel-" + reference);
        kiosk.tap("confirm-cancel");
        kiosk.waitUntil(() -> kiosk.has("refused-reason-0"));
        switchesReadNothing("cancellation refused");
        assertThat(kiosk.text("refused-reason-0")).contains("240 heures");
    }

    private void switchesReadNothing(String screen) {
        // the work that brought the screen has ended (its thread counts it a moment after its answer is handed over)
        Eventually.await(() -> work.running() + " tasks still running", Eventually.CEILING, () -> work.running() == 0);
        kiosk.settle();
        int ran = work.ran();
        calls.clear();
        kiosk.onFx(() -> kiosk.ui().context().texts().use(Language.AR));
        kiosk.onFx(() -> kiosk.ui().context().texts().use(Language.EN));
        kiosk.onFx(() -> kiosk.ui().theme().highContrastProperty().set(true));
        kiosk.onFx(() -> kiosk.ui().theme().largeTextProperty().set(true));
        kiosk.onFx(() -> kiosk.ui().theme().reset());
        kiosk.onFx(() -> kiosk.ui().context().texts().use(Language.FR));
        assertThat(calls.all()).as("calls made by switching language and contrast on the %s screen", screen).isEmpty();
        assertThat(work.ran()).as("work started by switching language and contrast on the %s screen", screen)
                .isEqualTo(ran);
        assertThat(kiosk.guard().uses()).as("uses of the replica on the JavaFX thread").isZero();
    }

    @Test
    @DisplayName("One moment after 150 ms; a visitor who stops waiting for a booking goes home, and the booking is shown when it is made")
    void stoppingTheWaitForABookingLosesNothing() {
        toReview();
        work.hold();
        kiosk.tap("confirm");
        assertThat(kiosk.has("one-moment")).as("nothing shown before 150 ms").isFalse();
        kiosk.advance(Duration.ofMillis(149));
        assertThat(kiosk.has("one-moment")).isFalse();
        kiosk.advance(Duration.ofMillis(2));
        assertThat(kiosk.text("one-moment-headline")).isEqualTo("Un instant, s'il vous plaît…");
        assertThat(kiosk.texts()).contains("Si votre demande aboutit pendant ce temps, elle est bien enregistrée et vous sera montrée.");
        kiosk.saveScreenshot("66-one-moment-fr");
        kiosk.onFx(() -> kiosk.ui().context().texts().use(Language.ES));
        assertThat(kiosk.text("one-moment-headline")).as("in the visitor's language").isEqualTo("Un momento, por favor…");
        kiosk.onFx(() -> kiosk.ui().context().texts().use(Language.AR));
        kiosk.saveScreenshot("67-one-moment-ar");
        kiosk.onFx(() -> kiosk.ui().context().texts().use(Language.FR));

        kiosk.tap("stop-waiting");
        assertThat(kiosk.has("one-moment")).isFalse();
        assertThat(kiosk.ui().context().session().hold()).as("the seat stays held while the booking is under way").isPresent();
        kiosk.tap("confirm");
        assertThat(work.waiting()).as("a second booking does not start while the first is under way").isEqualTo(2);

        work.release();
        kiosk.waitUntil(() -> kiosk.has("booked-headline"));
        assertThat(kiosk.text("booked-headline")).isEqualTo("Votre parloir est réservé.");
        assertThat(kiosk.ui().context().directory().upcomingBookings("v-1001"))
                .extracting(fr.borne.booking.Booking::date).containsExactly(java.time.LocalDate.of(2026, 11, 25));
        kiosk.waitUntil(() -> kiosk.printer().printed().size() == 1);
        kiosk.settle();
        assertThat(kiosk.has("booked-headline")).as("the home screen asked for meanwhile does not cover it").isTrue();
    }

    @Test
    @DisplayName("A question the visitor stopped waiting for is forgotten: the screen stays where it was")
    void stoppingTheWaitForAQuestionForgetsIt() {
        kiosk.scan("DEMO-0001");
        kiosk.waitUntil(() -> kiosk.has("book"));
        work.hold();
        kiosk.tap("book");
        kiosk.advance(Duration.ofMillis(200));
        kiosk.tap("stop-waiting");
        int ran = work.ran();
        work.release();
        kiosk.waitUntil(() -> work.ran() > ran);
        kiosk.settle();
        assertThat(kiosk.has("book")).isTrue();
        assertThat(kiosk.ids("day-")).isEmpty();
        kiosk.tap("book");
        kiosk.waitUntil(() -> !kiosk.ids("day-").isEmpty());
    }
}
