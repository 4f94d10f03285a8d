package org.oxidation.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopNTest {

    private static Map<String, long[]> series() {
        Map<String, long[]> series = new LinkedHashMap<>();
        series.put("fs", new long[] {5, 10, 20});
        series.put("drivers", new long[] {50, 60, 90});
        series.put("net", new long[] {1, 2, 20});      // ties fs at the last tag, smaller sum (23 < 35)
        series.put("arch", new long[] {30, 30, 30});
        series.put("mm", new long[] {3, 3, 3});
        return series;
    }

    @Test
    void keepsLargestAtLastTagAndSumsTheRestIntoOther() {
        Map<String, long[]> top = TopN.select(series(), 3);

        assertEquals(List.of("drivers", "arch", "fs", "other"), List.copyOf(top.keySet()));
        // other = net + mm
        assertArrayEquals(new long[] {4, 5, 23}, top.get("other"));
        assertArrayEquals(new long[] {50, 60, 90}, top.get("drivers"));
    }

    @Test
    void tieAtLastTagGoesToLargerSumThenToName() {
        Map<String, long[]> series = new LinkedHashMap<>();
        series.put("b", new long[] {1, 7});
        series.put("a", new long[] {1, 7});
        series.put("c", new long[] {5, 7});
        assertEquals(List.of("c", "a", "b"), List.copyOf(TopN.select(series, 3).keySet()));
    }

    @Test
    void otherIsOmittedWhenNothingIsLeftOver() {
        assertEquals(List.of("drivers", "arch", "fs", "net", "mm"), List.copyOf(TopN.select(series(), 5).keySet()));
        assertEquals(List.of("drivers", "arch", "fs", "net", "mm"), List.copyOf(TopN.select(series(), 9).keySet()));
    }

    @Test
    void otherIsOmittedWhenTheLeftOversAreAllZero() {
        Map<String, long[]> series = new LinkedHashMap<>();
        series.put("rust", new long[] {0, 4});
        series.put("zig", new long[] {0, 0});
        assertEquals(List.of("rust"), List.copyOf(TopN.select(series, 1).keySet()));
    }

    @Test
    void zeroKeepsOnlyOther() {
        Map<String, long[]> top = TopN.select(series(), 0);
        assertEquals(List.of("other"), List.copyOf(top.keySet()));
        assertArrayEquals(new long[] {89, 105, 163}, top.get("other"));
    }

    @Test
    void resultDoesNotShareArraysWithTheInput() {
        Map<String, long[]> input = series();
        TopN.select(input, 1).get("drivers")[0] = -1;
        assertEquals(50, input.get("drivers")[0]);
    }

    @Test
    void mismatchedLengthsAndReservedNameAreRejected() {
        Map<String, long[]> uneven = new LinkedHashMap<>();
        uneven.put("a", new long[] {1});
        uneven.put("b", new long[] {1, 2});
        assertThrows(IllegalArgumentException.class, () -> TopN.select(uneven, 1));
        assertThrows(IllegalArgumentException.class, () -> TopN.select(Map.of("other", new long[] {1}), 1));
    }
}
