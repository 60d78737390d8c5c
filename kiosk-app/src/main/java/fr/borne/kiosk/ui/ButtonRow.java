package fr.borne.kiosk.ui;

import javafx.geometry.HPos;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

import java.util.List;

/**
 * Buttons side by side in equal shares of the width while each one's words fit on its
 * share, else one under the other at full width: a row never grows wider than the screen,
 * whatever the language, the text size or the window. Right to left, the order mirrors.
 */
public final class ButtonRow extends Pane {

    private final double gap;

    public ButtonRow(double gap, Node... buttons) {
        this.gap = gap;
        getStyleClass().add("button-row");
        getChildren().addAll(buttons);
    }

    private List<Node> shown() {
        return getChildren().stream().filter(Node::isManaged).toList();
    }

    private boolean fitsInOneLine(double width) {
        List<Node> nodes = shown();
        if (nodes.isEmpty() || width < 0) {
            return true;
        }
        double share = (width - snappedLeftInset() - snappedRightInset() - gap * (nodes.size() - 1)) / nodes.size();
        return nodes.stream().allMatch(n -> Math.max(n.prefWidth(-1), n.minWidth(-1)) <= share);
    }

    private double share(double width) {
        List<Node> nodes = shown();
        return (width - snappedLeftInset() - snappedRightInset() - gap * (nodes.size() - 1)) / Math.max(1, nodes.size());
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset()
                + shown().stream().mapToDouble(n -> n.minWidth(-1)).max().orElse(0);
    }

    @Override
    protected double computePrefWidth(double height) {
        List<Node> nodes = shown();
        return snappedLeftInset() + snappedRightInset() + gap * Math.max(0, nodes.size() - 1)
                + nodes.stream().mapToDouble(n -> n.prefWidth(-1)).sum();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        List<Node> nodes = shown();
        double insets = snappedTopInset() + snappedBottomInset();
        if (width < 0) {
            return insets + nodes.stream().mapToDouble(n -> height(n, -1)).max().orElse(0);
        }
        if (fitsInOneLine(width)) {
            double share = share(width);
            return insets + nodes.stream().mapToDouble(n -> height(n, share)).max().orElse(0);
        }
        double inner = width - snappedLeftInset() - snappedRightInset();
        return insets + gap * Math.max(0, nodes.size() - 1) + nodes.stream().mapToDouble(n -> height(n, inner)).sum();
    }

    /** A button's height at this width: its preferred one, never under its minimum (the touch target's 3.75em). */
    private static double height(Node node, double width) {
        return Math.max(node.minHeight(width), node.prefHeight(width));
    }

    @Override
    protected void layoutChildren() {
        List<Node> nodes = shown();
        double x = snappedLeftInset();
        double y = snappedTopInset();
        double inner = getWidth() - snappedLeftInset() - snappedRightInset();
        if (fitsInOneLine(getWidth())) {
            double share = share(getWidth());
            double height = getHeight() - snappedTopInset() - snappedBottomInset();
            for (Node node : nodes) {
                layoutInArea(node, x, y, share, height, 0, HPos.CENTER, VPos.CENTER);
                x += share + gap;
            }
        } else {
            for (Node node : nodes) {
                double height = height(node, inner);
                layoutInArea(node, x, y, inner, height, 0, HPos.CENTER, VPos.CENTER);
                y += height + gap;
            }
        }
    }
}
