package org.oxidation.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GrowthRateTest {

    private static final OffsetDateTime START = OffsetDateTime.parse("2022-12-11T00:00:00Z");

    @Test
    void recoversAKnownDoublingTimeFromNoisyExponentialSamplesWithin1Percent() {
        double doublingDays = 240;
        List<OffsetDateTime> dates = new ArrayList<>();
        long[] counts = new long[40];
        for (int i = 0; i < counts.length; i++) {
            // Irregular dates (every 17 to 40 days) and ±3% noise that averages out, as releases have.
            OffsetDateTime when = START.plusDays(i * 30L + (i % 3 == 0 ? 10 : -13));
            double noise = 1 + 0.03 * ((i % 4) - 1.5) / 1.5;
            dates.add(when);
            counts[i] = Math.round(10_000 * Math.pow(2, (i * 30.0 + (i % 3 == 0 ? 10 : -13)) / doublingDays) * noise);
        }
        GrowthRate.Fit fit = GrowthRate.of(dates, counts).orElseThrow();
        assertEquals(doublingDays, fit.doublingDays(), doublingDays * 0.01);
        assertEquals("doubles every 7.9 months", fit.describe());
    }

    @Test
    void anExactExponentialIsRecoveredExactlyAndTheLinePassesThroughIt() {
        List<OffsetDateTime> dates = List.of(START, START.plusDays(100), START.plusDays(300));
        long[] counts = {1000, 2000, 8000}; // doubling every 100 days
        GrowthRate.Fit fit = GrowthRate.of(dates, counts).orElseThrow();
        assertEquals(100, fit.doublingDays(), 1e-9);
        assertEquals(2000, fit.valueAt(START.plusDays(100)), 1e-6);
    }

    @Test
    void flatShrinkingOrTooFewPositiveCountsHaveNoDoublingTime() {
        List<OffsetDateTime> dates = List.of(START, START.plusDays(100), START.plusDays(200));
        assertTrue(GrowthRate.of(dates, new long[] {5, 5, 5}).isEmpty());
        assertTrue(GrowthRate.of(dates, new long[] {9, 5, 3}).isEmpty());
        assertTrue(GrowthRate.of(dates, new long[] {0, 0, 7}).isEmpty(), "one positive count is no trend");
        assertEquals(100, GrowthRate.of(dates, new long[] {0, 5, 10}).orElseThrow().doublingDays(), 1e-9,
                "zeros before Rust arrived are left out");
    }
}
