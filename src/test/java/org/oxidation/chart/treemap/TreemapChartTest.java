package org.oxidation.chart.treemap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oxidation.chart.ViewState;
import org.oxidation.testing.TwoTags;

/** The treemap's model: the tag drawn and the drill-down path, without a toolkit. */
class TreemapChartTest {

    private final ViewState state = TwoTags.state();

    private static ViewState drilled(ViewState state, String... path) {
        return state.withChoices(state.choices().withTreemapPath(List.of(path)));
    }

    @Test
    void drawsTheLastTagsSubsystemsWithTheirTotals() {
        TreemapChart chart = TreemapChart.of(state);
        assertEquals("src v1.1 — lines by subsystem and directory, colour = Rust share", chart.title());
        assertEquals("Rust: 260 of 960 lines (27%)", chart.summary());
        assertEquals(List.of("drivers/gpu", "drivers/net", "rust"),
                chart.current().children().stream().map(TreemapNode::key).sorted().toList());
    }

    @Test
    void followsThePathAsFarAsTheTagHasItAndCutsItThere() {
        TreemapChart inNova = TreemapChart.of(drilled(state, "drivers/gpu", "drivers/gpu/nova"));
        assertEquals(List.of("drivers/gpu", "drivers/gpu/nova"), inNova.path());
        assertEquals("Rust: 200 of 200 lines (100%)", inNova.summary());
        // v1.0 has no drivers/gpu/nova: the map opens drivers/gpu and stops.
        TreemapChart atV10 = TreemapChart.of(drilled(state, "drivers/gpu", "drivers/gpu/nova").withTag("v1.0"));
        assertEquals(List.of("drivers/gpu"), atV10.path());
        assertEquals(List.of("", "drivers/gpu"), atV10.chain().stream().map(TreemapNode::key).toList());
    }

    @Test
    void aClickOpensTheClickedDirectoryBelowThePathShownAndAFileOpensNothingMore() {
        TreemapChart top = TreemapChart.of(state);
        assertEquals(List.of("drivers/gpu", "drivers/gpu/drm"), top.opened(List.of("drivers/gpu", "drivers/gpu/drm")));
        TreemapChart inDrm = TreemapChart.of(drilled(state, "drivers/gpu", "drivers/gpu/drm"));
        assertEquals(List.of("drivers/gpu", "drivers/gpu/drm"), inDrm.opened(List.of("drivers/gpu/drm/drm.c")));
    }
}
