package org.oxidation.chart.timeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.oxidation.chart.Hue;
import org.oxidation.chart.ViewState;
import org.oxidation.testing.TwoTags;

/** The timeline's chart model, computed without a toolkit from the two-tag tree of {@link TwoTags}. */
class TimelineChartTest {

    private final ViewState state = TwoTags.state();

    @Test
    void rustBySubsystemStacksEachSubsystemsRustPerTagLargestAtTheLastTagFirst() {
        TimelineChart chart = TimelineChart.of(state);
        assertEquals("src — Rust lines by subsystem", chart.title());
        assertEquals(List.of("drivers/gpu", "rust"), chart.series().stream().map(TimelineChart.Series::name).toList());
        assertArrayEquals(new long[] {0, 200}, chart.series().get(0).values());
        assertArrayEquals(new long[] {60, 60}, chart.series().get(1).values());
        java.util.Map<String, Hue> byName = org.oxidation.chart.SeriesColours.among(List.of("drivers/gpu", "rust"),
                org.oxidation.chart.SeriesColours.universe(state));
        assertEquals(List.of(byName.get("drivers/gpu"), byName.get("rust")),
                chart.series().stream().map(TimelineChart.Series::hue).toList());
        assertTrue(chart.yUpper() >= 260, "the axis holds the stack of 200 + 60");
    }

    @Test
    void aChartWorkedOutAgainFromTheSameRowsEqualsTheOneBeforeSoTheViewNeedNotDrawItAgain() {
        TimelineChart first = TimelineChart.of(state);
        TimelineChart again = TimelineChart.of(TwoTags.state()); // every array made anew
        assertNotSame(first.series().get(0).values(), again.series().get(0).values());
        assertEquals(first, again);
        assertEquals(first.hashCode(), again.hashCode());
        assertNotEquals(first, TimelineChart.of(state.withMetric(org.oxidation.chart.Metric.CODE)));
        assertNotEquals(first, TimelineChart.of(state.withTimelineChoices(TimelineChoices.DEFAULT.withHidden(Set.of("rust")))));
    }

    @Test
    void aHiddenSeriesStaysInTheLegendButLeavesTheStackAndTakesItsMarkersAlong() {
        TimelineChart all = TimelineChart.of(state);
        // drivers/gpu's Rust begins at v1.1 on top of its band, the bottom one: at 200.
        assertEquals(List.of(new TimelineChart.Marker(TimelineChart.FIRST_RUST, "drivers/gpu", 1, 200,
                all.series().get(0).hue(),
                true, "drivers/gpu: first Rust at v1.1\ndrivers/gpu/nova/nova.rs")), all.markers());

        TimelineChart withoutRust = TimelineChart.of(state.withTimelineChoices(
                TimelineChoices.DEFAULT.withHidden(Set.of("rust"))));
        assertEquals(List.of("drivers/gpu", "rust"), withoutRust.series().stream().map(TimelineChart.Series::name).toList());
        assertEquals(List.of("drivers/gpu"), withoutRust.shown().stream().map(TimelineChart.Series::name).toList());
        assertEquals(1, withoutRust.markers().size());

        TimelineChart withoutGpu = TimelineChart.of(state.withTimelineChoices(
                TimelineChoices.DEFAULT.withHidden(Set.of("drivers/gpu"))));
        assertEquals(List.of(), withoutGpu.markers());
        assertTrue(withoutGpu.yUpper() < all.yUpper(), "the axis fits the 60 lines left");
    }

    @Test
    void cAgainstRustInCodeLinesPutsTheMarkersOnTheAxis() {
        TimelineChart chart = TimelineChart.of(state.withTimelineChoices(TimelineChoices.DEFAULT.withMode(TimelineMode.C_VS_RUST))
                .withMetric(org.oxidation.chart.Metric.CODE));
        assertEquals("src — C and Rust code lines", chart.title());
        // Files made by SmallTree.file are all code: C 600 then 700, Rust 60 then 260.
        assertArrayEquals(new long[] {600, 700}, chart.series().get(0).values());
        assertArrayEquals(new long[] {60, 260}, chart.series().get(1).values());
        assertEquals(List.of(Hue.C, Hue.RUST), chart.series().stream().map(TimelineChart.Series::hue).toList());
        assertEquals(0, chart.markers().get(0).y());
        assertEquals(Hue.RUST, chart.markers().get(0).hue());
        assertEquals("code lines", chart.unit());
    }

    @Test
    void theCommandLinesWordForAModeReadsBackAsTheMode() {
        for (TimelineMode mode : TimelineMode.values()) {
            assertEquals(mode, TimelineMode.parse(mode.id()));
        }
        assertEquals("rust-by-subsystem", TimelineMode.RUST_BY_SUBSYSTEM.id());
    }

    @Test
    void anEmptyTimelineNamesItsSourceAndBeforeAnyRepositoryHasNoDanglingDash() {
        ViewState empty = ViewState.of(new org.oxidation.model.Timeline("", List.of()));
        assertEquals("No tag counted yet", TimelineChart.of(empty).title());
        assertEquals("linux — no tag counted yet", TimelineChart.of(empty.withData(
                new org.oxidation.model.Timeline("linux", List.of()), "linux", List.of())).title());
    }
}
