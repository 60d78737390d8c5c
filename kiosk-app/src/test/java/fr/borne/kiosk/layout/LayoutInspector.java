package fr.borne.kiosk.layout;

import fr.borne.kiosk.i18n.BidiText;
import javafx.geometry.Bounds;
import javafx.geometry.BoundingBox;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a visitor would see wrong on a laid-out scene: a text cut short with an ellipsis, a
 * text spilling out of its control or its container, a text outside the window (or outside
 * the width of the page it scrolls in), a primary button the visitor cannot see without
 * scrolling. Reads the scene as it is; call on the JavaFX thread after a layout pass.
 */
final class LayoutInspector {

    /** Rounding and a glyph's side bearing (bold Arabic overhangs by 2–3 px): invisible at the edge. */
    private static final double SLACK = 4;

    private LayoutInspector() {
    }

    /**
     * The least share of the window's height the page's scrolling viewport keeps. At 1280×800
     * with large text that is 360 px: the page's headline and two touch tiles (3.75em at 32 px,
     * 120 px each) in sight, so the visitor sees what the page is about and that it goes on.
     * The frame's bars (title, actions, languages) take the rest, 440 px at most.
     */
    static final double PAGE_SHARE = 0.45;

    /**
     * The most of the window's height one of the frame's bars (title, actions, languages) may
     * take: a title wrapping onto a third line, or actions stacking, shows here even while the
     * other bars leave the page its share.
     */
    static final double BAR_SHARE = 0.20;

    static List<String> problems(Scene scene) {
        Bounds window = new BoundingBox(0, 0, scene.getWidth(), scene.getHeight());
        List<String> problems = new ArrayList<>();
        visit(scene.getRoot(), window, problems);
        checkFrame(scene.getRoot(), window, problems);
        return problems;
    }

    /**
     * The frame leaves the page room: the page's scrolling viewport keeps {@link #PAGE_SHARE} of
     * the window's height, and the bottom bar (languages, switches) stays on one row.
     */
    private static void checkFrame(Parent root, Bounds window, List<String> problems) {
        for (Node node : root.lookupAll(".page-scroll")) {
            if (!(node instanceof ScrollPane scroll) || !shown(scroll) || inOverlay(scroll)) {
                continue;
            }
            Node viewport = scroll.lookup(".viewport");
            Bounds port = (viewport != null ? viewport : scroll).localToScene((viewport != null ? viewport : scroll).getLayoutBounds());
            if (port.getHeight() < PAGE_SHARE * window.getHeight()) {
                problems.add(String.format("page squeezed by the frame: its viewport is %.0f px of the window's %.0f (under %.0f %%);"
                                + " bars: top %.0f, actions %.0f, bottom %.0f",
                        port.getHeight(), window.getHeight(), PAGE_SHARE * 100, height(root, ".top-bar"),
                        height(root, ".action-bar"), height(root, ".bottom-bar")) + where(scroll));
            }
        }
        for (String selector : List.of(".top-bar", ".action-bar", ".bottom-bar")) {
            for (Node bar : root.lookupAll(selector)) {
                double height = bar.getLayoutBounds().getHeight();
                if (shown(bar) && !inOverlay(bar) && height > BAR_SHARE * window.getHeight()) {
                    problems.add(String.format("frame's bar %s %.0f px tall, over %.0f %% of the window's %.0f",
                            selector, height, BAR_SHARE * 100, window.getHeight()) + where(bar));
                }
            }
        }
        for (Node bar : root.lookupAll(".bottom-bar")) {
            if (!shown(bar) || !(bar instanceof Parent parent)) {
                continue;
            }
            List<Bounds> items = parent.getChildrenUnmodifiable().stream().filter(n -> n.isVisible() && n.isManaged())
                    .map(n -> n.localToScene(n.getLayoutBounds())).toList();
            double top = items.stream().mapToDouble(Bounds::getMinY).min().orElse(0);
            double bottomOfFirstRow = items.stream().filter(b -> b.getMinY() <= top + SLACK)
                    .mapToDouble(Bounds::getMaxY).max().orElse(0);
            long below = items.stream().filter(b -> b.getMinY() >= bottomOfFirstRow - SLACK).count();
            if (below > 0) {
                problems.add("bottom bar on more than one row (" + below + " of " + items.size()
                        + " controls under the first row)" + where(bar));
            }
        }
    }

    /** The share of the window's height the page's scrolling viewport has, if a page scrolls (not under an overlay). */
    static Optional<Double> pageShare(Scene scene) {
        return scene.getRoot().lookupAll(".page-scroll").stream()
                .filter(n -> n instanceof ScrollPane && shown(n) && !inOverlay(n))
                .map(n -> Optional.ofNullable(n.lookup(".viewport")).orElse(n))
                .map(n -> n.localToScene(n.getLayoutBounds()).getHeight() / scene.getHeight())
                .min(Double::compare);
    }

    private static double height(Parent root, String selector) {
        return root.lookupAll(selector).stream().filter(LayoutInspector::shown)
                .mapToDouble(n -> n.getLayoutBounds().getHeight()).sum();
    }

    private static boolean shown(Node node) {
        for (Node up = node; up != null; up = up.getParent()) {
            if (!up.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static void visit(Node node, Bounds window, List<String> problems) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        if (node instanceof Text text && text.getText() != null && !BidiText.plain(text.getText()).isBlank()) {
            checkText(text, window, problems);
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
            checkLabeled(labeled, window, problems);
        }
        if (node instanceof ButtonBase button && button.getStyleClass().contains("primary")) {
            checkPrimary(button, window, problems);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                visit(child, window, problems);
            }
        }
    }

    private static void checkText(Text text, Bounds window, List<String> problems) {
        Bounds shown = text.localToScene(text.getBoundsInLocal());
        Parent parent = text.getParent();
        if (parent instanceof Labeled labeled) {
            // the skin's text: an ellipsis shows as a shorter text than the control's
            if (!text.getText().equals(labeled.getText())) {
                problems.add("truncated " + quote(labeled.getText()) + " shows " + quote(text.getText()) + where(labeled));
            }
            Bounds box = labeled.localToScene(labeled.getLayoutBounds());
            // a wrapped line's bounds keep the space it was broken at, drawn as nothing
            double space = spaceWidth(text);
            Bounds roomy = new BoundingBox(box.getMinX() - space, box.getMinY(), box.getWidth() + 2 * space, box.getHeight());
            if (!inside(shown, roomy)) {
                problems.add("spills out of its control " + quote(text.getText()) + " " + fmt(shown) + " in " + fmt(box)
                        + where(labeled));
            }
        }
        Bounds allowed = visibleArea(text, window);
        if (!insideAcross(shown, allowed) || enclosingScroll(text).isEmpty() && !inside(shown, allowed)) {
            problems.add("outside the window " + quote(text.getText()) + " " + fmt(shown) + " window " + fmt(allowed)
                    + where(text));
        }
    }

    private static void checkLabeled(Labeled labeled, Bounds window, List<String> problems) {
        Parent parent = labeled.getParent();
        if (parent == null) {
            return;
        }
        Bounds box = labeled.localToScene(labeled.getLayoutBounds());
        Bounds container = parent.localToScene(parent.getLayoutBounds());
        if (!insideAcross(box, container)) {
            problems.add("wider than its container " + quote(labeled.getText()) + " " + fmt(box) + " in " + fmt(container)
                    + where(labeled));
        }
    }

    private static void checkPrimary(ButtonBase button, Bounds window, List<String> problems) {
        Bounds box = button.localToScene(button.getLayoutBounds());
        Bounds seen = window;
        for (Node up = button.getParent(); up != null; up = up.getParent()) {
            if (up instanceof ScrollPane scroll) {
                Node viewport = scroll.lookup(".viewport");
                Node area = viewport != null ? viewport : scroll;
                seen = intersect(seen, area.localToScene(area.getLayoutBounds()));
            }
        }
        if (!inside(box, seen)) {
            problems.add("primary button out of sight " + quote(button.getText()) + " " + fmt(box) + " visible " + fmt(seen)
                    + where(button));
        }
        // the frame's bars (title, languages) are drawn over the page: a button under them is partly
        // hidden (an overlay, the inactivity warning, is drawn over the bars)
        if (inOverlay(button)) {
            return;
        }
        Parent root = button.getScene().getRoot();
        for (Node bar : java.util.stream.Stream.concat(root.lookupAll(".top-bar").stream(),
                root.lookupAll(".bottom-bar").stream()).toList()) {
            Bounds drawn = bar.localToScene(bar.getLayoutBounds());
            double overlap = Math.min(box.getMaxY(), drawn.getMaxY()) - Math.max(box.getMinY(), drawn.getMinY());
            if (bar.isVisible() && !isAncestor(bar, button) && overlap > SLACK && box.getMaxX() > drawn.getMinX() && box.getMinX() < drawn.getMaxX()) {
                problems.add("primary button under the frame's bar " + quote(button.getText()) + " " + fmt(box)
                        + " bar " + fmt(drawn) + where(button));
            }
        }
    }

    private static boolean inOverlay(Node node) {
        for (Node up = node; up != null; up = up.getParent()) {
            if (up.getStyleClass().contains("overlay")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAncestor(Node ancestor, Node node) {
        for (Node up = node; up != null; up = up.getParent()) {
            if (up == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** The window, narrowed to the viewport of every scroll pane the node sits in. */
    private static Bounds visibleArea(Node node, Bounds window) {
        Bounds area = window;
        for (Node up = node.getParent(); up != null; up = up.getParent()) {
            if (up instanceof ScrollPane scroll) {
                Node viewport = scroll.lookup(".viewport");
                Node clip = viewport != null ? viewport : scroll;
                Bounds port = clip.localToScene(clip.getLayoutBounds());
                // a page scrolls up and down, never sideways: only its width is a limit
                area = new BoundingBox(Math.max(area.getMinX(), port.getMinX()), area.getMinY(),
                        Math.min(area.getMaxX(), port.getMaxX()) - Math.max(area.getMinX(), port.getMinX()),
                        area.getHeight());
            }
        }
        return area;
    }

    private static double spaceWidth(Text text) {
        Text space = new Text(" ");
        space.setFont(text.getFont());
        return space.getLayoutBounds().getWidth();
    }

    private static Optional<ScrollPane> enclosingScroll(Node node) {
        for (Node up = node.getParent(); up != null; up = up.getParent()) {
            if (up instanceof ScrollPane scroll) {
                return Optional.of(scroll);
            }
        }
        return Optional.empty();
    }

    private static Bounds intersect(Bounds a, Bounds b) {
        double minX = Math.max(a.getMinX(), b.getMinX());
        double minY = Math.max(a.getMinY(), b.getMinY());
        double maxX = Math.min(a.getMaxX(), b.getMaxX());
        double maxY = Math.min(a.getMaxY(), b.getMaxY());
        return new BoundingBox(minX, minY, Math.max(0, maxX - minX), Math.max(0, maxY - minY));
    }

    private static boolean inside(Bounds inner, Bounds outer) {
        return insideAcross(inner, outer)
                && inner.getMinY() >= outer.getMinY() - SLACK && inner.getMaxY() <= outer.getMaxY() + SLACK;
    }

    private static boolean insideAcross(Bounds inner, Bounds outer) {
        return inner.getMinX() >= outer.getMinX() - SLACK && inner.getMaxX() <= outer.getMaxX() + SLACK;
    }

    private static String where(Node node) {
        StringBuilder path = new StringBuilder();
        for (Node up = node; up != null; up = up.getParent()) {
            if (up.getId() != null) {
                return path.append(" at #").append(up.getId()).toString();
            }
        }
        return path.append(" (").append(node.getClass().getSimpleName()).append(')').toString();
    }

    private static String quote(String text) {
        String plain = BidiText.plain(text).replace('\n', '/');
        return "\"" + (plain.length() > 50 ? plain.substring(0, 50) + "…" : plain) + "\"";
    }

    private static String fmt(Bounds b) {
        return String.format("[%.0f..%.0f × %.0f..%.0f]", b.getMinX(), b.getMaxX(), b.getMinY(), b.getMaxY());
    }
}
