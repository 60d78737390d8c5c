package fr.borne.kiosk.access;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Toggle;
import javafx.scene.layout.StackPane;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What the keypad and the voice find on screen, read from the scene graph alone so that a
 * screen needs nothing of its own to be reachable: its buttons (the choices) and its labels
 * (what it shows), the bars around it told apart from the screen's own content, and an
 * overlay (the inactivity warning) taking everything while it shows.
 */
public final class SceneNodes {

    /** Style classes of the frame's bars: what surrounds every screen rather than the screen itself. */
    static final Set<String> BARS = Set.of("top-bar", "bottom-bar");
    static final String OVERLAY = "overlay";
    private static final String START_HERE = "kiosk.start-here";

    private SceneNodes() {
    }

    /**
     * Marks the choice a new screen's focus starts on when it is not the first one in visual
     * order: the home screen's "book a visit", which sits in the action bar below the
     * visitor's less frequent requests.
     */
    public static <N extends Node> N startHere(N node) {
        node.getProperties().put(START_HERE, Boolean.TRUE);
        return node;
    }

    static boolean startsHere(Node node) {
        return Boolean.TRUE.equals(node.getProperties().get(START_HERE));
    }

    /** The part of the frame the visitor can act on now: an overlay when one shows, else everything. */
    public static Parent layer(StackPane root) {
        for (int i = root.getChildren().size() - 1; i > 0; i--) {
            Node child = root.getChildren().get(i);
            if (child.isVisible() && child instanceof Parent parent && child.getStyleClass().contains(OVERLAY)) {
                return parent;
            }
        }
        return root;
    }

    /** Every choice (button, toggle, check box) that can be reached now, in scene-graph order. */
    public static List<ButtonBase> choices(Parent layer) {
        List<ButtonBase> found = new ArrayList<>();
        walk(layer, node -> {
            if (node instanceof ButtonBase button && !button.isDisabled() && shown(button)) {
                found.add(button);
            }
        });
        return found;
    }

    /** The labels of the screen's own content (not the bars, not an overlay), in scene-graph order. */
    public static List<Label> contentLabels(StackPane root) {
        List<Label> found = new ArrayList<>();
        Node layout = root.getChildren().isEmpty() ? root : root.getChildren().get(0);
        walk(layout, node -> {
            if (node instanceof Label label && shown(label) && !inBar(label)) {
                found.add(label);
            }
        });
        return found;
    }

    /**
     * Which part of the frame a node is in, in reading order: 0 the top bar, 1 the screen, 2 the
     * bottom bar. A screen's choices scrolled out of sight lie below the bottom bar on screen,
     * yet come before it.
     */
    public static int zone(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getStyleClass().contains("top-bar")) {
                return 0;
            }
            if (n.getStyleClass().contains("bottom-bar")) {
                return 2;
            }
        }
        return 1;
    }

    public static boolean inBar(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getStyleClass().stream().anyMatch(BARS::contains)) {
                return true;
            }
        }
        return false;
    }

    /** What a node says aloud: its accessible text when it has one, else its text on one line. */
    public static String spoken(Node node) {
        String accessible = node.getAccessibleText();
        if (accessible != null && !accessible.isBlank()) {
            return accessible;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null) {
            return labeled.getText().replaceAll("\\s*\\n\\s*", ", ").strip();
        }
        return "";
    }

    public static boolean selected(Node node) {
        return node instanceof Toggle toggle && toggle.isSelected()
                || node instanceof javafx.scene.control.CheckBox box && box.isSelected();
    }

    public static Optional<javafx.scene.control.ScrollPane> scrollPaneOf(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane pane) {
                return Optional.of(pane);
            }
        }
        return Optional.empty();
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Depth first, through a scroll pane's content even before its skin exists. */
    private static void walk(Node node, Consumer<Node> visit) {
        visit.accept(node);
        if (node instanceof ButtonBase) {
            return;
        }
        if (node instanceof ScrollPane pane) {
            if (pane.getContent() != null) {
                walk(pane.getContent(), visit);
            }
            return;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, visit);
            }
        }
    }
}
