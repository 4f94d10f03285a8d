package org.oxidation.chart.timeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oxidation.model.Breakdown;
import org.oxidation.model.LineCounts;
import org.oxidation.chart.Metric;

class TimelineModeTest {

    @Test
    void placesRustByThePathPrefixOfItsSubsystem() {
        assertEquals("rust/", TimelineMode.placeOf("rust"));
        assertEquals("rust/", TimelineMode.placeOf("rust/kernel"));
        assertEquals("drivers/", TimelineMode.placeOf("drivers/gpu"));
        assertEquals("drivers/", TimelineMode.placeOf("drivers"));
        assertEquals("samples/", TimelineMode.placeOf("samples"));
        assertEquals("other", TimelineMode.placeOf("rustdoc"));
        assertEquals("other", TimelineMode.placeOf("(root)"));
        assertEquals("other", TimelineMode.placeOf("net"));
    }

    @Test
    void splitsRustIntoWrittenAndVendoredUnderEitherMeasure() {
        Breakdown tag = new Breakdown("kernel", Map.of("rust", Map.of("Rust",
                new Breakdown.Row(new LineCounts(3, 100, 80, 10, 10, 0), 30, 0))));
        Map<String, long[]> lines = TimelineMode.RUST_ORIGIN.series(List.of(tag), Metric.LINES);
        assertEquals(List.of("written", "vendored"), List.copyOf(lines.keySet()));
        assertArrayEquals(new long[] {70}, lines.get("written"));
        assertArrayEquals(new long[] {30}, lines.get("vendored"));
        // A row from an old CSV does not know its vendored code lines: 80 code lines x 30/100 vendored.
        Map<String, long[]> code = TimelineMode.RUST_ORIGIN.series(List.of(tag), Metric.CODE);
        assertArrayEquals(new long[] {56}, code.get("written"));
        assertArrayEquals(new long[] {24}, code.get("vendored"));
    }

    @Test
    void splitsCIntoWrittenAndGeneratedLinesOnlyWhenRulesMarkedSome() {
        Breakdown marked = new Breakdown("kernel", Map.of("drivers/gpu", Map.of("C",
                new Breakdown.Row(new LineCounts(5, 1000, 900, 50, 50, 0), 0, 600))));
        Map<String, long[]> series = TimelineMode.C_ORIGIN.series(List.of(marked), Metric.LINES);
        assertEquals(List.of("written", "generated"), List.copyOf(series.keySet()));
        assertArrayEquals(new long[] {400}, series.get("written"));
        assertArrayEquals(new long[] {600}, series.get("generated"));
        Breakdown plain = new Breakdown("kernel", Map.of("fs", Map.of("C",
                new Breakdown.Row(new LineCounts(1, 10, 10, 0, 0, 0), 0, 0))));
        assertEquals(List.of("written"), List.copyOf(TimelineMode.C_ORIGIN.series(List.of(plain), Metric.LINES).keySet()));
    }

    @Test
    void aSubsystemIsDrawnByItsOwnBandOrElseByTheRemainder() {
        List<String> bands = List.of("rust", "drivers/gpu", "other (directory)", "other");
        assertEquals("drivers/gpu", TimelineMode.seriesHolding("drivers/gpu", bands));
        assertEquals("other", TimelineMode.seriesHolding("drivers/pwm", bands));
        assertEquals("other (directory)", TimelineMode.seriesHolding("other", bands));
        assertEquals(null, TimelineMode.seriesHolding("drivers/pwm", List.of("rust")));
    }
}
