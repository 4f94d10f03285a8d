package org.oxidation.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StackedSeriesTest {

    private final List<String> tags = List.of("v6.0", "v6.1", "v6.2");

    @Test
    void firstSeriesSitsOnZeroAndEachNextOnTheOneBelow() {
        StackedSeries stack = StackedSeries.ofLongs(tags, List.of("c", "rust"),
                new long[][] {{100, 120, 130}, {0, 5, 12}});

        assertEquals(0, stack.bottom(0, 1));
        assertEquals(120, stack.top(0, 1));
        assertEquals(120, stack.bottom(1, 1));
        assertEquals(125, stack.top(1, 1));
        assertEquals(142, stack.total(2));
        assertEquals(142, stack.maxTotal());
    }

    @Test
    void mapInputStacksInIterationOrder() {
        Map<String, long[]> series = new LinkedHashMap<>();
        series.put("drivers", new long[] {10, 20, 30});
        series.put("other", new long[] {1, 1, 1});
        StackedSeries stack = StackedSeries.of(tags, series);
        assertEquals(List.of("drivers", "other"), stack.seriesNames());
        assertEquals(30, stack.bottom(1, 2));
        assertEquals(31, stack.top(1, 2));
    }

    @Test
    void noSeriesGivesAFlatZeroStack() {
        StackedSeries stack = new StackedSeries(tags, List.of(), new double[0][]);
        assertEquals(0, stack.total(0));
        assertEquals(0, stack.maxTotal());
    }

    @Test
    void negativeOrMisshapenValuesAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new StackedSeries(tags, List.of("c"), new double[][] {{1, -1, 2}}));
        assertThrows(IllegalArgumentException.class,
                () -> new StackedSeries(tags, List.of("c"), new double[][] {{1, 2}}));
        assertThrows(IllegalArgumentException.class,
                () -> new StackedSeries(tags, List.of("c", "rust"), new double[][] {{1, 2, 3}}));
    }
}
