package org.oxidation.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oxidation.layout.ChangeScale;
import org.oxidation.ui.common.ColorScaleLegend;
import org.oxidation.ui.common.Palette;

/** Compare's legend shows where the maps' colours fall: each tick where the scale puts its value. */
class CompareLegendTest {

    @Test
    void eachTickSitsWhereTheMapsScalePutsItsValueAndHasTheTilesColour() {
        long largest = 147_260; // the kernel's rust/ from v6.1.170 to v7.3.4
        List<ColorScaleLegend.Tick> ticks = CompareView.legendTicks(largest);
        assertEquals(List.of("\u2212" + "1M", "\u2212" + "10k", "\u2212" + "100", "\u00b1" + "0", "+100", "+10k", "+1M"),
                ticks.stream().map(ColorScaleLegend.Tick::label).toList());
        ChangeScale scale = ChangeScale.upTo(largest);
        long[] values = {-1_000_000, -10_000, -100, 0, 100, 10_000, 1_000_000};
        for (int i = 0; i < values.length; i++) {
            double position = ticks.get(i).position();
            assertEquals((scale.fraction(values[i]) + 1) / 2, position, 1e-12, ticks.get(i).label());
            // The bar's colour at the tick is the colour a tile with that change gets.
            assertEquals(Palette.changeAlong(scale.fraction(values[i])), Palette.changeAlong(2 * position - 1));
        }
        assertEquals(0.5, ticks.get(3).position(), 1e-12);
    }
}
