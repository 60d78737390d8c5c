package fr.borne.kiosk.tour;

import fr.borne.kiosk.KioskUi;
import fr.borne.kiosk.i18n.Language;
import javafx.animation.PauseTransition;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.stage.Window;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The screens that are hardest to fit, in the sizes, languages and looks the kiosk supports,
 * for a person to look at: the day grid, the companions and the review, at 1920x1080,
 * 1280x800 and 1080x1920, in French and Arabic, and in Arabic with high contrast and large
 * text. Saves {@code <lang>-<size>-<theme>-<screen>.png}. The layout test checks the whole
 * matrix; this shows a part of it.
 */
public final class MatrixTour {

    private static final Logger LOG = LoggerFactory.getLogger(MatrixTour.class);
    private static final Duration SETTLE = Duration.millis(500);
    private static final int[][] SIZES = {{1920, 1080}, {1280, 800}, {1080, 1920}};

    private record Look(Language language, boolean accessible) {
        String theme() {
            return accessible ? "contrast-large" : "normal";
        }
    }

    private static final List<Look> LOOKS = List.of(
            new Look(Language.FR, false), new Look(Language.AR, false), new Look(Language.AR, true));

    private record Step(String file, Runnable action) {
    }

    private final KioskUi ui;
    private final Path folder;
    private final Runnable done;
    private final List<Step> steps = new ArrayList<>();

    public MatrixTour(KioskUi ui, Path folder, Runnable done) {
        this.ui = ui;
        this.folder = folder;
        this.done = done;
    }

    public void start() {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        screen("day", () -> {
            ui.journey().badgeScanned("DEMO-0001");
            tap("book");
        });
        screen("companions", () -> {
            tapFirst("day-", tile -> !tile.getStyleClass().contains("unavailable"));
            tapFirst("round-", tile -> !tile.getStyleClass().contains("unavailable"));
        });
        screen("review", () -> tap("continue"));
        run(0);
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
                steps.add(new Step(file, () -> {
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
                }));
            }
        }
    }

    private void run(int index) {
        if (index == steps.size()) {
            LOG.info("matrix tour done: {} screens in {}", steps.size(), folder);
            done.run();
            return;
        }
        Step step = steps.get(index);
        try {
            step.action().run();
        } catch (RuntimeException e) {
            LOG.warn("matrix step {} failed: {}", step.file(), e.toString());
        }
        PauseTransition wait = new PauseTransition(SETTLE);
        wait.setOnFinished(e -> {
            save(step.file());
            run(index + 1);
        });
        wait.play();
    }

    private void save(String name) {
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(ui.scene().snapshot(null), null), "png",
                    folder.resolve(name + ".png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void tap(String id) {
        ui.scene().getRoot().applyCss();
        ui.scene().getRoot().layout();
        if (ui.scene().lookup("#" + id) instanceof ButtonBase button) {
            button.fire();
        } else {
            throw new IllegalStateException("no button #" + id);
        }
    }

    private void tapFirst(String prefix, Predicate<ButtonBase> which) {
        ui.scene().getRoot().applyCss();
        ui.scene().getRoot().layout();
        nodes(ui.scene().getRoot())
                .filter(n -> n instanceof ButtonBase && n.getId() != null && n.getId().startsWith(prefix))
                .map(ButtonBase.class::cast).filter(which).findFirst()
                .orElseThrow(() -> new IllegalStateException("no button " + prefix + "…")).fire();
    }

    private static Stream<Node> nodes(Node node) {
        if (node instanceof Parent parent) {
            return Stream.concat(Stream.of(node), parent.getChildrenUnmodifiable().stream().flatMap(MatrixTour::nodes));
        }
        return Stream.of(node);
    }
}
