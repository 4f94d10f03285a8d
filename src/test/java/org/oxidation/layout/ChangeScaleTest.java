package org.oxidation.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The compare maps' change scale: by decades, so small changes stand apart from large ones. */
class ChangeScaleTest {

    private final ChangeScale scale = ChangeScale.upTo(147_260); // the kernel's rust/ from v6.1.170 to v7.3.4

    @Test
    void ticksAreZeroAndThePowersOfTenUpToTheLargestDecade() {
        assertArrayEquals(new long[] {-1_000_000, -100_000, -10_000, -1_000, -100, -10, -1, 0,
                1, 10, 100, 1_000, 10_000, 100_000, 1_000_000}, scale.ticks());
    }

    @Test
    void aLegendLabelsEveryKthDecadeSoThatTheLabelsFit() {
        // Six decades above 1 (10 … 1M), three labels a side: every second one down from 1M.
        assertArrayEquals(new long[] {-1_000_000, -10_000, -100, 0, 100, 10_000, 1_000_000}, scale.ticks(3));
        assertArrayEquals(new long[] {-1_000, -100, -10, 0, 10, 100, 1_000}, ChangeScale.upTo(243).ticks(3)); // 10, 100, 1k all fit
    }

    @Test
    void everyDecadeTakesTheSameRoomAndNoChangeIsTheMiddle() {
        assertEquals(0, scale.fraction(0));
        double step = (1 - ChangeScale.FIRST_STEP) / 6; // six decades from 1 to 1,000,000
        for (int k = 0; k <= 6; k++) {
            assertEquals(ChangeScale.FIRST_STEP + k * step, scale.fraction((long) Math.pow(10, k)), 1e-12);
            assertEquals(-scale.fraction((long) Math.pow(10, k)), scale.fraction(-(long) Math.pow(10, k)), 1e-12);
        }
    }

    @Test
    void smallChangesAreFarFromLargeOnes() {
        // With the old square-root scale tools +27 and drivers/net +243 sat at 0.014 and 0.041 of
        // drivers/gpu's +19.9k at 0.37: all pale. By decades they spread out.
        double tools = scale.fraction(27);
        double net = scale.fraction(243);
        double gpu = scale.fraction(19_939);
        double rust = scale.fraction(147_260);
        assertTrue(tools < net && net < gpu && gpu < rust);
        assertTrue(net - tools > 0.1 && gpu - net > 0.2, tools + " " + net + " " + gpu);
    }
}
