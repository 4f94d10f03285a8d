package org.oxidation.chart.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oxidation.chart.ViewState;
import org.oxidation.testing.ManySections;

/** Under MAINTAINERS grouping, dozens of sections start Rust at one tag: their markers must stay readable. */
class MaintainersMarkersTest {

    private static ViewState state() {
        return ManySections.state();
    }

    private static String section(int i) {
        return ManySections.section(i);
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
