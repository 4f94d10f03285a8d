package org.oxidation.ui.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.chart.ValueAxis;
import javafx.scene.chart.StackedAreaChart;
import javafx.scene.chart.ValueAxis;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import org.oxidation.chart.SampleAxis;
import org.oxidation.chart.Trend;
import org.oxidation.ui.common.TimeOverlay;

/**
 * A stacked area chart that also draws markers in its plot area: a dot at a data point and, for some, a
 * label beside it joined by a thin leader line. Dots that would overlap are pushed upwards. A label sits
 * left of its dot (right when there is no room) and is moved up or down until it covers no other label
 * or dot, so a handful of labels stay readable where several subsystems start at one tag.
 * FX thread only.
 */
final class MarkedAreaChart extends StackedAreaChart<Number, Number> {

    /**
     * A marker at the data point (x, y).
     *
     * @param name  what it marks, for tests and lookups
     * @param dot   a {@link Region} drawn centred on the point; its preferred size is its size
     * @param label the text beside the dot, or null for a dot alone
     */
    record Marker(String name, double x, double y, Region dot, Label label) {
    }

    /** Space between a dot and its label, and between dots stacked at one point. */
    private static final double GAP = 3;
    /** Label positions tried above and below the first choice before giving up on avoiding overlaps. */
    private static final int PLACEMENT_TRIES = 24;

    private final ValueAxis<Number> xAxis;
    private final ValueAxis<Number> yAxis;
    private final TimeOverlay overlay = new TimeOverlay(getPlotChildren());
    private final List<Marker> markers = new ArrayList<>();
    private final List<Line> leaders = new ArrayList<>();
    private final List<Node> markerNodes = new ArrayList<>();

    MarkedAreaChart(ValueAxis<Number> xAxis, ValueAxis<Number> yAxis) {
        super(xAxis, yAxis);
        this.xAxis = xAxis;
        this.yAxis = yAxis;
    }

    /** Replaces the markers; call after the series were set, so the markers are drawn over them. */
    void setMarkers(List<Marker> newMarkers) {
        getPlotChildren().removeAll(markerNodes);
        markers.clear();
        leaders.clear();
        markerNodes.clear();
        markers.addAll(newMarkers);
        List<Node> labels = new ArrayList<>();
        for (Marker marker : markers) {
            Line leader = new Line();
            leader.getStyleClass().add("marker-leader");
            leader.setStyle("-fx-stroke: #3a3f45; -fx-stroke-width: 0.8;");
            leader.setVisible(marker.label() != null);
            leaders.add(leader);
            markerNodes.add(leader);
            if (marker.label() != null) {
                labels.add(marker.label());
            }
        }
        markers.forEach(marker -> markerNodes.add(marker.dot()));
        markerNodes.addAll(labels); // labels last: nothing is drawn over their text
        getPlotChildren().addAll(markerNodes);
        requestChartLayout();
    }

    /** The tags marked on a date axis and the fitted growth; call after the series were set. */
    void setOverlay(SampleAxis axis, Trend trend) {
        overlay.show(axis, trend);
        requestChartLayout();
    }

    TimeOverlay overlay() {
        return overlay;
    }

    List<Marker> markers() {
        return List.copyOf(markers);
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        overlay.layout(xAxis, yAxis);
        List<Bounds> taken = new ArrayList<>();
        List<Bounds> rows = new ArrayList<>();
        Map<Marker, double[]> centres = new HashMap<>();
        // Lowest first, each pushed up past the dots below it: bands a pixel apart keep their order. A
        // labelled dot claims a row as high as its label, so labels of one tag sit level with their dots.
        List<Marker> upwards = new ArrayList<>(markers);
        upwards.sort(Comparator.comparingDouble(Marker::x).thenComparingDouble(Marker::y));
        for (Marker marker : upwards) {
            double size = marker.dot().prefWidth(-1);
            double rowHeight = marker.label() == null ? size : Math.max(size, marker.label().prefHeight(-1));
            // Inside the plot: a marker on the x axis (y = 0) sits just above it, not half under it.
            double x = Math.max(size / 2, xAxis.getDisplayPosition(marker.x()));
            double pointY = Math.min(yAxis.getHeight() - size / 2 - 1, yAxis.getDisplayPosition(marker.y()));
            double y = pointY;
            while (overlaps(new BoundingBox(x - size / 2, y - rowHeight / 2, size, rowHeight), rows)) {
                y -= GAP;
                if (y - rowHeight / 2 < 0) { // the column reached the top: start another to its right
                    x += size + GAP;
                    y = pointY;
                }
            }
            marker.dot().resizeRelocate(x - size / 2, y - size / 2, size, size);
            rows.add(new BoundingBox(x - size / 2, y - rowHeight / 2, size, rowHeight));
            taken.add(new BoundingBox(x - size / 2, y - size / 2, size, size));
            centres.put(marker, new double[] {x, y});
        }
        for (int i = 0; i < markers.size(); i++) {
            Marker marker = markers.get(i);
            if (marker.label() != null) {
                double[] centre = centres.get(marker);
                placeLabel(marker, centre[0], centre[1], leaders.get(i), taken);
            }
        }
    }

    private static boolean overlaps(Bounds bounds, List<Bounds> taken) {
        return taken.stream().anyMatch(bounds::intersects);
    }

    private void placeLabel(Marker marker, double x, double y, Line leader, List<Bounds> taken) {
        Label label = marker.label();
        double width = label.prefWidth(-1);
        double height = label.prefHeight(width);
        double offset = marker.dot().prefWidth(-1) / 2 + 2 * GAP;
        boolean left = x - offset - width >= 0;
        double labelX = left ? x - offset - width : Math.min(x + offset, xAxis.getWidth() - width);
        double maxY = Math.max(0, yAxis.getHeight() - height);
        double firstY = clamp(y - height / 2, maxY);
        double labelY = firstY;
        // Alternate up and down in growing steps; up first, where a stacked chart's free space usually is.
        for (int attempt = 0; attempt <= PLACEMENT_TRIES; attempt++) {
            int step = (attempt + 1) / 2;
            double candidate = clamp(firstY + (attempt % 2 == 1 ? -step : step) * (height + 1), maxY);
            if (attempt > 0 && candidate == labelY) {
                continue;
            }
            Bounds bounds = new BoundingBox(labelX, candidate, width, height);
            if (!overlaps(bounds, taken)) {
                labelY = candidate;
                break;
            }
        }
        label.resizeRelocate(labelX, labelY, width, height);
        taken.add(new BoundingBox(labelX, labelY, width, height));
        leader.setStartX(x);
        leader.setStartY(y);
        leader.setEndX(left ? labelX + width : labelX);
        leader.setEndY(labelY + height / 2);
    }

    private static double clamp(double y, double maxY) {
        return Math.max(0, Math.min(maxY, y));
    }
}
