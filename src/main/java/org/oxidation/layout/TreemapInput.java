package org.oxidation.layout;

import java.util.Arrays;

/** Validation and bookkeeping shared by the treemap algorithms. Stateless, thread-safe. */
final class TreemapInput {

    private TreemapInput() {
    }

    static void checkValues(double[] values) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException("value " + i + " is not finite: " + values[i]);
            }
        }
    }

    static void checkPermutation(int[] order, int n) {
        if (order.length != n) {
            throw new IllegalArgumentException("order has " + order.length + " entries for " + n + " values");
        }
        boolean[] seen = new boolean[n];
        for (int index : order) {
            if (index < 0 || index >= n || seen[index]) {
                throw new IllegalArgumentException("order is not a permutation of 0.." + (n - 1) + ": "
                        + Arrays.toString(order));
            }
            seen[index] = true;
        }
    }

    static int[] identity(int n) {
        int[] indices = new int[n];
        for (int i = 0; i < n; i++) {
            indices[i] = i;
        }
        return indices;
    }

    /** Every slot starts as an empty tile at the corner; the algorithms overwrite the positive ones. */
    static Rect[] emptyTiles(int n, Rect bounds) {
        Rect[] tiles = new Rect[n];
        Arrays.fill(tiles, Rect.emptyAt(bounds.x(), bounds.y()));
        return tiles;
    }

    /** The indices from {@code order} whose value is positive, keeping the order. */
    static int[] positiveInOrder(double[] values, int[] order) {
        return Arrays.stream(order).filter(i -> values[i] > 0).toArray();
    }
}
