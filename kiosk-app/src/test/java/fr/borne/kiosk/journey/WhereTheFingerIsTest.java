package fr.borne.kiosk.journey;

import fr.borne.kiosk.support.KioskHarness;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Selections and refusals where the finger is: a chosen visitor is marked by a check and
 * words, a touch keeps the page where it was, P4 speaks as soon as the choice breaks it,
 * and a refused day or round is explained right under its tile.
 */
@ExtendWith(ApplicationExtension.class)
class WhereTheFingerIsTest {

    private KioskHarness kiosk;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        kiosk = KioskHarness.start(stage);
    }

    @AfterEach
    void stop() {
        kiosk.close();
    }

    private void toCompanions(String badge) {
        kiosk.scan(badge);
        kiosk.tap("book");
        kiosk.tap("day-2026-11-25");
        kiosk.tap("round-rouen-wed-1415");
        kiosk.waitUntil(() -> kiosk.has("continue"));
    }

    private ToggleButton row(String visitorId) {
        return (ToggleButton) kiosk.ui().scene().lookup("#visitor-" + visitorId);
    }

    @Test
    @DisplayName("B2: a chosen visitor shows a check mark and says so in words; one not chosen says how to add them")
    void B2_aChosenVisitorIsMarkedByACheckAndWords() {
        toCompanions("DEMO-0001");
        kiosk.tap("visitor-v-1004");
        assertThat(kiosk.text("visitor-v-1001")).isEqualTo("Sophie Marchand (vous) — vient au parloir");
        assertThat(kiosk.text("visitor-v-1002")).startsWith("Emma Marchand, 17 ans").endsWith("— touchez pour l'ajouter");
        kiosk.waitUntil(() -> row("v-1001").getGraphic().lookup(".check-mark").isVisible()
                && row("v-1004").getGraphic().lookup(".check-mark").isVisible()
                && !row("v-1002").getGraphic().lookup(".check-mark").isVisible());
        kiosk.onFx(() -> kiosk.ui().context().texts().use(fr.borne.kiosk.i18n.Language.EN));
        assertThat(kiosk.text("visitor-v-1001")).isEqualTo("Sophie Marchand (you) — coming to the visit");
    }

    @Test
    @DisplayName("B2: touching a companion keeps the page's scroll position, and the next row is where it was")
    void B2_touchingACompanionKeepsTheScrollPosition() {
        toCompanions("DEMO-0001");
        kiosk.onFx(() -> {
            stage.setWidth(1280);
            stage.setHeight(800);
            kiosk.ui().theme().largeTextProperty().set(true);
        });
        ScrollPane scroll = kiosk.ui().scene().lookup("#visitor-v-1001") == null ? null : scrollOf(row("v-1001"));
        assertThat(scroll).isNotNull();
        AtomicReference<Double> before = new AtomicReference<>();
        AtomicReference<Bounds> hugo = new AtomicReference<>();
        kiosk.onFx(() -> {
            scroll.layout();
            double content = scroll.getContent().getLayoutBounds().getHeight();
            assertThat(content).as("the page must scroll for this test to mean anything")
                    .isGreaterThan(scroll.getViewportBounds().getHeight());
            scroll.setVvalue(0.8);
        });
        kiosk.onFx(() -> {
            before.set(scroll.getVvalue());
            hugo.set(row("v-1003").localToScene(row("v-1003").getLayoutBounds()));
        });
        Node page = kiosk.fxValue(() -> scroll);
        kiosk.tap("visitor-v-1002");

        assertThat(kiosk.fxValue(scroll::getVvalue)).as("scroll position after a touch").isEqualTo(before.get());
        assertThat(kiosk.fxValue(() -> scrollOf(row("v-1002")))).as("the page was not built again").isSameAs(page);
        Bounds now = kiosk.fxValue(() -> row("v-1003").localToScene(row("v-1003").getLayoutBounds()));
        assertThat(now.getMinY()).as("Hugo's row has not moved under the finger").isEqualTo(hugo.get().getMinY());
        kiosk.tap("visitor-v-1003");
        assertThat(kiosk.fxValue(() -> row("v-1003").isSelected() && row("v-1002").isSelected() && row("v-1001").isSelected()))
                .as("the rows touched are the ones chosen").isTrue();
    }

    @Test
    @DisplayName("P4: a 16-year-old without an adult is told at once that parental consent is missing and how to get it recorded")
    void P4_aSixteenYearOldAloneIsToldTheConsentIsMissing() {
        toCompanions("DEMO-0003");
        assertThat(kiosk.text("minor-rule-v-1003")).contains("Hugo Marchand a 16 ans", "l'accord des parents doit être enregistré",
                "bureau des permis de visite", "02 32 18 01 15");
        assertThat(kiosk.disabled("continue")).isTrue();
        assertThat(kiosk.fxValue(() -> kiosk.ui().scene().lookup("#minor-rule-v-1003").getParent().getParent().getId()))
                .as("said under Hugo's own row").isEqualTo("visitor-rules-v-1003");
        kiosk.tap("visitor-v-1001");
        assertThat(kiosk.has("minor-rule-v-1003")).as("with his mother, nothing is missing").isFalse();
        assertThat(kiosk.disabled("continue")).isFalse();
    }

    @Test
    @DisplayName("P4: a child under 16 with no adult is told, under their row, to come with an adult")
    void P4_aChildAloneIsToldUnderTheirRow() {
        toCompanions("DEMO-0001");
        kiosk.tap("visitor-v-1004");
        kiosk.tap("visitor-v-1001");
        assertThat(kiosk.text("under16")).contains("Lucas Marchand a moins de 16 ans");
        assertThat(kiosk.fxValue(() -> kiosk.ui().scene().lookup("#under16").getParent().getParent().getId()))
                .isEqualTo("visitor-rules-v-1004");
        assertThat(kiosk.disabled("continue")).isTrue();
    }

    @Test
    @DisplayName("A refused day is explained in the row just under its tile")
    void aRefusedDayIsExplainedUnderItsTile() {
        kiosk.scan("DEMO-0001");
        kiosk.tap("book");
        kiosk.tap("day-2026-12-05");
        assertThat(kiosk.text("day-explanation")).contains("l'établissement est fermé");
        int tileRow = kiosk.fxValue(() -> GridPane.getRowIndex(kiosk.ui().scene().lookup("#day-2026-12-05")));
        int cardRow = kiosk.fxValue(() -> GridPane.getRowIndex(kiosk.ui().scene().lookup("#day-explanation-card")));
        assertThat(cardRow).isEqualTo(tileRow + 1);
        assertThat(kiosk.fxValue(() -> inSight(kiosk.ui().scene().lookup("#day-explanation-card")))).isTrue();
    }

    @Test
    @DisplayName("A refused round is explained just under the round touched")
    void aRefusedRoundIsExplainedUnderItsTile() {
        kiosk.scan("DEMO-0001");
        kiosk.tap("book");
        kiosk.tap("day-2026-11-25");
        kiosk.tap("round-rouen-wed-0915");
        assertThat(kiosk.text("round-refusal")).contains("Trop tard");
        assertThat(kiosk.fxValue(() -> {
            Node tile = kiosk.ui().scene().lookup("#round-rouen-wed-0915");
            Node card = kiosk.ui().scene().lookup("#round-refusal-card");
            return card.getParent().getChildrenUnmodifiable().indexOf(card)
                    - tile.getParent().getChildrenUnmodifiable().indexOf(tile);
        })).isEqualTo(1);
    }

    private static ScrollPane scrollOf(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof ScrollPane scroll) {
                return scroll;
            }
        }
        return null;
    }

    private boolean inSight(Node node) {
        Bounds b = node.localToScene(node.getLayoutBounds());
        return b.getMinY() >= 0 && b.getMaxY() <= kiosk.ui().scene().getHeight();
    }
}
