package org.oxidation.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SquarifiedTreemapTest {

    private static final double[] PAPER_VALUES = {6, 6, 4, 3, 2, 2, 1};
    private static final Rect PAPER_BOUNDS = new Rect(0, 0, 6, 4);
    private static final double[] SKEWED_VALUES = {1000, 300, 120, 50, 20, 9, 5, 3, 2, 1, 1, 1};

    @Test
    void paperExampleGivesThePublishedRows() {
        Rect[] tiles = SquarifiedTreemap.layout(PAPER_VALUES, PAPER_BOUNDS);

        // Worked by hand with the paper's worst(): the 6x4 rectangle's short side is vertical, so 6 and 6
        // form a column (ratio 8/3, then 3/2; adding 4 would give 4). Each is 3 x 2, stacked on the left.
        assertRect(0, 0, 3, 2, tiles[0]);
        assertRect(0, 2, 3, 2, tiles[1]);
        // The free 3 x 4 space is taller than wide: 4 and 3 share a row along the top (9/4, then 49/27),
        // height 7/3, widths 12/7 and 9/7.
        assertRect(3, 0, 12.0 / 7, 7.0 / 3, tiles[2]);
        assertRect(3 + 12.0 / 7, 0, 9.0 / 7, 7.0 / 3, tiles[3]);
        // The free 3 x 5/3 strip: 2 alone (25/18; adding the next 2 would give 72/25), then 2 alone
        // (adding 1 would give 81/25), then 1 takes the rest.
        assertRect(3, 7.0 / 3, 1.2, 5.0 / 3, tiles[4]);
        assertRect(4.2, 7.0 / 3, 1.2, 5.0 / 3, tiles[5]);
        assertRect(5.4, 7.0 / 3, 0.6, 5.0 / 3, tiles[6]);
    }

    @Test
    void paperExampleHasTheExpectedWorstAspectRatio() {
        // The thinnest tile is the last one, 0.6 x 5/3.
        assertEquals((5.0 / 3) / 0.6, SquarifiedTreemap.worstAspectRatio(SquarifiedTreemap.layout(PAPER_VALUES, PAPER_BOUNDS)), 1e-9);
    }

    @Test
    void tilesAreInsideDisjointProportionalAndFillTheBounds() {
        for (double[] values : List.of(PAPER_VALUES, SKEWED_VALUES, new double[] {3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5})) {
            Rect bounds = new Rect(10, 20, 640, 480);
            Rect[] tiles = SquarifiedTreemap.layout(values, bounds);
            TileChecks.assertInside(bounds, List.of(tiles));
            TileChecks.assertNoOverlap(bounds, List.of(tiles));
            TileChecks.assertAreasProportional(values, tiles, bounds.area());
            TileChecks.assertFills(bounds, List.of(tiles));
        }
    }

    @Test
    void fiveHundredSkewedValuesFarFromTheOriginStayExact() {
        // Random generators favour short arrays, so the largest size is checked here on purpose.
        Random random = new Random(7);
        double[] values = new double[500];
        for (int i = 0; i < values.length; i++) {
            values[i] = Math.exp(10 * random.nextDouble()) * (1 + random.nextInt(1000));
        }
        Rect bounds = new Rect(9000.5, -7000.25, 3.5, 1200);
        Rect[] tiles = SquarifiedTreemap.layout(values, bounds);
        TileChecks.assertInside(bounds, List.of(tiles));
        TileChecks.assertNoOverlap(bounds, List.of(tiles));
        TileChecks.assertAreasProportional(values, tiles, bounds.area());
        TileChecks.assertFills(bounds, List.of(tiles));
    }

    @Test
    void squarifiedIsSquarerThanSliceAndDiceOnPaperAndSkewedInput() {
        for (double[] values : List.of(PAPER_VALUES, SKEWED_VALUES)) {
            for (Rect bounds : List.of(PAPER_BOUNDS, new Rect(0, 0, 400, 300), new Rect(0, 0, 300, 400))) {
                double squarified = SquarifiedTreemap.worstAspectRatio(SquarifiedTreemap.layout(values, bounds));
                double sliced = Math.min(
                        SquarifiedTreemap.worstAspectRatio(SliceAndDice.layout(values, bounds, true)),
                        SquarifiedTreemap.worstAspectRatio(SliceAndDice.layout(values, bounds, false)));
                assertTrue(squarified < sliced, () -> "squarified " + squarified + " vs slice-and-dice " + sliced);
            }
        }
    }

    @Test
    void unsortedInputKeepsResultIndexPerValue() {
        double[] values = {1, 6, 2, 6, 3, 2, 4};
        Rect[] tiles = SquarifiedTreemap.layout(values, PAPER_BOUNDS);
        for (int i = 0; i < values.length; i++) {
            // The values add up to 24, the area of the 6 x 4 bounds, so each area equals its value.
            assertEquals(values[i], tiles[i].area(), 1e-9, "area of value " + i);
        }
        // Ties keep input order: the first 6 (index 1) goes to the top-left corner.
        assertRect(0, 0, 3, 2, tiles[1]);
        assertRect(0, 2, 3, 2, tiles[3]);
    }

    @Test
    void zeroAndNegativeValuesGetEmptyTilesAtTheCorner() {
        Rect bounds = new Rect(5, 7, 100, 50);
        Rect[] tiles = SquarifiedTreemap.layout(new double[] {0, 3, -2, 1}, bounds);
        assertEquals(new Rect(5, 7, 0, 0), tiles[0]);
        assertEquals(new Rect(5, 7, 0, 0), tiles[2]);
        assertEquals(3750, tiles[1].area(), 1e-9);
        assertEquals(1250, tiles[3].area(), 1e-9);
    }

    @Test
    void allZeroInputGivesOnlyEmptyTiles() {
        Rect[] tiles = SquarifiedTreemap.layout(new double[] {0, 0, 0}, new Rect(1, 2, 3, 4));
        for (Rect tile : tiles) {
            assertEquals(new Rect(1, 2, 0, 0), tile);
        }
        assertEquals(0, SquarifiedTreemap.layout(new double[0], PAPER_BOUNDS).length);
    }

    @Test
    void stableOrderPutsTheSameItemFirstInBothMaps() {
        double[] atTagA = {50, 10, 30, 5};
        double[] atTagB = {20, 60, 30, 0};
        int[] order = SquarifiedTreemap.orderByDescendingValue(atTagB);
        assertArrayEquals(new int[] {1, 2, 0, 3}, order);
        Rect bounds = new Rect(0, 0, 200, 100);

        Rect[] mapA = SquarifiedTreemap.layout(atTagA, bounds, order);
        Rect[] mapB = SquarifiedTreemap.layout(atTagB, bounds, order);

        // Item 1 is the smallest at tag A yet takes the top-left corner in both maps.
        assertEquals(0, mapA[1].x());
        assertEquals(0, mapA[1].y());
        assertEquals(0, mapB[1].x());
        assertEquals(0, mapB[1].y());
        // Unordered, tag A would start with its own largest item instead.
        Rect[] freeA = SquarifiedTreemap.layout(atTagA, bounds);
        assertEquals(new Rect(0, 0, freeA[0].width(), freeA[0].height()), freeA[0]);
        TileChecks.assertAreasProportional(atTagA, mapA, bounds.area());
        TileChecks.assertNoOverlap(bounds, List.of(mapA));
    }

    @Test
    void orderThatIsNotAPermutationIsRejected() {
        double[] values = {1, 2, 3};
        assertThrows(IllegalArgumentException.class, () -> SquarifiedTreemap.layout(values, PAPER_BOUNDS, new int[] {0, 1}));
        assertThrows(IllegalArgumentException.class, () -> SquarifiedTreemap.layout(values, PAPER_BOUNDS, new int[] {0, 1, 1}));
        assertThrows(IllegalArgumentException.class, () -> SquarifiedTreemap.layout(values, PAPER_BOUNDS, new int[] {0, 1, 3}));
    }

    @Test
    void nonFiniteValuesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> SquarifiedTreemap.layout(new double[] {1, Double.NaN}, PAPER_BOUNDS));
    }

    @Test
    void sliceAndDiceCutsStripsInInputOrder() {
        Rect[] across = SliceAndDice.layout(new double[] {1, 0, 3}, new Rect(0, 0, 8, 2), true);
        assertRect(0, 0, 2, 2, across[0]);
        assertEquals(new Rect(0, 0, 0, 0), across[1]);
        assertRect(2, 0, 6, 2, across[2]);
        Rect[] down = SliceAndDice.layout(new double[] {1, 3}, new Rect(0, 0, 8, 2), false);
        assertRect(0, 0, 8, 0.5, down[0]);
        assertRect(0, 0.5, 8, 1.5, down[1]);
    }

    @Test
    void worstAspectRatioIgnoresEmptyTiles() {
        Rect[] tiles = {new Rect(0, 0, 2, 1), new Rect(0, 0, 0, 0), new Rect(0, 0, 1, 3)};
        assertEquals(3, SquarifiedTreemap.worstAspectRatio(tiles));
        assertEquals(0, SquarifiedTreemap.worstAspectRatio(new Rect[] {new Rect(0, 0, 0, 5)}));
    }

    private static void assertRect(double x, double y, double w, double h, Rect actual) {
        double eps = 1e-9;
        assertTrue(Math.abs(actual.x() - x) < eps && Math.abs(actual.y() - y) < eps
                        && Math.abs(actual.width() - w) < eps && Math.abs(actual.height() - h) < eps,
                () -> "expected (" + x + ", " + y + ", " + w + " x " + h + ") but was " + actual);
    }
}
