package org.oxidation.layout;

import java.util.Arrays;

/**
 * Squarified treemap (Bruls, Huizing and van Wijk, "Squarified Treemaps", 2000): splits a rectangle into
 * one tile per value, with tile areas proportional to the values and tiles kept close to square.
 *
 * <p>Rows are laid along the shorter side of the space left; an item joins the current row as long as
 * that does not make the row's worst aspect ratio worse. Result index {@code i} always belongs to input
 * value {@code i}. Values that are zero or negative get an empty rectangle at the bounds' top-left corner.
 * Each tile's width and height come straight from its own area (not from differences of accumulated
 * positions), so areas stay proportional to full precision even for tiny tiles; the last row takes all
 * the free space and no row sticks out of the bounds, so tiles fill the bounds up to rounding (a few ulps,
 * far below a pixel).
 *
 * <p>Stateless, thread-safe.
 */
public final class SquarifiedTreemap {

    private SquarifiedTreemap() {
    }

    /** Lays the values out largest first, the order the paper uses and the one giving the squarest tiles. */
    public static Rect[] layout(double[] values, Rect bounds) {
        return layout(values, bounds, orderByDescendingValue(values));
    }

    /**
     * Lays the values out in the caller's order, e.g. sorted by the sizes at another tag, so that the same
     * item lands in the same region of two maps drawn side by side.
     *
     * @param order a permutation of {@code 0 .. values.length - 1}; {@code order[0]} is placed first
     *              (top-left)
     */
    public static Rect[] layout(double[] values, Rect bounds, int[] order) {
        TreemapInput.checkValues(values);
        TreemapInput.checkPermutation(order, values.length);
        Rect[] result = TreemapInput.emptyTiles(values.length, bounds);
        int[] items = TreemapInput.positiveInOrder(values, order);
        if (items.length == 0 || bounds.isEmpty()) {
            return result;
        }
        double total = 0;
        for (int item : items) {
            total += values[item];
        }
        double[] areas = new double[items.length];
        double scale = bounds.area() / total;
        for (int k = 0; k < items.length; k++) {
            areas[k] = values[items[k]] * scale;
        }
        squarify(areas, items, bounds, result);
        return result;
    }

    /**
     * Indices of {@code values} sorted by value descending, ties by index ascending so the order is
     * deterministic. Useful as the stable order for {@link #layout(double[], Rect, int[])}.
     */
    public static int[] orderByDescendingValue(double[] values) {
        TreemapInput.checkValues(values);
        return Arrays.stream(TreemapInput.identity(values.length)).boxed()
                .sorted((a, b) -> {
                    int byValue = Double.compare(values[b], values[a]);
                    return byValue != 0 ? byValue : Integer.compare(a, b);
                })
                .mapToInt(Integer::intValue)
                .toArray();
    }

    /**
     * The largest {@code max(w/h, h/w)} over the tiles that have an area; 0 when none has. Lower is
     * squarer; 1 means every tile is a square.
     */
    public static double worstAspectRatio(Rect[] tiles) {
        double worst = 0;
        for (Rect tile : tiles) {
            if (!tile.isEmpty()) {
                worst = Math.max(worst, tile.aspectRatio());
            }
        }
        return worst;
    }

    private static void squarify(double[] areas, int[] items, Rect bounds, Rect[] result) {
        // Work in coordinates local to the bounds and add the corner only when making a Rect: the free
        // extent is a difference of positions, and differences of large absolute coordinates (a map drawn
        // at x = 9000) would lose the digits that tiny tiles need.
        double x = 0;
        double y = 0;
        double width = bounds.width();
        double height = bounds.height();
        int start = 0;
        while (start < areas.length) {
            double side = Math.min(width, height);
            if (!(side > 0)) {
                // Only reachable through rounding when the last items are vanishingly small: they get no space.
                for (int k = start; k < areas.length; k++) {
                    result[items[k]] = Rect.emptyAt(bounds.x() + x, bounds.y() + y);
                }
                return;
            }
            double rowSum = areas[start];
            double rowMin = rowSum;
            double rowMax = rowSum;
            double rowWorst = worst(rowSum, rowMin, rowMax, side);
            int end = start + 1;
            while (end < areas.length) {
                double a = areas[end];
                double candidateSum = rowSum + a;
                double candidateWorst = worst(candidateSum, Math.min(rowMin, a), Math.max(rowMax, a), side);
                if (candidateWorst > rowWorst) {
                    break;
                }
                rowSum = candidateSum;
                rowMin = Math.min(rowMin, a);
                rowMax = Math.max(rowMax, a);
                rowWorst = candidateWorst;
                end++;
            }
            // The last row takes all the free space, and no row may take more than there is: the free
            // extent can be a few ulps off the areas still to place.
            boolean lastRow = end == areas.length;
            double free = Math.max(width, height);
            double thickness = lastRow ? free : Math.min(free, rowSum / side);
            if (width >= height) {
                // Short side is vertical: the row is a column at the left of the free space.
                placeAlong(areas, items, start, end, rowSum, bounds.y() + y, height, result,
                        bounds.x() + x, thickness, true);
                x += thickness;
                width = Math.max(0, bounds.width() - x);
            } else {
                placeAlong(areas, items, start, end, rowSum, bounds.x() + x, width, result,
                        bounds.y() + y, thickness, false);
                y += thickness;
                height = Math.max(0, bounds.height() - y);
            }
            start = end;
        }
    }

    /**
     * Places one row of the given {@code thickness} along {@code length}, each item taking a share of the
     * length in proportion to its area. The extent is computed directly from the item's area rather than
     * as the difference of two cut positions: a tiny tile far from the origin would otherwise lose most of
     * its digits to cancellation. Positions come from the running sum, so neighbouring edges agree to
     * within rounding.
     */
    private static void placeAlong(double[] areas, int[] items, int start, int end, double rowSum,
                                   double from, double length, Rect[] result,
                                   double across, double thickness, boolean column) {
        double before = 0;
        for (int k = start; k < end; k++) {
            double position = from + length * (before / rowSum);
            double extent = length * (areas[k] / rowSum);
            result[items[k]] = column
                    ? new Rect(across, position, thickness, extent)
                    : new Rect(position, across, extent, thickness);
            before += areas[k];
        }
    }

    /** The paper's worst aspect ratio of a row with total area {@code sum} laid along a side of {@code side}. */
    private static double worst(double sum, double min, double max, double side) {
        double sideSquared = side * side;
        double sumSquared = sum * sum;
        return Math.max(sideSquared * max / sumSquared, sumSquared / (sideSquared * min));
    }
}
