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
        double before = 0;
        for (int item : items) {
            double position = from + length * (before / total);
            // Extent from the value itself, not a difference of positions, to keep tiny strips precise.
            double extent = length * (values[item] / total);
            result[item] = horizontal
                    ? new Rect(position, bounds.y(), extent, bounds.height())
                    : new Rect(bounds.x(), position, bounds.width(), extent);
            before += values[item];
        }
        return result;
    }
}
