package org.oxidation.ui.task;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProgressTextTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void namesTheTagItsPlaceFilesAndThroughput() {
        ProgressText text = new ProgressText();
        text.beginTask("v6.12.107", 3, 8, 0);
        text.update(12_034, 410_000_000);
        assertEquals("tag 3/8 v6.12.107 · 12,034 files · 410 MB/s", text.message(SECOND));
    }

    @Test
    void samplesOfABranchByDateAreCalledSamples() {
        ProgressText text = new ProgressText("sample");
        text.beginTask("2024-03-01", 2, 4, 0);
        assertEquals("sample 2/4 2024-03-01", text.message(SECOND));
    }

    @Test
    void showsOnlyTheTagBeforeAnyFileIsRead() {
        ProgressText text = new ProgressText();
        text.beginTask("v7.3.4", 8, 8, 0);
        assertEquals("tag 8/8 v7.3.4", text.message(SECOND));
    }

    @Test
    void overallProgressCountsFinishedTagsAndTheShareOfTheCurrentOne() {
        ProgressText text = new ProgressText();
        text.beginTask("v2", 2, 4, 0);
        assertEquals(new ProgressText.Fraction(1.5, 4), text.overall(50, 100));
    }
}
