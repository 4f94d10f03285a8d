package org.oxidation.chart.share;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.oxidation.chart.Hue;
import org.oxidation.chart.ViewState;
import org.oxidation.testing.TwoTags;

/** The share chart's model, computed without a toolkit from the two-tag tree of {@link TwoTags}. */
class ShareChartTest {

    private final ViewState state = TwoTags.state();

    @Test
    void aChartWorkedOutAgainFromTheSameRowsEqualsTheOneBefore() {
        ShareChart first = ShareChart.of(state);
        ShareChart again = ShareChart.of(TwoTags.state()); // every array made anew
        org.junit.jupiter.api.Assertions.assertNotSame(first.lines().get(0).share().rust(), again.lines().get(0).share().rust());
        assertEquals(first, again);
        assertEquals(first.hashCode(), again.hashCode());
        org.junit.jupiter.api.Assertions.assertNotEquals(first, ShareChart.of(state.withMetric(org.oxidation.chart.Metric.CODE)));
    }

    @Test
    void byDefaultDrawsAllCodeAndTheSubsystemsWhereRustIsStillAMinority() {
        ShareChart chart = ShareChart.of(state);
        // Most Rust at v1.1 first: drivers/gpu 200, rust 60. rust/ is all Rust, a flat line at 100 %.
        assertEquals(List.of("drivers/gpu", "rust"), chart.withRust());
        assertEquals(Set.of("drivers/gpu"), chart.ticked());
        assertEquals(List.of("all code", "drivers/gpu"), chart.lines().stream().map(ShareChart.Line::name).toList());
        assertEquals(60.0 / 660, chart.lines().get(0).share().share(0), 1e-12);
        assertEquals(260.0 / 960, chart.lines().get(0).share().share(1), 1e-12);
        assertEquals(200.0 / 800, chart.lines().get(1).share().share(1), 1e-12);
        assertEquals(List.of(Hue.RUST, org.oxidation.chart.SeriesColours.among(Set.of("drivers/gpu"),
                org.oxidation.chart.SeriesColours.universe(state)).get("drivers/gpu")),
                chart.lines().stream().map(ShareChart.Line::hue).toList());
        assertNotNull(chart.axis().log(), "log scale by default");
    }

    @Test
    void theUsersTicksScaleAndHiddenLinesAreDrawnAsChosen() {
        ShareChoices choices = new ShareChoices(false, List.of("rust"), Set.of("all code"));
        ShareChart chart = ShareChart.of(state.withShareChoices(choices));
        assertEquals(List.of("all code", "rust"), chart.lines().stream().map(ShareChart.Line::name).toList());
        assertEquals(org.oxidation.chart.timeline.TimelineChart.of(state).series().get(1).hue(), chart.lines().get(1).hue(),
                "the colour rust has in the timeline");
        assertEquals(List.of("rust"), chart.shown().stream().map(ShareChart.Line::name).toList());
        assertNull(chart.axis().log());
        assertEquals(1.0, chart.axis().position(1.0), 1e-12);
        assertEquals(List.of("all code"),
                ShareChart.of(state.withShareChoices(choices.withTicked(List.of()))).lines().stream()
                        .map(ShareChart.Line::name).toList());
    }
}
