package org.oxidation.chart.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oxidation.chart.ViewState;
import org.oxidation.count.MaintainersGrouping;
import org.oxidation.model.Breakdown;
import org.oxidation.model.LineCounts;
import org.oxidation.model.Snapshot;
import org.oxidation.model.Timeline;

/** Under MAINTAINERS grouping, dozens of sections start Rust at one tag: their markers must stay readable. */
class MaintainersMarkersTest {

    private static final int SECTIONS = 40;

    /** v1: "RUST" 100 lines of Rust, 40 sections of C only; v2: section i also has i + 1 lines of Rust. */
    private static ViewState state() {
        Map<String, Map<String, Breakdown.Row>> before = new LinkedHashMap<>();
        Map<String, Map<String, Breakdown.Row>> after = new LinkedHashMap<>();
        before.put("RUST", Map.of("Rust", row(100)));
        after.put("RUST", Map.of("Rust", row(100)));
        for (int i = 0; i < SECTIONS; i++) {
            before.put(section(i), Map.of("C", row(1000)));
            after.put(section(i), Map.of("C", row(1000), "Rust", row(i + 1)));
        }
        OffsetDateTime date = OffsetDateTime.parse("2024-01-01T00:00:00Z");
        Timeline timeline = new Timeline("linux", List.of(
                Snapshot.fromBreakdown("v1", "a".repeat(40), date, new Breakdown("maintainers", before)),
                Snapshot.fromBreakdown("v2", "b".repeat(40), date.plusDays(60), new Breakdown("maintainers", after))));
        return ViewState.of(timeline).withGrouping(MaintainersGrouping.INSTANCE);
    }

    private static String section(int i) {
        return String.format("INTEL DRIVER %02d", i);
    }

    private static Breakdown.Row row(long lines) {
        return new Breakdown.Row(LineCounts.ofFile(lines, 0, 0, 0), 0, 0);
    }

    @Test
    void byMaintainersSectionTheSectionsInOtherShareOneMarkerAndTheTitleNamesTheGrouping() {
        TimelineChart chart = TimelineChart.of(state());
        assertEquals("linux — Rust lines by MAINTAINERS section", chart.title());
        // Eight bands: RUST and the seven largest new sections (40 … 34 lines); the other 33 are summed.
        assertEquals(9, chart.series().size(), "eight bands and other");
        List<TimelineChart.Marker> markers = chart.markers();
        assertEquals(8, markers.size(), "one per band that starts Rust at v2: seven sections and other");
        assertTrue(markers.stream().allMatch(marker -> marker.tagIndex() == 1));
        TimelineChart.Marker other = markers.stream().filter(m -> m.name().endsWith("more")).findFirst().orElseThrow();
        assertEquals(section(32) + " +32 more", other.name());
        assertTrue(other.tooltip().startsWith("First Rust at v2 in 33 MAINTAINERS sections:\n" + section(32) + "\n"),
                other.tooltip());
        assertEquals(TimelineChart.MAX_LABELS + 1, markers.stream().filter(TimelineChart.Marker::labelled).count(),
                "the five largest starts and the shared marker");
    }

    @Test
    void onTheAxisEveryStartOfATagIsOneMarkerListingThemAll() {
        TimelineChart chart = TimelineChart.of(state().withTimelineChoices(
                TimelineChoices.DEFAULT.withMode(TimelineMode.C_VS_RUST)));
        assertEquals(1, chart.markers().size());
        TimelineChart.Marker marker = chart.markers().get(0);
        assertEquals(section(39) + " +39 more", marker.name());
        String[] lines = marker.tooltip().split("\n");
        assertEquals("First Rust at v2 in 40 MAINTAINERS sections:", lines[0]);
        assertEquals(1 + TimelineChart.NAMES_IN_TOOLTIP + 1, lines.length, "30 names and a count of the rest");
        assertEquals("+10 more", lines[lines.length - 1]);
    }
}
