package fr.borne.kiosk.access;

import javafx.geometry.Bounds;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Keeps the keypad's focus on a choice: the first choice of a new screen, the same choice
 * (by id) when a screen is built again, the overlay's first choice while one shows; moves it
 * in visual order; draws the focus ring (a style class, so it shows even while the window
 * has no keyboard focus) and scrolls the focused choice into view.
 */
public final class FocusKeeper {

    public static final String RING = "keypad-focus";

    private final Scene scene;
    private final StackPane root;
    private Node ringed;
    /** Whether the visitor moved the focus on this screen (else it may still go to choices that arrive late). */
    private boolean moved;
    /** The overlay shown at the last placement (its id), empty for the screen itself. */
    private String lastLayer = "";

    public FocusKeeper(Scene scene, StackPane root) {
        this.scene = scene;
        this.root = root;
        scene.focusOwnerProperty().addListener((o, before, now) -> ring(now));
    }

    /** The choices reachable now, in the order up and down follow. */
    public List<ButtonBase> order() {
        root.applyCss();
        root.layout();
        Parent layer = SceneNodes.layer(root);
        NodeOrientation orientation = root.getEffectiveNodeOrientation();
        return FocusOrder.visual(SceneNodes.choices(layer), orientation);
    }

    public Optional<ButtonBase> focused() {
        return scene.getFocusOwner() instanceof ButtonBase button ? Optional.of(button) : Optional.empty();
    }

    /** After the frame was built again: a new screen (or overlay) starts on its first choice, else focus stays put. */
    public void afterRender(boolean newScreen) {
        String keptId = focused().map(Node::getId).orElse(ringed == null ? null : ringed.getId());
        List<ButtonBase> order = order();
        Parent layer = SceneNodes.layer(root);
        String layerKey = layer == root ? "" : String.valueOf(layer.getId());
        boolean newLayer = !layerKey.equals(lastLayer);
        lastLayer = layerKey;
        if (newScreen || newLayer) {
            moved = false;
        }
        if (order.isEmpty()) {
            return;
        }
        if (!newScreen && !newLayer) {
            Optional<ButtonBase> same = focused().filter(order::contains)
                    .or(() -> order.stream().filter(b -> keptId != null && keptId.equals(b.getId())).findFirst());
            if (same.isPresent()) {
                focus(same.get());
                return;
            }
        }
        focus(order.stream().filter(SceneNodes::startsHere).findFirst()
                .or(() -> order.stream().filter(b -> !SceneNodes.inBar(b)).findFirst())
                .orElse(order.get(0)));
    }

    /**
     * After a layout: a focus lost with the node that held it (a view built again, a choice
     * gone) is put back, and until the visitor moves it, focus left in a bar goes to the
     * screen's first choice once its choices have arrived (a screen whose data came late).
     */
    public void keep() {
        Node owner = scene.getFocusOwner();
        boolean lost = owner == null || owner.getScene() != scene || owner.isDisabled() || !owner.isVisible();
        if (lost) {
            afterRender(false);
        } else if (!moved && SceneNodes.inBar(owner) && SceneNodes.layer(root) == root) {
            order().stream().filter(b -> !SceneNodes.inBar(b)).findFirst().ifPresent(this::focus);
        }
    }

    /** Moves the focus {@code step} choices on (negative: back), round the ends. */
    public void move(int step) {
        moved = true;
        List<ButtonBase> order = order();
        if (order.isEmpty()) {
            return;
        }
        int at = focused().map(order::indexOf).orElse(-1);
        int next = at < 0 ? (step > 0 ? 0 : order.size() - 1) : Math.floorMod(at + step, order.size());
        focus(order.get(next));
    }

    public void focus(ButtonBase button) {
        button.requestFocus();
        ring(button);
        reveal(button);
    }

    private void ring(Node now) {
        if (Objects.equals(now, ringed)) {
            return;
        }
        if (ringed != null) {
            ringed.getStyleClass().remove(RING);
        }
        ringed = now instanceof ButtonBase ? now : null;
        if (ringed != null && !ringed.getStyleClass().contains(RING)) {
            ringed.getStyleClass().add(RING);
        }
    }

    /** Scrolls the nearest scroll pane so the whole choice is in sight. */
    private static void reveal(Node node) {
        Optional<ScrollPane> pane = SceneNodes.scrollPaneOf(node);
        if (pane.isEmpty() || pane.get().getContent() == null) {
            return;
        }
        ScrollPane scroll = pane.get();
        Node content = scroll.getContent();
        Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (inContent == null || contentHeight <= viewport || viewport <= 0) {
            return;
        }
        double top = scroll.getVvalue() * (contentHeight - viewport);
        double wantedTop = top;
        if (inContent.getMinY() < top) {
            wantedTop = inContent.getMinY();
        } else if (inContent.getMaxY() > top + viewport) {
            wantedTop = inContent.getMaxY() - viewport;
        }
        scroll.setVvalue(Math.max(0, Math.min(1, wantedTop / (contentHeight - viewport))));
    }
}
