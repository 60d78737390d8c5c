package fr.borne.kiosk.ui;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The few building blocks every view is made of, so all screens look and behave alike. */
public final class Widgets {

    private Widgets() {
    }

    public static Button button(String text, String id, Runnable action, String... styleClasses) {
        Button button = new Button(text);
        button.setId(id);
        button.getStyleClass().addAll(styleClasses);
        button.setOnAction(e -> action.run());
        button.setMaxWidth(Double.MAX_VALUE);
        return button;
    }

    public static Button primary(String text, String id, Runnable action) {
        return button(text, id, action, "primary");
    }

    public static Label label(String text, String... styleClasses) {
        Label label = new Label(text);
        label.getStyleClass().addAll(styleClasses);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    public static Label headline(String text) {
        return label(text, "headline");
    }

    public static VBox card(String styleClass, Node... children) {
        VBox card = new VBox(children);
        card.getStyleClass().add("card");
        if (styleClass != null) {
            card.getStyleClass().add(styleClass);
        }
        return card;
    }

    /** The body of a screen: a column of parts, scrollable when the screen is small. */
    public static ScrollPane page(Node... parts) {
        VBox content = new VBox(parts);
        content.getStyleClass().add("content");
        content.setAlignment(Pos.TOP_LEFT);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        // the skin caches its viewport as a screen-sized bitmap; with a page built per screen
        // (and per session) those bitmaps pile up on the heap of the software renderer
        scroll.skinProperty().addListener((o, before, skin) -> {
            Node viewport = scroll.lookup(".viewport");
            if (viewport != null) {
                viewport.setCache(false);
            }
        });
        return scroll;
    }

    public static Region spacer() {
        Region spacer = new Region();
        javafx.scene.layout.HBox.setHgrow(spacer, Priority.ALWAYS);
        VBox.setVgrow(spacer, Priority.ALWAYS);
        return spacer;
    }
}
