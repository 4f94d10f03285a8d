package org.oxidation.layout;

import java.util.Objects;

/**
 * One box of a nested treemap.
 *
 * @param node   the tree node this box stands for
 * @param depth  1 for the root's children, 2 for their children, and so on (the root itself gets no tile)
 * @param rect   the whole box
 * @param header the label strip at the top of a box whose children are drawn inside it; an empty rectangle
 *               at the box's corner when the box is drawn as a leaf (or the header height is 0)
 * @param showsChildren whether the node's children have tiles inside this box; {@code false} for a leaf, a
 *               node at the maximum depth, or a box too small to hold its children
 * @param <T>    the caller's node type
 *
 * <p>Immutable and thread-safe when {@code T} is.
 */
public record Tile<T>(T node, int depth, Rect rect, Rect header, boolean showsChildren) {

    public Tile {
        Objects.requireNonNull(rect, "rect");
        Objects.requireNonNull(header, "header");
        if (depth < 1) {
            throw new IllegalArgumentException("depth " + depth + " < 1");
        }
    }

    /** Whether there is a header strip to draw a label in. */
    public boolean hasHeader() {
        return !header.isEmpty();
    }
}
