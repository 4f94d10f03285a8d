package org.oxidation.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class LabelThinningTest {

    @Test
    void allLabelsShowWhenTheyFit() {
        // 10 labels, 9 gaps of 20 px, 20 px wide: they just touch.
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, LabelThinning.visibleIndices(10, 180, 20));
    }

    @Test
    void everyKthLabelShowsWithTheLastAlwaysIncluded() {
        // Spacing 10, width 25: every 3rd label; 9 is exactly 3 after 6.
        assertArrayEquals(new int[] {0, 3, 6, 9}, LabelThinning.visibleIndices(10, 90, 25));
        // Width 35: every 4th; 8 would sit 1 away from 9, so it gives way to the last label.
        assertArrayEquals(new int[] {0, 4, 9}, LabelThinning.visibleIndices(10, 90, 35));
    }

    @Test
    void tooNarrowAxisStillShowsFirstAndLast() {
        assertArrayEquals(new int[] {0, 99}, LabelThinning.visibleIndices(100, 50, 60));
        assertArrayEquals(new int[] {0, 1}, LabelThinning.visibleIndices(2, 5, 60));
    }

    @Test
    void degenerateCountsGiveWhatExists() {
        assertArrayEquals(new int[0], LabelThinning.visibleIndices(0, 100, 10));
        assertArrayEquals(new int[] {0}, LabelThinning.visibleIndices(1, 100, 10));
    }
}
