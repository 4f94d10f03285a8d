package org.oxidation.layout;

import java.util.Arrays;

/**
 * Squarified treemap (Bruls, Huizing and van Wijk, "Squarified Treemaps", 2000): splits a rectangle into
 * one tile per value, with tile areas proportional to the values and tiles kept close to square.
 *
 * <p>Rows are laid along the shorter side of the space left; an item joins the current row as long as
 * that does not make the row's worst aspect ratio worse. Result index {@code i} always belongs to input
 * value {@code i}. Values that are zero or negative get an empty rectangle at the bounds' top-left corner.
 * Tiles fill the bounds exactly: the last item of a row and the last row end on the far edge instead of
 * on an accumulated sum, so rounding never leaves slivers.
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
        double x = bounds.x();
        double y = bounds.y();
        double width = bounds.width();
        double height = bounds.height();
        int start = 0;
        while (start < areas.length) {
            double side = Math.min(width, height);
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
            boolean lastRow = end == areas.length;
            if (width >= height) {
                // Short side is vertical: the row is a column at the left of the free space.
                double thickness = lastRow ? width : Math.min(width, rowSum / height);
                placeAlong(areas, items, start, end, rowSum, y, bounds.maxY(), result, x, thickness, true);
                x = lastRow ? bounds.maxX() : x + thickness;
                width = Math.max(0, bounds.maxX() - x);
            } else {
                double thickness = lastRow ? height : Math.min(height, rowSum / width);
                placeAlong(areas, items, start, end, rowSum, x, bounds.maxX(), result, y, thickness, false);
                y = lastRow ? bounds.maxY() : y + thickness;
                height = Math.max(0, bounds.maxY() - y);
            }
            start = end;
        }
    }

    /**
     * Places one row: items share {@code from .. to} in proportion to their areas. Cut positions come from
     * the running sum, and the last one is pinned to {@code to} (the bounds' far edge, where the free space
     * always ends), so neighbours share exactly the same edge coordinate.
     */
    private static void placeAlong(double[] areas, int[] items, int start, int end, double rowSum,
                                   double from, double to, Rect[] result,
                                   double across, double thickness, boolean column) {
        double cumulative = 0;
        double previousCut = from;
        for (int k = start; k < end; k++) {
            cumulative += areas[k];
            double cut = k == end - 1 ? to : from + (to - from) * (cumulative / rowSum);
            double extent = Math.max(0, cut - previousCut);
            result[items[k]] = column
                    ? new Rect(across, previousCut, thickness, extent)
                    : new Rect(previousCut, across, extent, thickness);
            previousCut = cut;
        }
    }

    /** The paper's worst aspect ratio of a row with total area {@code sum} laid along a side of {@code side}. */
    private static double worst(double sum, double min, double max, double side) {
        double sideSquared = side * side;
        double sumSquared = sum * sum;
        return Math.max(sideSquared * max / sumSquared, sumSquared / (sideSquared * min));
    }
}
