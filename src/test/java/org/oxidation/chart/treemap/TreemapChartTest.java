package org.oxidation.chart.treemap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oxidation.chart.ViewState;
import org.oxidation.testing.SmallTree;
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
    void aReopeningBeforeItsRowsArriveSaysLoadingNotNothingCounted() {
        ViewState opening = ViewState.of(new org.oxidation.model.Timeline("kernel", List.of()));
        assertEquals("kernel — nothing counted yet", TreemapChart.of(opening).title());
        assertEquals("kernel — loading…", TreemapChart.of(opening.withTreesLoading(true)).title());
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

    /**
     * Whether a tile can be opened is asked of every tile drawn, before its children are made: it says
     * what the children made afterwards say, empty directories and directories of left-out code included.
     */
    @Test
    void aNodeCanBeOpenedExactlyWhenItHasChildrenAtEveryLevelWithAndWithoutLeftOutCode() {
        org.oxidation.model.DirStats syn = new org.oxidation.model.DirStats("syn",
                org.oxidation.model.Origin.vendored("syn", "2.0.106"), List.of(), List.of(SmallTree.file("lib.rs", "Rust", 40)));
        org.oxidation.model.DirStats onlyVendored = SmallTree.dir("macros", List.of(syn), List.of());
        org.oxidation.model.DirStats empty = SmallTree.dir("empty", List.of(), List.of());
        org.oxidation.model.DirStats rust = SmallTree.dir("rust", List.of(onlyVendored, empty),
                List.of(SmallTree.file("kernel.rs", "Rust", 60)));
        org.oxidation.model.DirStats root = SmallTree.dir("", List.of(SmallTree.tree().dirs().get(0), rust), List.of());
        org.oxidation.model.Snapshot snapshot = org.oxidation.model.Snapshot.counted("v1.0", "0".repeat(40),
                java.time.OffsetDateTime.parse("2024-01-01T00:00:00Z"), root);
        int opened = 0;
        for (java.util.Set<org.oxidation.model.Origin.Kind> excluded : List.of(java.util.Set.<org.oxidation.model.Origin.Kind>of(),
                java.util.Set.of(org.oxidation.model.Origin.Kind.VENDORED))) {
            java.util.ArrayDeque<TreemapNode> toVisit = new java.util.ArrayDeque<>(List.of(
                    TreemapTree.of(snapshot, org.oxidation.count.Grouping.KERNEL, excluded)));
            while (!toVisit.isEmpty()) {
                TreemapNode node = toVisit.pop();
                boolean canOpen = node.canOpen(); // before its children are made
                List<TreemapNode> children = node.children();
                assertEquals(node.kind() != TreemapNode.Kind.FILE && !children.isEmpty(), canOpen, node.key() + " " + excluded);
                opened += canOpen ? 1 : 0;
                toVisit.addAll(children);
            }
        }
        assertEquals(true, opened > 10, "directories that open, and some that do not: " + opened);
    }
}
