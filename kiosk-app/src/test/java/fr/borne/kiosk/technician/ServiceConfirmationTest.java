package fr.borne.kiosk.technician;

import fr.borne.kiosk.support.KioskHarness;
import fr.borne.technician.TechnicianAction;
import fr.borne.testsupport.TestClock;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The out-of-service switch and "sync now" under a real finger (the robot's mouse on the
 * real window): one touch only asks, touch and confirm acts, a double touch cancels, and
 * after an action the place the finger just left holds no switch.
 */
@ExtendWith(ApplicationExtension.class)
class ServiceConfirmationTest {

    @TempDir
    Path folder;

    private TechnicianKiosk tech;
    private KioskHarness kiosk;

    @Start
    void start(Stage stage) {
        tech = TechnicianKiosk.start(stage, folder, TestClock.at(KioskHarness.MONDAY_NOON, KioskHarness.PARIS),
                Duration.ofMinutes(30));
        kiosk = tech.kiosk;
    }

    @AfterEach
    void stop() {
        kiosk.onFx(tech.mode::stop);
        kiosk.close();
    }

    @Test
    void one_touch_asks_touch_and_confirm_acts_and_no_switch_comes_under_the_finger(FxRobot finger) {
        tech.signIn();
        tech.tap("technician-service");

        Point2D maintenance = touch(finger, "service-off-maintenance");
        assertThat(outOfService()).as("one touch only asks").isFalse();
        assertThat(buttonAt(maintenance)).as("where the finger is: cancel").contains("service-off-maintenance-cancel");

        Point2D confirm = touch(finger, "service-off-maintenance-confirm");
        assertThat(outOfService()).as("touch and confirm").isTrue();
        assertThat(tech.text("service-state")).contains("Hors service depuis", "maintenance");
        assertThat(buttonAt(confirm)).as("the confirm's place after the action").isEmpty();
        assertThat(buttonAt(maintenance)).as("the reason's place once out of service").isEmpty();

        Point2D putBack = touch(finger, "service-on");
        assertThat(outOfService()).isTrue();
        touch(finger, putBack);
        assertThat(outOfService()).as("a double touch asks, then cancels").isTrue();
        assertThat(tech.has("service-on")).isTrue();

        touch(finger, "service-on");
        Point2D confirmPutBack = touch(finger, "service-on-confirm");
        assertThat(outOfService()).as("back in service").isFalse();
        assertThat(buttonAt(confirmPutBack)).as("no 'out of service' where the finger confirmed").isEmpty();
        assertThat(buttonAt(putBack)).as("no 'out of service' where 'back in service' was").isEmpty();
        // the next touch, at the same place, changes nothing
        touch(finger, confirmPutBack);
        touch(finger, putBack);
        assertThat(outOfService()).isFalse();
    }

    @Test
    void every_button_keeps_its_place_whatever_the_state() {
        tech.signIn();
        tech.tap("technician-service");
        List<Bounds> inService = places();
        tech.tap("service-off-network");
        tech.tap("service-off-network-confirm");
        List<Bounds> outOfService = places();
        assertThat(outOfService).isEqualTo(inService);
    }

    @Test
    void sync_now_is_asked_before_it_is_sent(FxRobot finger) {
        tech.signIn();
        tech.tap("technician-sync");
        Point2D syncNow = touch(finger, "sync-now");
        assertThat(tech.auditedActions()).as("one touch sends nothing").doesNotContain(TechnicianAction.SYNC_NOW);
        assertThat(tech.text("sync-now-result")).doesNotContain("Demande n° 1");
        assertThat(buttonAt(syncNow)).contains("sync-now-cancel");
        Point2D confirm = touch(finger, "sync-now-confirm");
        assertThat(tech.text("sync-now-result")).contains("Demande n° 1", "pas encore traitée");
        assertThat(buttonAt(confirm)).isEmpty();
    }

    private boolean outOfService() {
        return tech.mode.services().state().current().outOfService();
    }

    /** Touches the middle of the button with this id, and returns that place on the screen. */
    private Point2D touch(FxRobot finger, String id) {
        tech.waitFor(id);
        Point2D centre = WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            Node node = kiosk.ui().scene().lookup("#" + id);
            Bounds b = node.localToScreen(node.getBoundsInLocal());
            return new Point2D(b.getCenterX(), b.getCenterY());
        });
        touch(finger, centre);
        return centre;
    }

    private void touch(FxRobot finger, Point2D where) {
        finger.clickOn(where);
        kiosk.settle();
    }

    /** The id of the button a finger at {@code where} would touch now: shown, enabled, under that point. */
    private Optional<String> buttonAt(Point2D where) {
        return WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            kiosk.ui().scene().getRoot().applyCss();
            kiosk.ui().scene().getRoot().layout();
            return nodes(kiosk.ui().scene().getRoot())
                    .filter(n -> n instanceof ButtonBase && !n.isDisabled() && shown(n))
                    .filter(n -> n.localToScreen(n.getBoundsInLocal()).contains(where))
                    .map(Node::getId).findFirst();
        });
    }

    /** Where each button of the service card stands, shown or not. */
    private List<Bounds> places() {
        return WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            kiosk.ui().scene().getRoot().applyCss();
            kiosk.ui().scene().getRoot().layout();
            return Stream.concat(Stream.of("service-on"), ServiceScreen.REASONS.stream().map(r -> "service-off-" + r))
                    .flatMap(id -> Stream.of(id, id + "-confirm"))
                    .map(id -> kiosk.ui().scene().lookup("#" + id))
                    .filter(n -> n != null)
                    .map(n -> n.localToScene(n.getBoundsInLocal()))
                    .toList();
        });
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static Stream<Node> nodes(Node node) {
        if (node instanceof Parent parent) {
            return Stream.concat(Stream.of(node), parent.getChildrenUnmodifiable().stream()
                    .flatMap(ServiceConfirmationTest::nodes));
        }
        return Stream.of(node);
    }
}
