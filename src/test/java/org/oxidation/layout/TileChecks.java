package org.oxidation.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

/** Geometric checks shared by the treemap tests, computed independently of the layout code. */
final class TileChecks {

    private TileChecks() {
    }

    /** Floating-point allowance for edges, relative to the size of the bounds. */
    static double epsilonFor(Rect bounds) {
        return 1e-9 * Math.max(1, Math.max(Math.abs(bounds.x()) + bounds.width(), Math.abs(bounds.y()) + bounds.height()));
    }

    static void assertInside(Rect bounds, List<Rect> tiles) {
        double eps = epsilonFor(bounds);
        for (Rect tile : tiles) {
            assertTrue(tile.x() >= bounds.x() - eps && tile.y() >= bounds.y() - eps
                            && tile.x() + tile.width() <= bounds.x() + bounds.width() + eps
                            && tile.y() + tile.height() <= bounds.y() + bounds.height() + eps,
                    () -> tile + " is not inside " + bounds);
        }
    }

    static void assertNoOverlap(Rect bounds, List<Rect> tiles) {
        double eps = epsilonFor(bounds);
        for (int i = 0; i < tiles.size(); i++) {
            Rect a = tiles.get(i);
            for (int j = i + 1; j < tiles.size(); j++) {
                Rect b = tiles.get(j);
                double overlapX = Math.min(a.x() + a.width(), b.x() + b.width()) - Math.max(a.x(), b.x());
                double overlapY = Math.min(a.y() + a.height(), b.y() + b.height()) - Math.max(a.y(), b.y());
                int ii = i;
                int jj = j;
                assertTrue(overlapX <= eps || overlapY <= eps, () -> "tiles " + ii + " " + a + " and " + jj + " " + b + " overlap");
            }
        }
    }

    /** Each tile's share of the area is within 1 % (relative) of its value's share of the total. */
    static void assertAreasProportional(double[] values, Rect[] tiles, double totalArea) {
        double totalValue = 0;
        for (double v : values) {
            if (v > 0) {
                totalValue += v;
            }
        }
        for (int i = 0; i < values.length; i++) {
            double expected = values[i] > 0 ? values[i] / totalValue : 0;
            double actual = tiles[i].width() * tiles[i].height() / totalArea;
            int index = i;
            assertTrue(Math.abs(actual - expected) <= 0.01 * expected + 1e-15,
                    () -> "tile " + index + " has " + actual + " of the area for " + expected + " of the value");
        }
    }

    /** Disjoint tiles inside the bounds fill them when their areas add up to the bounds' area. */
    static void assertFills(Rect bounds, List<Rect> tiles) {
        double sum = 0;
        for (Rect tile : tiles) {
            sum += tile.width() * tile.height();
        }
        double area = bounds.width() * bounds.height();
        assertEquals(area, sum, 1e-9 * area, "union of the tiles vs the bounds");
    }
}
