package org.oxidation.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.paint.ImagePattern;
import javafx.scene.shape.Shape;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.oxidation.model.Breakdown;
import org.oxidation.model.LineCounts;
import org.oxidation.model.Snapshot;
import org.oxidation.model.Timeline;
import org.oxidation.chart.ViewState;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The default timeline shows vendored code at a glance: a subsystem's vendored lines are a hatched band
 * of its colour above its own lines, and markers on the x axis say where vendored code arrives, is
 * upgraded or leaves. Data as a CSV would hold it (rows with vendored_from).
 */
class VendoredBandsTest extends FxRobot {

    private TimelineView view;

    private static Breakdown.Row rust(long lines, long vendored, Map<String, String> from) {
        return new Breakdown.Row(new LineCounts(1, lines, lines, 0, 0, 0), vendored, 0, from);
    }

    /** rust/ with alloc at v1, syn 2.0.0 at v2 (alloc gone), syn 2.0.106 at v3; drivers/net's own Rust. */
    private static Timeline timeline() {
        List<Snapshot> snapshots = List.of(
                snapshot("v1", rust(100, 60, Map.of("alloc", "")), 10),
                snapshot("v2", rust(300, 200, Map.of("syn", "2.0.0")), 20),
                snapshot("v3", rust(320, 210, Map.of("syn", "2.0.106")), 30));
        return new Timeline("sample", snapshots);
    }

    private static Snapshot snapshot(String tag, Breakdown.Row rust, long net) {
        Map<String, Map<String, Breakdown.Row>> rows = new LinkedHashMap<>();
        rows.put("rust", Map.of("Rust", rust));
        rows.put("drivers/net", Map.of("Rust", rust(net, 0, Map.of())));
        return Snapshot.fromBreakdown(tag, "0".repeat(40), OffsetDateTime.parse("2024-01-01T00:00:00Z"),
                new Breakdown("kernel", rows));
    }

    private void show(Timeline timeline) throws Exception {
        view = ShownTimeline.show(ViewState.of(timeline));
    }

    @AfterEach
    void hide() throws Exception {
        FxToolkit.setupStage(Stage::hide);
    }

    private Map<String, XYChart.Series<Number, Number>> series() {
        return ShownTimeline.series(view);
    }

    private static List<Long> values(XYChart.Series<Number, Number> series) {
        return series.getData().stream().map(d -> d.getYValue().longValue()).toList();
    }

    @Test
    void aSubsystemsVendoredLinesAreAHatchedBandAboveItsOwn() throws Exception {
        show(timeline());
        Map<String, XYChart.Series<Number, Number>> series = series();
        assertEquals(List.of("rust", "rust \u00b7 vendored", "drivers/net"), List.copyOf(series.keySet()));
        assertEquals(List.of(40L, 100L, 110L), values(series.get("rust")), "100-60, 300-200, 320-210");
        assertEquals(List.of(60L, 200L, 210L), values(series.get("rust \u00b7 vendored")));
        assertEquals(List.of(10L, 20L, 30L), values(series.get("drivers/net")));
        assertTrue(fillOf(series.get("rust \u00b7 vendored")) instanceof ImagePattern, "hatched");
        assertFalse(fillOf(series.get("rust")) instanceof ImagePattern);
    }

    @Test
    void vendoringEventsAreMarkedOncePerTagWithTheirVersions() throws Exception {
        show(timeline());
        List<Node> markers = List.copyOf(lookup("." + VendoringMarkers.MARKER_CLASS).queryAll());
        assertEquals(3, markers.size());
        List<String> tooltips = markers.stream().map(VendoredBandsTest::tooltipOf).sorted().toList();
        assertEquals(List.of("Vendored code at v1 (the first tag shown):\nalloc is there",
                "Vendored code at v2:\nalloc leaves\nsyn 2.0.0 arrives",
                "Vendored code at v3:\nsyn 2.0.0 \u2192 2.0.106"), tooltips);
        List<String> labels = lookup("." + VendoringMarkers.LABEL_CLASS).queryAll().stream()
                .map(node -> ((Label) node).getText()).sorted().toList();
        assertEquals(List.of("+alloc", "syn \u2191", "\u2212alloc +syn"), labels);
    }

    @Test
    void withoutVendoredCodeThereIsNoHatchedBandAndNoMarker() throws Exception {
        Timeline own = new Timeline("own", List.of(snapshot("v1", rust(5, 0, Map.of()), 1), snapshot("v2", rust(6, 0, Map.of()), 2)));
        show(own);
        assertEquals(List.of("rust", "drivers/net"), List.copyOf(series().keySet()));
        assertTrue(lookup("." + VendoringMarkers.MARKER_CLASS).queryAll().isEmpty());
    }

    private static Object fillOf(XYChart.Series<Number, Number> series) {
        return ((Shape) series.getNode().lookup(".chart-series-area-fill")).getFill();
    }

    private static String tooltipOf(Node node) {
        return ((Tooltip) node.getProperties().get("javafx.scene.control.Tooltip")).getText();
    }
}
