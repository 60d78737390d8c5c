package fr.borne.kiosk.layout;

import fr.borne.kiosk.KioskUi;
import fr.borne.kiosk.i18n.Language;
import fr.borne.kiosk.support.KioskHarness;
import fr.borne.kiosk.technician.TechnicianKiosk;
import fr.borne.kiosk.ui.KioskFrame;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every screen fits, in every language, at every supported size, in both looks: walks the
 * journey once per window size and, on each screen, lays it out in French, English, Spanish
 * and Arabic, normal and high contrast with large text, then looks for a text cut short,
 * spilling out or off the window, and a primary button the visitor would have to scroll to.
 */
@ExtendWith(ApplicationExtension.class)
class ScreensFitTest {

    /** The screens the kiosk is sold with: the 15.6" landscape, the 13.3" landscape, the portrait totem. */
    enum Size {
        FULL_HD(1920, 1080), WXGA(1280, 800), PORTRAIT(1080, 1920);

        final int width;
        final int height;

        Size(int width, int height) {
            this.width = width;
            this.height = height;
        }

        @Override
        public String toString() {
            return width + "x" + height;
        }
    }

    @TempDir
    Path folder;

    private Stage stage;
    private double smallestShare = 1;
    private String smallestAt = "";
    private TechnicianKiosk technician;
    private KioskHarness kiosk;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void stop() {
        if (technician != null) {
            technician.shutDown();
        }
        // the next test class gets the same stage: back to the kiosk's usual size
        WaitForAsyncUtils.waitForAsyncFx(fr.borne.testsupport.Eventually.CEILING.toMillis(), () -> {
            stage.setWidth(1920);
            stage.setHeight(1080);
        });
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Size.class)
    void L1_everyScreenFitsInEveryLanguageAndLook(Size size) {
        long started = System.nanoTime();
        WaitForAsyncUtils.waitForAsyncFx(fr.borne.testsupport.Eventually.CEILING.toMillis(), () -> {
            technician = TechnicianKiosk.start(stage, folder, Clock.fixed(KioskHarness.MONDAY_NOON, KioskHarness.PARIS),
                    java.time.Duration.ofMinutes(30));
            // the bottom bar as at a kiosk: the listen button of the audio guidance beside the demo's
            fr.borne.kiosk.speech.GuidedKiosk.install(technician.kiosk.ui(), new fr.borne.kiosk.speech.SilentSpeech(),
                    java.util.Optional.empty(), java.util.Optional.empty());
            stage.setWidth(size.width);
            stage.setHeight(size.height);
        });
        kiosk = technician.kiosk;
        kiosk.settle();
        assertThat(kiosk.ui().scene().getWidth()).as("scene width").isEqualTo(size.width);
        assertThat(kiosk.ui().scene().getHeight()).as("scene height").isEqualTo(size.height);

        List<String> problems = new ArrayList<>();
        int[] layouts = {0};
        walk(name -> problems.addAll(inspect(size, name, layouts)));

        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("screens fit at %s: %d layouts in %d ms; the page's least share of the height %.0f %% (%s)%n",
                size, layouts[0], millis, smallestShare * 100, smallestAt);
        writeReport(size, problems);
        assertThat(problems).as("layout problems at " + size + " (" + problems.size() + ", the first 60 shown)")
                .satisfies(list -> assertThat(list.subList(0, Math.min(60, list.size()))).isEmpty());
    }

    /** Every problem, for a human to read: target/layout-problems-<size>.txt. */
    private static void writeReport(Size size, List<String> problems) {
        try {
            java.nio.file.Files.write(Path.of("target", "layout-problems-" + size + ".txt"), problems);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private interface Inspection {
        void screen(String name);
    }

    /** The journey, screen by screen; {@code inspection} looks at each in every language and look. */
    private void walk(Inspection inspection) {
        inspection.screen("attract");
        kiosk.scan("DEMO-0001");
        inspection.screen("home");
        // the choosers the folded bottom bar opens (a new screen closes them)
        kiosk.onFx(() -> kiosk.ui().frame().open(KioskFrame.Chooser.LANGUAGES));
        inspection.screen("languages-chooser");
        kiosk.onFx(() -> kiosk.ui().frame().open(KioskFrame.Chooser.ACCESSIBILITY));
        inspection.screen("accessibility-chooser");
        kiosk.tap("chooser-close");
        kiosk.tap("book");
        inspection.screen("day");
        kiosk.tap(first("day-", tile -> unavailable(tile) && !kiosk.ui().context().texts().get("status.noVisits")
                .equals(lastLine(tile))));
        inspection.screen("day-explained");
        kiosk.tap(first("day-", tile -> !unavailable(tile)));
        inspection.screen("round");
        kiosk.tap(first("round-", tile -> !unavailable(tile)));
        inspection.screen("companions");
        kiosk.tap("visitor-v-1001");
        kiosk.tap("visitor-v-1004");
        inspection.screen("companions-under16");
        kiosk.tap("visitor-v-1004");
        kiosk.tap("visitor-v-1001");
        kiosk.tap("continue");
        inspection.screen("review");
        kiosk.tap("confirm");
        inspection.screen("booked");
        kiosk.tap("home");
        inspection.screen("home-with-booking");
        kiosk.tap("info");
        inspection.screen("info");
        kiosk.onFx(() -> kiosk.ui().context().navigator().back());
        kiosk.tap("help");
        inspection.screen("help");
        kiosk.scan("DEMO-0007");
        kiosk.tap("book");
        kiosk.tap(first("day-", tile -> lastLine(tile).contains(
                kiosk.ui().context().texts().get("status.WEEKLY_QUOTA_REACHED").substring(0, 5))));
        inspection.screen("day-quota");
        kiosk.scan("DEMO-0014");
        kiosk.tap(first("cancel-", tile -> true));
        inspection.screen("cancel");
        kiosk.scan("DEMO-0014");
        kiosk.tap(first("change-", tile -> true));
        inspection.screen("change-companions");
        kiosk.scan("DEMO-0001");
        kiosk.tap("special");
        inspection.screen("special-visit");
        kiosk.tap("special-FAMILY_UNIT");
        inspection.screen("special-visit-refused");
        cancelByClosure("v-1014");
        kiosk.scan("DEMO-0014");
        inspection.screen("home-cancelled-notice");
        kiosk.scan("NOPE-4242");
        inspection.screen("badge-problem");
        kiosk.onFx(() -> kiosk.ui().journey().finish());
        kiosk.scan(TechnicianKiosk.BADGE);
        inspection.screen("technician-keypad");
        technician.typePin(TechnicianKiosk.PIN);
        inspection.screen("technician-menu");
        kiosk.tap("technician-service");
        inspection.screen("technician-service");
        kiosk.tap("back");
        kiosk.tap("technician-devices");
        inspection.screen("technician-devices");
        kiosk.tap("back");
        kiosk.tap("technician-sync");
        inspection.screen("technician-sync");
        kiosk.tap("back");
        kiosk.tap("technician-versions");
        inspection.screen("technician-versions");
        kiosk.tap("back");
        kiosk.tap("technician-events");
        inspection.screen("technician-events");
        kiosk.tap("back");
        kiosk.tap("technician-leave");
        kiosk.onFx(() -> kiosk.ui().journey().watch().warnNow());
        inspection.screen("inactivity-warning");
        kiosk.onFx(() -> kiosk.ui().journey().finish());
        kiosk.scan(TechnicianKiosk.BADGE);
        technician.typePin(TechnicianKiosk.PIN);
        kiosk.tap("technician-service");
        kiosk.tap("service-off-maintenance");
        kiosk.tap("service-off-maintenance-confirm");
        kiosk.tap("back");
        kiosk.tap("technician-leave");
        inspection.screen("attract-out-of-service");
    }

    /** The visitor's next booking, cancelled by a closure at central (B12): the home then says so. */
    private void cancelByClosure(String visitorId) {
        fr.borne.booking.Booking closed = kiosk.ui().context().directory().upcomingBookings(visitorId).get(0);
        kiosk.database().write(c -> fr.borne.store.Sql.update(c,
                "UPDATE booking SET status = 'CANCELLED_BY_CLOSURE' WHERE id = ?", closed.id()));
    }

    /** Lays the current screen out in each language and look; returns what does not fit. */
    private List<String> inspect(Size size, String screen, int[] layouts) {
        List<String> found = new ArrayList<>();
        for (boolean accessible : new boolean[]{false, true}) {
            for (Language language : Language.values()) {
                List<String> problems = WaitForAsyncUtils.waitForAsyncFx(fr.borne.testsupport.Eventually.CEILING.toMillis(), () -> {
                    KioskUi ui = kiosk.ui();
                    ui.context().texts().use(language);
                    ui.theme().highContrastProperty().set(accessible);
                    ui.theme().largeTextProperty().set(accessible);
                    // a few passes, as pulses would: a scroll pane sizes its content from the first,
                    // right-to-left labels break their lines once their width is known
                    for (int pass = 0; pass < 3; pass++) {
                        ui.scene().getRoot().applyCss();
                        ui.scene().getRoot().layout();
                    }
                    LayoutInspector.pageShare(ui.scene()).filter(share -> share < smallestShare).ifPresent(share -> {
                        smallestShare = share;
                        smallestAt = language.name().toLowerCase() + (accessible ? " contrast+large " : " ") + screen;
                    });
                    return LayoutInspector.problems(ui.scene());
                });
                layouts[0]++;
                String where = language.name().toLowerCase() + " " + size + (accessible ? " contrast+large" : "")
                        + " " + screen + ": ";
                problems.stream().distinct().forEach(p -> found.add(where + p));
            }
        }
        // back to the look the journey's next taps expect
        kiosk.onFx(() -> {
            kiosk.ui().context().texts().use(Language.FR);
            kiosk.ui().theme().reset();
        });
        return found;
    }

    private String first(String prefix, Predicate<ButtonBase> which) {
        return WaitForAsyncUtils.waitForAsyncFx(fr.borne.testsupport.Eventually.CEILING.toMillis(), () -> {
            kiosk.ui().scene().getRoot().applyCss();
            kiosk.ui().scene().getRoot().layout();
            return nodes(kiosk.ui().scene().getRoot())
                    .filter(n -> n instanceof ButtonBase && n.getId() != null && n.getId().startsWith(prefix))
                    .map(ButtonBase.class::cast).filter(which).findFirst()
                    .map(Node::getId).orElseThrow(() -> new AssertionError("no button " + prefix + "…"));
        });
    }

    private static boolean unavailable(ButtonBase tile) {
        return tile.getStyleClass().contains("unavailable");
    }

    private static String lastLine(ButtonBase tile) {
        String text = tile.getText() == null ? "" : tile.getText();
        return text.substring(text.lastIndexOf('\n') + 1);
    }

    private static java.util.stream.Stream<Node> nodes(Node node) {
        if (node instanceof javafx.scene.Parent parent) {
            return java.util.stream.Stream.concat(java.util.stream.Stream.of(node),
                    parent.getChildrenUnmodifiable().stream().flatMap(ScreensFitTest::nodes));
        }
        return java.util.stream.Stream.of(node);
    }
}
