package fr.borne.kiosk.i18n;

import fr.borne.kiosk.support.KioskHarness;
import javafx.geometry.NodeOrientation;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;

/** Languages: switched from any screen, Arabic right to left in its own font, French again after the session. */
@ExtendWith(ApplicationExtension.class)
class LanguageTest {

    private KioskHarness kiosk;

    @Start
    void start(Stage stage) {
        kiosk = KioskHarness.start(stage);
    }

    @AfterEach
    void stop() {
        kiosk.close();
    }

    @Test
    void arabicReadsRightToLeftInTheShippedArabicFont() {
        kiosk.tap("attract-language-AR");
        assertThat(kiosk.ui().frame().root().getNodeOrientation()).isEqualTo(NodeOrientation.RIGHT_TO_LEFT);
        assertThat(kiosk.ui().frame().root().getStyle()).contains("Noto Sans Arabic");
        assertThat(Font.getFamilies()).contains("Noto Sans Arabic", "Noto Sans");
        assertThat(kiosk.text("attract-invite")).isEqualTo("احجز زيارتك");

        kiosk.scan("DEMO-0001");
        assertThat(kiosk.texts()).contains("مرحبًا Sophie Marchand", "حجز زيارة");
        kiosk.tap("book");
        assertThat(kiosk.texts()).contains("أي يوم؟");

        kiosk.tap("finished");
        assertThat(kiosk.ui().frame().root().getNodeOrientation()).isEqualTo(NodeOrientation.LEFT_TO_RIGHT);
        assertThat(kiosk.text("attract-invite")).isEqualTo("Réservez votre parloir");
    }

    @Test
    void switchingLanguageKeepsTheScreenAndWhatWasChosen() {
        kiosk.scan("DEMO-0001");
        kiosk.tap("book");
        kiosk.tap("day-2026-12-05");
        kiosk.tap("language-EN");
        assertThat(kiosk.texts()).contains("Which day?");
        assertThat(kiosk.text("day-explanation")).isEqualTo("No visits that day: the prison is closed.");
        kiosk.tap("language-ES");
        assertThat(kiosk.text("day-explanation")).isEqualTo("No hay visitas ese día: el centro está cerrado.");
        assertThat(kiosk.ui().frame().root().getNodeOrientation()).isEqualTo(NodeOrientation.LEFT_TO_RIGHT);
    }
}
