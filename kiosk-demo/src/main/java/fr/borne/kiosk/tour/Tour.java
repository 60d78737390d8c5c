package fr.borne.kiosk.tour;

import fr.borne.kiosk.KioskUi;
import javafx.animation.PauseTransition;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
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
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Steps on the kiosk's window, each followed by a screenshot once the screen has settled;
 * what the screenshot tours share. A step that fails is logged and the tour goes on.
 */
final class Tour {

    private static final Logger LOG = LoggerFactory.getLogger(Tour.class);

    private record Step(String file, Runnable action) {
    }

    private final KioskUi ui;
    private final Path folder;
    private final Duration settle;
    private final Runnable done;
    private final List<Step> steps = new ArrayList<>();

    Tour(KioskUi ui, Path folder, Duration settle, Runnable done) {
        this.ui = ui;
        this.folder = folder;
        this.settle = settle;
        this.done = done;
    }

    /** A step: what to do, then the screenshot saved as {@code <file>.png}. */
    void step(String file, Runnable action) {
        steps.add(new Step(file, action));
    }

    void start() {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        run(0);
    }

    private void run(int index) {
        if (index == steps.size()) {
            LOG.info("tour done: {} screens in {}", steps.size(), folder);
            done.run();
            return;
        }
        Step step = steps.get(index);
        try {
            step.action().run();
        } catch (RuntimeException e) {
            LOG.warn("tour step {} failed: {}", step.file(), e.toString());
        }
        PauseTransition wait = new PauseTransition(settle);
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

    void tap(String id) {
        layOut();
        if (ui.scene().lookup("#" + id) instanceof ButtonBase button) {
            button.fire();
        } else {
            throw new IllegalStateException("no button #" + id);
        }
    }

    void tapFirst(String prefix, Predicate<ButtonBase> which) {
        layOut();
        nodes(ui.scene().getRoot())
                .filter(n -> n instanceof ButtonBase && n.getId() != null && n.getId().startsWith(prefix))
                .map(ButtonBase.class::cast).filter(which).findFirst()
                .orElseThrow(() -> new IllegalStateException("no button " + prefix + "…")).fire();
    }

    private void layOut() {
        ui.scene().getRoot().applyCss();
        ui.scene().getRoot().layout();
    }

    private static Stream<Node> nodes(Node node) {
        if (node instanceof Parent parent) {
            return Stream.concat(Stream.of(node), parent.getChildrenUnmodifiable().stream().flatMap(Tour::nodes));
        }
        return Stream.of(node);
    }
}
