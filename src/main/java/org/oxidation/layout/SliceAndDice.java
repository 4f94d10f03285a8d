package org.oxidation.layout;

/**
 * The plain slice-and-dice treemap (Shneiderman, 1992): one strip per value, in input order, all cut in
 * the same direction. Kept as the baseline the squarified layout is measured against; its long thin strips
 * are why {@link SquarifiedTreemap} exists.
 *
 * <p>Result index {@code i} belongs to value {@code i}; zero or negative values get an empty rectangle at
 * the bounds' corner. Stateless, thread-safe.
 */
public final class SliceAndDice {

    private SliceAndDice() {
    }

    /**
     * @param horizontal {@code true} to place strips side by side from left to right (cutting the width),
     *                   {@code false} to stack them from top to bottom
     */
    public static Rect[] layout(double[] values, Rect bounds, boolean horizontal) {
        TreemapInput.checkValues(values);
        Rect[] result = TreemapInput.emptyTiles(values.length, bounds);
        int[] items = TreemapInput.positiveInOrder(values, TreemapInput.identity(values.length));
        if (items.length == 0) {
            return result;
        }
        double total = 0;
        for (int item : items) {
            total += values[item];
        }
        double from = horizontal ? bounds.x() : bounds.y();
        double length = horizontal ? bounds.width() : bounds.height();
        double cumulative = 0;
        double previousCut = from;
        for (int k = 0; k < items.length; k++) {
            cumulative += values[items[k]];
            // Pin the last cut to the far edge so rounding leaves no sliver.
            double cut = k == items.length - 1 ? from + length : from + length * (cumulative / total);
            double extent = Math.max(0, cut - previousCut);
            result[items[k]] = horizontal
                    ? new Rect(previousCut, bounds.y(), extent, bounds.height())
                    : new Rect(bounds.x(), previousCut, bounds.width(), extent);
            previousCut = cut;
        }
        return result;
    }
}
