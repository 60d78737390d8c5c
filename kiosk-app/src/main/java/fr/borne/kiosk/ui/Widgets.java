package fr.borne.kiosk.ui;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.Arrays;
import java.util.List;

/** The few building blocks every view is made of, so all screens look and behave alike. */
public final class Widgets {

    private static final String ACTION = "kiosk.screen-action";

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

    /**
     * The screen's primary action: {@link #page} keeps it in the action bar under the page,
     * always in sight however long the page and whatever the language or text size.
     */
    public static Button primaryAction(String text, String id, Runnable action) {
        return action(primary(text, id, action));
    }

    /** Marks {@code node} (a button, or a row of them) as one of the screen's actions, for {@link #page}. */
    public static <T extends Node> T action(T node) {
        node.getProperties().put(ACTION, Boolean.TRUE);
        return node;
    }

    static boolean isAction(Node node) {
        return Boolean.TRUE.equals(node.getProperties().get(ACTION));
    }

    /** Buttons sharing a line while their words fit, else stacked: see {@link ButtonRow}. */
    public static ButtonRow row(Node... buttons) {
        return new ButtonRow(20, buttons);
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

    /**
     * The body of a screen: a column of parts that scrolls, with large touch scroll bars, when
     * the screen is small; the parts marked as {@linkplain #action actions} go to a bar below
     * it that never scrolls away, above the frame's language bar.
     */
    public static Region page(Node... parts) {
        List<Node> actions = Arrays.stream(parts).filter(Widgets::isAction).toList();
        ScrollPane scroll = scrolling(Arrays.stream(parts).filter(p -> !isAction(p)).toArray(Node[]::new));
        if (actions.isEmpty()) {
            return scroll;
        }
        ButtonRow bar = new ButtonRow(20, actions.toArray(Node[]::new));
        bar.getStyleClass().add("action-bar");
        bar.setId("action-bar");
        BorderPane page = new BorderPane(scroll);
        page.setBottom(bar);
        page.getStyleClass().add("page");
        return page;
    }

    private static ScrollPane scrolling(Node... parts) {
        VBox content = new VBox(parts);
        content.getStyleClass().add("content");
        content.setAlignment(Pos.TOP_LEFT);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        scroll.getStyleClass().add("page-scroll");
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

    /**
     * A node just added to a view built earlier (a refusal next to the tile touched): its
     * right-to-left lines are broken as the frame does for a whole screen, and the page
     * scrolls, only as far as needed, to bring it into sight under the finger.
     */
    public static void reveal(Node node) {
        if (node == null) {
            return;
        }
        RtlLineBreaks.apply(node);
        ScrollPane scroll = enclosingScroll(node);
        if (scroll == null || scroll.getContent() == null) {
            return;
        }
        scroll.getContent().applyCss();
        scroll.layout();
        double content = scroll.getContent().getLayoutBounds().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (content <= viewport || viewport <= 0) {
            return;
        }
        javafx.geometry.Bounds inContent = scroll.getContent().sceneToLocal(node.localToScene(node.getLayoutBounds()));
        double top = scroll.getVvalue() * (content - viewport);
        if (inContent.getMaxY() > top + viewport) {
            double wanted = Math.min(inContent.getMinY(), inContent.getMaxY() - viewport);
            scroll.setVvalue(Math.max(0, Math.min(1, wanted / (content - viewport))));
        } else if (inContent.getMinY() < top) {
            scroll.setVvalue(Math.max(0, inContent.getMinY() / (content - viewport)));
        }
    }

    private static ScrollPane enclosingScroll(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane scroll) {
                return scroll;
            }
        }
        return null;
    }

    public static Region spacer() {
        Region spacer = new Region();
        javafx.scene.layout.HBox.setHgrow(spacer, Priority.ALWAYS);
        VBox.setVgrow(spacer, Priority.ALWAYS);
        return spacer;
    }
}
