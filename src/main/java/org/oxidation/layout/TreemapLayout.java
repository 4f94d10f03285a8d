package org.oxidation.layout;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * Nested squarified treemap of any tree, e.g. subsystem boxes with a header strip and their directories
 * inside.
 *
 * <p>The tree is read through two functions, so the caller's node type needs no interface. Each node's
 * children are laid out with {@link SquarifiedTreemap} (largest first) inside the node's content area:
 * its box shrunk by {@code padding} on every side and by {@code headerHeight} more at the top, under the
 * header strip. Children fill that area in proportion to their own sizes; if a node's size includes
 * something its children do not (files directly in a directory), model that as one more child.
 *
 * <p>Stateless, thread-safe (as long as the caller's functions are).
 */
public final class TreemapLayout {

    private TreemapLayout() {
    }

    /**
     * Lays out the descendants of {@code root} down to {@code maxDepth} levels inside {@code bounds}.
     *
     * <p>Tiles come in pre-order, each parent before its descendants and siblings largest first, so
     * drawing them in list order paints children over their parent's background. Nodes with a size of
     * zero or less get no tile. A node's children are left out (and the node drawn as a leaf without
     * header) when the node is at {@code maxDepth} or its content area is too small to hold anything.
     *
     * @param root         the node that {@code bounds} stands for; it gets no tile itself
     * @param children     the children of a node; an empty list (or {@code null}) for a leaf
     * @param size         the size of a node, e.g. its line count
     * @param maxDepth     the deepest level laid out; 1 gives only the root's children, 2 a two-level map
     * @param padding      space kept free inside a parent box around its children
     * @param headerHeight height of the label strip at the top of a parent box
     */
    public static <T> List<Tile<T>> layoutNested(T root, Function<T, List<T>> children, ToDoubleFunction<T> size,
                                                 Rect bounds, int maxDepth, double padding, double headerHeight) {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(bounds, "bounds");
        if (maxDepth < 0 || !(padding >= 0) || !(headerHeight >= 0)) {
            throw new IllegalArgumentException("maxDepth " + maxDepth + ", padding " + padding
                    + ", headerHeight " + headerHeight + " must not be negative");
        }
        // A box just the size of its header and padding keeps a content area of rounding error only:
        // it holds nothing, and laying children out in it would make their areas arbitrary.
        double tiny = 1e-9 * Math.max(bounds.width(), bounds.height());
        List<Tile<T>> tiles = new ArrayList<>();
        // Explicit stack rather than recursion: a very deep tree must not overflow the call stack.
        Deque<Pending<T>> stack = new ArrayDeque<>();
        pushChildren(stack, root, bounds, 1, maxDepth, children, size);
        while (!stack.isEmpty()) {
            Pending<T> next = stack.pop();
            Rect rect = next.rect();
            Rect content = rect.inset(padding, headerHeight + padding, padding, padding);
            boolean open = next.depth() < maxDepth && !content.isEmpty()
                    && content.width() > tiny && content.height() > tiny
                    && hasPositiveChild(next.node(), children, size);
            Rect header = open
                    ? new Rect(rect.x(), rect.y(), rect.width(), Math.min(headerHeight, rect.height()))
                    : Rect.emptyAt(rect.x(), rect.y());
            tiles.add(new Tile<>(next.node(), next.depth(), rect, header, open));
            if (open) {
                pushChildren(stack, next.node(), content, next.depth() + 1, maxDepth, children, size);
            }
        }
        return tiles;
    }

    private static <T> void pushChildren(Deque<Pending<T>> stack, T parent, Rect area, int depth, int maxDepth,
                                         Function<T, List<T>> children, ToDoubleFunction<T> size) {
        if (depth > maxDepth) {
            return;
        }
        List<T> kids = childrenOf(parent, children);
        double[] sizes = new double[kids.size()];
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = size.applyAsDouble(kids.get(i));
        }
        int[] order = SquarifiedTreemap.orderByDescendingValue(sizes);
        Rect[] rects = SquarifiedTreemap.layout(sizes, area, order);
        // Push in reverse so the largest child is popped, and so emitted, first.
        for (int k = order.length - 1; k >= 0; k--) {
            int i = order[k];
            if (sizes[i] > 0) {
                stack.push(new Pending<>(kids.get(i), depth, rects[i]));
            }
        }
    }

    private static <T> boolean hasPositiveChild(T node, Function<T, List<T>> children, ToDoubleFunction<T> size) {
        for (T child : childrenOf(node, children)) {
            if (size.applyAsDouble(child) > 0) {
                return true;
            }
        }
        return false;
    }

    private static <T> List<T> childrenOf(T node, Function<T, List<T>> children) {
        List<T> kids = children.apply(node);
        return kids == null ? List.of() : kids;
    }

    /** A node whose box is known but whose tile (and children) are not yet produced. */
    private record Pending<T>(T node, int depth, Rect rect) {
    }
}
