package fr.borne.kiosk.layout;

import fr.borne.kiosk.i18n.Language;
import fr.borne.kiosk.support.KioskHarness;
import javafx.geometry.Bounds;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The frame's bottom bar stays one row: on a wide screen every language and switch side by
 * side; on a narrower one folded into a language button and an accessibility button, each
 * opening a chooser with the same controls (same ids, same touch size, right to left in Arabic).
 */
@ExtendWith(ApplicationExtension.class)
class BottomBarTest {

    /** The touch target: 3.75em of the bar's 24 px. */
    private static final double TOUCH = 90;

    private KioskHarness kiosk;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        kiosk = KioskHarness.start(stage);
    }

    @AfterEach
    void stop() {
        // the next test class gets the same stage: back to the kiosk's usual size
        resize(1920, 1080);
        kiosk.close();
    }

    @Test
    void wideScreen_everyControlSideBySide_narrowScreen_foldedOnOneRow() {
        assertThat(barIds()).containsExactly("language-FR", "language-EN", "language-ES", "language-AR", "contrast",
                "largeText", "demo");

        resize(1280, 800);
        assertThat(barIds()).containsExactly("languages", "accessibility", "demo");
        assertThat(kiosk.text("languages")).isEqualTo("Français");
        assertThat(kiosk.has("language-AR")).as("the languages are in the chooser, closed").isFalse();
        assertOneRowOfTouchTargets();

        resize(1920, 1080);
        assertThat(barIds()).as("wide again").contains("language-AR", "contrast");
    }

    @Test
    void languageChooser_choosesTheLanguageAndCloses_rightToLeftInArabic() {
        // the portrait totem: folded in every language (Arabic's shorter words fit side by side at 1280 without "listen")
        resize(1080, 1920);
        kiosk.tap("languages");
        assertThat(kiosk.has("chooser")).isTrue();
        assertThat(focusedId()).as("the keypad's focus starts on the language in use").isEqualTo("language-FR");
        assertThat(kiosk.fxValue(() -> ((ToggleButton) kiosk.ui().scene().lookup("#language-FR")).isSelected())).isTrue();
        assertThat(kiosk.fxValue(() -> heightOf("#language-ES"))).isGreaterThanOrEqualTo(TOUCH);

        kiosk.tap("language-AR");
        assertThat(kiosk.ui().context().texts().language()).isEqualTo(Language.AR);
        assertThat(kiosk.has("chooser")).as("closed once chosen").isFalse();
        assertThat(kiosk.text("languages")).isEqualTo("العربية");
        assertThat(kiosk.fxValue(() -> kiosk.ui().scene().lookup("#languages").getAccessibleText()))
                .as("what the voice says of it").isEqualTo("اللغة: العربية");
        assertThat(kiosk.fxValue(() -> kiosk.ui().frame().root().getEffectiveNodeOrientation()))
                .isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
        double languages = kiosk.fxValue(() -> sceneBounds("#languages").getMinX());
        double access = kiosk.fxValue(() -> sceneBounds("#accessibility").getMinX());
        assertThat(languages).as("the language button first, on the right in Arabic").isGreaterThan(access);
        assertOneRowOfTouchTargets();
    }

    @Test
    void accessibilityChooser_staysOpenWhileSwitching_closesWithANewScreen() {
        resize(1080, 1920);
        kiosk.tap("accessibility");
        kiosk.tap("contrast");
        assertThat(kiosk.ui().theme().highContrastProperty().get()).isTrue();
        assertThat(kiosk.has("chooser")).as("open for the other switch").isTrue();
        assertThat(focusedId()).as("the keypad's focus starts on the switch that is on").isEqualTo("contrast");
        kiosk.onFx(() -> kiosk.ui().scene().lookup("#largeText").requestFocus());
        kiosk.tap("largeText");
        assertThat(focusedId()).as("the chooser built again keeps the focus on the switch touched").isEqualTo("largeText");
        assertThat(kiosk.ui().frame().root().getStyleClass()).contains("high-contrast", "large-text");
        assertThat(kiosk.fxValue(() -> kiosk.ui().scene().lookup("#accessibility").getStyleClass()))
                .as("the button shows a switch is on").contains("switched-on");
        assertThat(barIds()).as("larger text enlarges the page, the bar keeps its size").contains("languages");
        assertOneRowOfTouchTargets();

        kiosk.scan("DEMO-0001");
        assertThat(kiosk.texts()).contains("Bonjour Sophie Marchand");
        assertThat(kiosk.has("chooser")).as("a new screen closes the chooser").isFalse();
        kiosk.tap("accessibility");
        kiosk.tap("chooser-close");
        assertThat(kiosk.has("chooser")).isFalse();
    }

    private String focusedId() {
        return kiosk.fxValue(() -> kiosk.ui().scene().getFocusOwner() == null ? null
                : kiosk.ui().scene().getFocusOwner().getId());
    }

    private void resize(double width, double height) {
        kiosk.onFx(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        kiosk.settle();
        kiosk.waitUntil(() -> kiosk.fxValue(() -> kiosk.ui().scene().getWidth()) == width);
    }

    private List<String> barIds() {
        return kiosk.fxValue(() -> ((Pane) kiosk.ui().scene().lookup("#bottom-bar")).getChildren().stream()
                .map(Node::getId).toList());
    }

    /** Every control of the bar on the same row, each a full touch target, none cut short. */
    private void assertOneRowOfTouchTargets() {
        kiosk.fxValue(() -> {
            kiosk.ui().scene().getRoot().applyCss();
            kiosk.ui().scene().getRoot().layout();
            List<Node> controls = ((Pane) kiosk.ui().scene().lookup("#bottom-bar")).getChildren();
            double top = controls.get(0).localToScene(controls.get(0).getLayoutBounds()).getMinY();
            for (Node control : controls) {
                Bounds box = control.localToScene(control.getLayoutBounds());
                assertThat(box.getMinY()).as(control.getId() + " on the bar's row").isCloseTo(top, org.assertj.core.data.Offset.offset(8.0));
                assertThat(box.getHeight()).as(control.getId() + " a touch target").isGreaterThanOrEqualTo(TOUCH);
                assertThat(box.getMinX()).as(control.getId() + " inside the window").isGreaterThanOrEqualTo(0);
                assertThat(box.getMaxX()).as(control.getId() + " inside the window").isLessThanOrEqualTo(kiosk.ui().scene().getWidth());
                assertThat(control).isInstanceOf(ButtonBase.class);
                assertThat(((Labeled) control).getText()).doesNotContain("\n");
            }
            return null;
        });
    }

    private double heightOf(String selector) {
        return sceneBounds(selector).getHeight();
    }

    private Bounds sceneBounds(String selector) {
        Node node = kiosk.ui().scene().lookup(selector);
        return node.localToScene(node.getLayoutBounds());
    }
}
