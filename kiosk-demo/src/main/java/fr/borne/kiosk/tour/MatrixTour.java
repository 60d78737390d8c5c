package fr.borne.kiosk.tour;

import fr.borne.kiosk.KioskUi;
import fr.borne.kiosk.i18n.Language;
import fr.borne.kiosk.ui.KioskFrame;
import javafx.stage.Window;
import javafx.util.Duration;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The screens that are hardest to fit, in the sizes, languages and looks the kiosk supports,
 * for a person to look at: the day grid, the companions, the review and the languages'
 * chooser over it, at 1920x1080,
 * 1280x800 and 1080x1920, in French and Arabic, and in Arabic with high contrast and large
 * text. Saves {@code <lang>-<size>-<theme>-<screen>.png}. The layout test checks the whole
 * matrix; this shows a part of it.
 */
public final class MatrixTour {

    private static final Duration SETTLE = Duration.millis(500);
    private static final int[][] SIZES = {{1920, 1080}, {1280, 800}, {1080, 1920}};

    private record Look(Language language, boolean accessible) {
        String theme() {
            return accessible ? "contrast-large" : "normal";
        }
    }

    private static final List<Look> LOOKS = List.of(
            new Look(Language.FR, false), new Look(Language.AR, false), new Look(Language.AR, true));

    private final KioskUi ui;
    private final Tour tour;

    public MatrixTour(KioskUi ui, Path folder, Runnable done) {
        this.ui = ui;
        this.tour = new Tour(ui, folder, SETTLE, done);
    }

    public void start() {
        screen("day", () -> {
            ui.journey().badgeScanned("DEMO-0001");
            tour.tap("book");
        });
        screen("companions", () -> {
            tour.tapFirst("day-", tile -> !tile.getStyleClass().contains("unavailable"));
            tour.tapFirst("round-", tile -> !tile.getStyleClass().contains("unavailable"));
        });
        screen("review", () -> tour.tap("continue"));
        // the chooser the folded bottom bar's language button opens, over the review
        screen("languages", () -> ui.frame().open(KioskFrame.Chooser.LANGUAGES));
        tour.start();
    }

    /** Reaches a screen, then shows it in every size and look. */
    private void screen(String name, Runnable reach) {
        boolean first = true;
        for (int[] size : SIZES) {
            for (Look look : LOOKS) {
                Runnable before = first ? reach : () -> { };
                first = false;
                String file = look.language().name().toLowerCase(Locale.ROOT) + "-" + size[0] + "x" + size[1] + "-"
                        + look.theme() + "-" + name;
                tour.step(file, () -> {
                    // the journey in French, the look applied once the screen is there
                    ui.context().texts().use(Language.FR);
                    ui.theme().reset();
                    before.run();
                    Window window = ui.scene().getWindow();
                    window.setWidth(size[0]);
                    window.setHeight(size[1]);
                    ui.context().texts().use(look.language());
                    ui.theme().highContrastProperty().set(look.accessible());
                    ui.theme().largeTextProperty().set(look.accessible());
                });
            }
        }
    }
}
