package fr.borne.kiosk.access;

import javafx.geometry.Bounds;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The order the keypad's up and down keys follow: the top bar, the screen, the bottom bar, each
 * in visual order, row by row from the top, and in each row in the language's reading
 * direction (right to left in Arabic). Nodes whose
 * vertical middles fall within a row's first node are in that row, so tiles of a grid and
 * buttons of a bar of different heights line up as the eye reads them.
 */
public final class FocusOrder {

    private FocusOrder() {
    }

    public static <N extends Node> List<N> visual(List<N> nodes, NodeOrientation orientation) {
        List<Placed<N>> placed = new ArrayList<>();
        for (N node : nodes) {
            placed.add(new Placed<>(node, node.localToScene(node.getBoundsInLocal()), SceneNodes.zone(node)));
        }
        placed.sort(Comparator.comparingInt((Placed<N> p) -> p.zone())
                .thenComparingDouble(p -> p.bounds().getMinY())
                .thenComparingDouble(p -> p.bounds().getMinX()));
        List<List<Placed<N>>> rows = new ArrayList<>();
        for (Placed<N> p : placed) {
            List<Placed<N>> row = rows.isEmpty() ? null : rows.get(rows.size() - 1);
            if (row != null && row.get(0).zone() == p.zone() && inRow(row.get(0).bounds(), p.bounds())) {
                row.add(p);
            } else {
                row = new ArrayList<>();
                row.add(p);
                rows.add(row);
            }
        }
        boolean rightToLeft = orientation == NodeOrientation.RIGHT_TO_LEFT;
        Comparator<Placed<N>> across = Comparator.comparingDouble(p -> p.bounds().getMinX());
        List<N> ordered = new ArrayList<>();
        for (List<Placed<N>> row : rows) {
            row.sort(rightToLeft ? across.reversed() : across);
            row.forEach(p -> ordered.add(p.node()));
        }
        return ordered;
    }

    private static boolean inRow(Bounds first, Bounds other) {
        double middle = (other.getMinY() + other.getMaxY()) / 2;
        return middle >= first.getMinY() && middle <= first.getMaxY();
    }

    private record Placed<N>(N node, Bounds bounds, int zone) {
    }
}
