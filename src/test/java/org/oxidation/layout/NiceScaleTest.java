package org.oxidation.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class NiceScaleTest {

    @Test
    void spacingIsOneTwoOrFiveTimesAPowerOfTen() {
        // 950 / 5 = 190 -> 200; 5 intervals reach 1000.
        assertEquals(new NiceScale(200, 1000), NiceScale.forMax(950));
        // 100 / 5 = 20 exactly.
        assertEquals(new NiceScale(20, 100), NiceScale.forMax(100));
        // 1,234,567 / 5 = 246,913 -> 500,000; three intervals reach 1.5M.
        assertEquals(new NiceScale(500_000, 1_500_000), NiceScale.forMax(1_234_567));
        // 7 / 5 = 1.4 -> 2; four intervals reach 8.
        assertEquals(new NiceScale(2, 8), NiceScale.forMax(7));
        // 42 / 10 = 4.2 -> 5, nine intervals reach 45.
        assertEquals(new NiceScale(5, 45), NiceScale.forMax(42, 10));
    }

    @Test
    void floatingPointNoiseDoesNotAddATick() {
        NiceScale scale = NiceScale.forMax(0.3, 3);
        assertEquals(0.1, scale.tickSpacing(), 1e-15);
        assertEquals(3, scale.intervals());
    }

    @Test
    void ticksRunFromZeroToTheNiceMax() {
        assertArrayEquals(new double[] {0, 200, 400, 600, 800, 1000}, NiceScale.forMax(950).ticks());
    }

    @Test
    void emptyChartGetsAUnitAxis() {
        assertEquals(new NiceScale(0.2, 1), NiceScale.forMax(0));
    }

    @Test
    void countsAreNeverTickedCloserThanOne() {
        // 1 line: forMax would tick every 0.2, labelled "0, 0, 0, 1, 1, 1".
        assertEquals(new NiceScale(1, 1), NiceScale.forCountsUpTo(1));
        assertEquals(new NiceScale(1, 3), NiceScale.forCountsUpTo(2.5));
        assertEquals(new NiceScale(1, 1), NiceScale.forCountsUpTo(0), "an empty chart");
        // From 5 up forMax's spacing is 1 or more already: the same scale.
        assertEquals(NiceScale.forMax(7), NiceScale.forCountsUpTo(7));
        assertEquals(new NiceScale(200, 1000), NiceScale.forCountsUpTo(950));
    }

    @Test
    void invalidArgumentsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> NiceScale.forMax(10, 0));
        assertThrows(IllegalArgumentException.class, () -> NiceScale.forMax(Double.NaN));
    }
}
