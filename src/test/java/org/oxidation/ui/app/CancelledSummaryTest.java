package org.oxidation.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What the status bar says after Cancel: tags, or samples when a branch was sampled by date. */
class CancelledSummaryTest {

    @Test
    void aCancelledCountOfTagsOrOfSamplesSaysWhichItCounted() {
        assertEquals("Cancelled: 1 of 3 tags counted.", MainWindowModel.cancelledSummary(1, 3, false));
        assertEquals("Cancelled: 2 of 12 samples counted.", MainWindowModel.cancelledSummary(2, 12, true));
    }
}
