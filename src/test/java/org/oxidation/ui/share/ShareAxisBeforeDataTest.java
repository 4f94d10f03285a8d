package org.oxidation.ui.share;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oxidation.testing.FxStages;
import org.testfx.api.FxRobot;

/**
 * The Rust share tab before its first state arrives (a first count of a big repository keeps the chart
 * thread busy for a while): its y axis must not list the hundred ticks of JavaFX's default 0..100 range.
 */
class ShareAxisBeforeDataTest extends FxRobot {

    @BeforeEach
    void show() throws Exception {
        FxStages.show(1000, 700, () -> new ShareView().node());
    }

    @AfterEach
    void hide() throws Exception {
        FxStages.hide();
    }

    @Test
    void theYAxisOfAShareViewNotYetShownAStateHasAFewTicksOnly() {
        int ticks = lookup(".axis").queryAll().stream()
                .filter(axis -> axis instanceof org.oxidation.ui.common.LinearAxis)
                .mapToInt(axis -> ((org.oxidation.ui.common.LinearAxis) axis).getTickMarks().size())
                .sum();
        assertTrue(ticks > 0 && ticks <= 11, "y-axis ticks before any data: " + ticks);
    }
}
