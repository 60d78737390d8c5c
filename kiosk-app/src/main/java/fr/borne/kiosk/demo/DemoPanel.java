package fr.borne.kiosk.demo;

import fr.borne.demo.DemoBadge;
import fr.borne.kiosk.i18n.Texts;
import fr.borne.kiosk.ui.Widgets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.function.Consumer;

/**
 * Demo mode: a button that opens the list of demo badges; touching one "scans" it, as the
 * scanner would. Only built when the kiosk runs on demo data.
 */
public final class DemoPanel {

    private static final String PANEL_ID = "demo-panel";

    private final Texts texts;
    private final List<DemoBadge> badges;
    private final Consumer<String> scan;
    private final StackPane host;

    public DemoPanel(Texts texts, List<DemoBadge> badges, Consumer<String> scan, StackPane host) {
        this.texts = texts;
        this.badges = List.copyOf(badges);
        this.scan = scan;
        this.host = host;
    }

    /** The bottom bar's button that opens the panel, in the current language. */
    public Button button(Texts current) {
        Button open = Widgets.button(current.get("demo.open"), "demo", this::open, "chrome");
        open.setMaxWidth(Button.USE_PREF_SIZE);
        return open;
    }

    private void open() {
        close();
        VBox list = new VBox(8);
        list.getChildren().add(Widgets.label(texts.get("demo.title"), "section-title"));
        for (DemoBadge badge : badges) {
            Button scanIt = Widgets.button(badge.code() + " — " + badge.demonstrates(), "demo-" + badge.code(), () -> {
                close();
                scan.accept(badge.code());
            }, "tile");
            scanIt.setStyle("-fx-min-height: 2.2em; -fx-font-size: 0.8em;");
            list.getChildren().add(scanIt);
        }
        list.getChildren().add(Widgets.button(texts.get("demo.close"), "demo-close", this::close));
        list.getStyleClass().add("demo-panel");
        list.setMaxWidth(1300);
        list.setMaxHeight(VBox.USE_PREF_SIZE);
        StackPane overlay = new StackPane(list);
        overlay.setId(PANEL_ID);
        overlay.getStyleClass().add("overlay");
        StackPane.setAlignment(list, Pos.CENTER);
        host.getChildren().add(overlay);
    }

    private void close() {
        host.getChildren().removeIf(node -> PANEL_ID.equals(node.getId()));
    }
}
