package org.oxidation.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

class PaletteTest {

    @Test
    void drawsAsManySeriesColoursAsTheChartModelsShareOut() {
        assertEquals(org.oxidation.chart.Hue.SERIES_COLOURS, Palette.seriesCount());
    }

    @Test
    void eachDecadeOfRustShareIsAnEqualStepOfTheMapScale() {
        // 0.01% .. 100% is four decades: a quarter of the scale each.
        assertEquals(0.0, Palette.shareScale(0.0001), 1e-12);
        assertEquals(0.25, Palette.shareScale(0.001), 1e-12);
        assertEquals(0.5, Palette.shareScale(0.01), 1e-12);
        assertEquals(0.75, Palette.shareScale(0.1), 1e-12);
        assertEquals(1.0, Palette.shareScale(1), 1e-12);
        assertEquals(0.0, Palette.shareScale(0.000001), "below one line in 10,000: the first step");
    }

    @Test
    void smallSharesOfTheKernelStoryGetTintsOfTheirOwn() {
        // v7.3.4: drivers/net 243 of 5.33M lines Rust, drivers/gpu 19,939 of 8.47M, samples 5.7%, drivers/android 44%.
        double[] shares = {243.0 / 5_327_989, 19_939.0 / 8_473_698, 0.057, 0.44};
        Color previous = Palette.NEUTRAL_TILE;
        for (double share : shares) {
            Color tint = Palette.shareTint(share);
            assertNotEquals(previous, tint, "share " + share);
            assertTrue(brightness(tint) < brightness(previous), "a larger share is darker: " + share);
            previous = tint;
        }
    }

    @Test
    void noRustStaysNeutralAndAnyRustIsVisible() {
        assertEquals(Palette.NEUTRAL_TILE, Palette.shareTint(0));
        assertEquals(Palette.shareScaleColour(0), Palette.shareTint(1e-9));
        assertNotEquals(Palette.NEUTRAL_TILE, Palette.shareTint(1e-9));
    }

    private static double brightness(Color colour) {
        return colour.getRed() + colour.getGreen() + colour.getBlue();
    }
}
