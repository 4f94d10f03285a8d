package org.oxidation.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LogScaleTest {

    @Test
    void shareAxisGetsDecadeTicksFromThousandthOfAPercentToAHundred() {
        LogScale scale = LogScale.decadesAround(0.00002, 0.7);
        assertEquals(new LogScale(1e-5, 1), scale);
        String[] labels = Arrays.stream(scale.decadeTicks()).mapToObj(Units::percent).toArray(String[]::new);
        assertArrayEquals(new String[] {"0.001%", "0.01%", "0.1%", "1%", "10%", "100%"}, labels);
    }

    @Test
    void decadesMapToEvenSteps() {
        LogScale scale = new LogScale(1e-5, 1);
        assertEquals(0, scale.fraction(1e-5), 1e-12);
        assertEquals(0.2, scale.fraction(1e-4), 1e-12);
        assertEquals(0.8, scale.fraction(0.1), 1e-12);
        assertEquals(1, scale.fraction(1), 1e-12);
        // 0.001 is two decades of five above the start.
        assertEquals(200, scale.position(0.001, 500), 1e-9);
        assertEquals(0.01, scale.valueAt(0.6), 1e-15);
    }

    @Test
    void zeroShareIsPinnedToTheAxisStart() {
        assertEquals(0, new LogScale(1e-5, 1).fraction(0));
    }

    @Test
    void exactPowersOfTenStayOnTheirDecade() {
        assertEquals(new LogScale(0.01, 0.1), LogScale.decadesAround(0.01, 0.1));
        assertEquals(new LogScale(0.01, 0.1), LogScale.decadesAround(0.01, 0.01));
    }

    @Test
    void nonPositiveRangeIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new LogScale(0, 1));
        assertThrows(IllegalArgumentException.class, () -> LogScale.decadesAround(0, 1));
    }
}
