package org.oxidation.ui.common;

import javafx.scene.Node;
import javafx.scene.Parent;

/**
 * Marks the parts of a view that are for working in the window (choice boxes, check lists, hints such as
 * "hover for its files") so that an exported picture leaves them out: a PNG shows the chart, its title
 * and its legends, and what the controls chose is in the title, the axes and the legend. FX thread only.
 */
public final class LiveControls {

    public static final String STYLE_CLASS = "live-control";

    private LiveControls() {
    }

    /** Marks the nodes as window-only; returns the first, for chaining into a layout. */
    public static <N extends Node> N mark(N node, Node... more) {
        node.getStyleClass().add(STYLE_CLASS);
        for (Node other : more) {
            other.getStyleClass().add(STYLE_CLASS);
        }
        return node;
    }

    /** Takes every marked node out of the picture (not drawn, no room kept for it). */
    public static void hideAll(Parent root) {
        for (Node node : root.lookupAll("." + STYLE_CLASS)) {
            node.setVisible(false);
            node.setManaged(false);
        }
    }
}
