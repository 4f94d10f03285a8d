package org.oxidation.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oxidation.chart.timeline.TimelineMode;
import org.oxidation.model.Timeline;
import org.oxidation.testing.RustArrivals;
import org.oxidation.chart.ViewState;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class TimelineViewTest extends FxRobot {

    @TempDir
    static Path dir;

    private static Timeline timeline;
    private TimelineView view;

    @BeforeEach
    void showView() throws Exception {
        if (timeline == null) {
            timeline = RustArrivals.counted(dir);
        }
        view = ShownTimeline.show(ViewState.of(timeline));
    }

    @AfterEach
    void hide() throws Exception {
        FxToolkit.setupStage(Stage::hide);
    }

    /** Marker tooltip text by subsystem (the text's first word). */
    private Map<String, String> markerTooltips() {
        return lookup("." + RustStartMarkers.MARKER_CLASS).queryAll().stream()
                .map(TimelineViewTest::tooltipOf)
                .collect(Collectors.toMap(text -> text.substring(0, text.indexOf(':')), text -> text, (a, b) -> a,
                        TreeMap::new));
    }

    private static String tooltipOf(Node node) {
        return ((Tooltip) node.getProperties().get("javafx.scene.control.Tooltip")).getText();
    }

    @Test
    @SuppressWarnings("unchecked")
    void hoveringABandAnywhereShowsItsValueAtTheNearestTag() {
        javafx.scene.chart.XYChart<Number, Number> chart =
                (javafx.scene.chart.XYChart<Number, Number>) lookup("#timeline-chart").query();
        javafx.scene.chart.XYChart.Series<Number, Number> block = chart.getData().stream()
                .filter(series -> series.getName().equals("drivers/block")).findFirst().orElseThrow();
        Node fill = block.getNode().lookup(".chart-series-area-fill");
        javafx.scene.chart.ValueAxis<Number> x = (javafx.scene.chart.ValueAxis<Number>) chart.getXAxis();
        javafx.scene.chart.ValueAxis<Number> y = (javafx.scene.chart.ValueAxis<Number>) chart.getYAxis();
        // drivers/block is the bottom band, 0 at v1.1 and 12 at v1.2: at x = 1.8 it spans 0 to 9.6.
        double screenX = x.localToScreen(x.getDisplayPosition(1.8), 0).getX();
        double screenY = y.localToScreen(0, y.getDisplayPosition(4)).getY();
        moveTo(new Point2D(screenX, screenY));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("v1.2\ndrivers/block: 12 lines", tooltipOf(fill));
    }

    @Test
    void aStateThatDrawsTheSamePictureLeavesTheChartAsItIs() {
        javafx.scene.chart.XYChart<?, ?> chart = lookup("#timeline-chart").queryAs(javafx.scene.chart.XYChart.class);
        Object bandBefore = chart.getData().get(0);
        interact(() -> view.show(ViewState.of(timeline))); // a new state, the same rows
        assertTrue(chart.getData().get(0) == bandBefore, "the same picture is not drawn again");
        interact(() -> view.show(ViewState.of(timeline).withMetric(org.oxidation.chart.Metric.CODE)));
        assertTrue(chart.getData().get(0) != bandBefore, "another picture is");
    }

    @Test
    void eachSubsystemWhoseRustStartsAfterTheFirstTagHasAMarkerNamingTagAndFiles() {
        Map<String, String> tooltips = markerTooltips();

        assertEquals(Set.of("drivers/block", "drivers/gpu", "drivers/net"), tooltips.keySet(),
                "rust/ had Rust at the first tag already: no marker");
        assertEquals("drivers/gpu: first Rust at v1.1\ndrivers/gpu/nova/gsp.rs\ndrivers/gpu/nova/nova.rs",
                tooltips.get("drivers/gpu"));
        assertEquals("drivers/net: first Rust at v1.2\ndrivers/net/phy.rs", tooltips.get("drivers/net"));
        assertTrue(tooltips.get("drivers/block").startsWith("drivers/block: first Rust at v1.2\ndrivers/block/r00.rs\n"));
        assertTrue(tooltips.get("drivers/block").endsWith("\ndrivers/block/r09.rs\n+2 more"));
    }

    @Test
    void markersSitOnTopOfTheirSubsystemsBandAtTheirFirstTag() {
        // Rust lines stacked bottom first by size at the last tag: drivers/block 12, drivers/gpu 3, rust 1
        // (3 in all tags), drivers/net 1. At v1.1 gpu's top is 0 + 2; at v1.2 block's top is 12 and net's
        // 12 + 3 + 1 + 1 = 17.
        assertEquals(Map.of("drivers/gpu", new Point2D(1, 2), "drivers/block", new Point2D(2, 12),
                "drivers/net", new Point2D(2, 17)), view.markerPoints());
    }

    @Test
    void aFewStartsAreLabelledWithTheirSubsystem() {
        Set<String> labels = lookup("." + RustStartMarkers.LABEL_CLASS).queryAllAs(Label.class).stream()
                .map(Label::getText).collect(Collectors.toSet());
        assertEquals(Set.of("drivers/block", "drivers/gpu", "drivers/net"), labels);
        assertTrue(lookup("#rust-start-hint").query().isVisible());
    }

    @Test
    void inCVersusRustTheMarkersSitOnTheXAxisOnePerTag() {
        interact(() -> view.show(ViewState.of(timeline).withTimelineChoices(
                org.oxidation.chart.timeline.TimelineChoices.DEFAULT.withMode(TimelineMode.C_VS_RUST))));
        // drivers/block (12 lines of Rust at the last tag) and drivers/net (1) both start at v1.2: one marker.
        assertEquals(Map.of("drivers/gpu", new Point2D(1, 0), "drivers/block +1 more", new Point2D(2, 0)),
                view.markerPoints());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPointsTooltipIsMadeWhenTheMouseFirstEntersIt() {
        // A point that no marker and no other band's point lies over.
        javafx.scene.chart.XYChart.Data<Number, Number> data = ShownTimeline.series(view).values().stream()
                .flatMap(series -> series.getData().stream()).filter(d -> topmostAt(d.getNode()) == d.getNode())
                .findFirst().orElseThrow();
        Node point = data.getNode();
        String band = ShownTimeline.series(view).values().stream().filter(series -> series.getData().contains(data))
                .findFirst().orElseThrow().getName();
        String expected = timeline.tags().get((Integer) data.getExtraValue()) + "\n" + band + ": " + data.getYValue()
                + " lines";
        assertEquals(null, point.getProperties().get("javafx.scene.control.Tooltip"), "no tooltip made before a hover");
        assertEquals(expected, org.oxidation.ui.common.LazyTooltips.textOf(point));

        moveTo(lookup("#timeline-title").queryAs(Node.class)); // off the chart first: it is made on entering
        moveTo(point);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(expected, tooltipOf(point));
    }

    /** The node a mouse at the centre of {@code node} is over (the last drawn that is under it). */
    private static Node topmostAt(Node node) {
        javafx.geometry.Bounds bounds = node.localToScene(node.getBoundsInLocal());
        return topmostAt(node.getScene().getRoot(), bounds.getCenterX(), bounds.getCenterY());
    }

    private static Node topmostAt(Node parent, double sceneX, double sceneY) {
        if (parent instanceof javafx.scene.Parent children) {
            var kids = children.getChildrenUnmodifiable();
            for (int i = kids.size() - 1; i >= 0; i--) {
                Node kid = kids.get(i);
                if (kid.isVisible() && !kid.isMouseTransparent() && kid.contains(kid.sceneToLocal(sceneX, sceneY))) {
                    Node inner = topmostAt(kid, sceneX, sceneY);
                    return inner == null ? kid : inner;
                }
            }
        }
        return null;
    }

    @Test
    void aTimelineOfMoreSamplesThanDotsDrawsItsBandsWithoutADotPerSample() throws Exception {
        assertTrue(ShownTimeline.series(view).values().stream().allMatch(series -> series.getData().stream()
                .allMatch(point -> point.getNode() != null)), "three tags: a dot per tag and band");

        view = ShownTimeline.show(ViewState.of(repeated(TimelineView.MOST_SAMPLES_WITH_DOTS)));
        assertTrue(ShownTimeline.series(view).values().stream().allMatch(series -> series.getData().stream()
                .allMatch(point -> point.getNode() != null)), "as many tags as dots");

        view = ShownTimeline.show(ViewState.of(repeated(TimelineView.MOST_SAMPLES_WITH_DOTS + 1)));
        var drawn = ShownTimeline.series(view);
        assertEquals(TimelineView.MOST_SAMPLES_WITH_DOTS + 1, drawn.get("drivers/block").getData().size());
        assertTrue(drawn.values().stream().allMatch(series -> series.getData().stream()
                .allMatch(point -> point.getNode() == null)), "one more: the bands alone");
    }

    /** The last tag's rows as {@code tags} tags of their own. */
    private static Timeline repeated(int tags) {
        org.oxidation.model.Snapshot last = timeline.snapshots().get(timeline.snapshots().size() - 1);
        org.oxidation.model.Breakdown rows = org.oxidation.count.Subsystems.breakdown(last,
                org.oxidation.count.Grouping.KERNEL, Set.of());
        return new Timeline(timeline.source(), java.util.stream.IntStream.range(0, tags)
                .mapToObj(i -> org.oxidation.model.Snapshot.fromBreakdown("v" + i, last.commitId(), last.date(), rows))
                .toList());
    }
}
