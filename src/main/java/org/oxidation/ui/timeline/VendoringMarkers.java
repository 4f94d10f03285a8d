package org.oxidation.ui.timeline;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import org.oxidation.chart.timeline.TimelineChart;
import org.oxidation.ui.common.Palette;
import org.oxidation.ui.common.SeriesStyle;

/**
 * Draws a vendoring marker of a {@link TimelineChart}: a triangle on the x axis where vendored code
 * arrives, is upgraded or leaves, with its label and tooltip. FX thread only.
 */
final class VendoringMarkers {

    /** The marker's shape in the hint above the chart. */
    static final String SYMBOL = "\u25b2";
    static final String MARKER_CLASS = "vendoring-marker";
    static final String LABEL_CLASS = "vendoring-label";
    private static final double SIZE = 12;

    private VendoringMarkers() {
    }

    static MarkedAreaChart.Marker marker(TimelineChart.Marker marker, double x) {
        Region triangle = new Region();
        triangle.getStyleClass().add(MARKER_CLASS);
        triangle.setStyle("-fx-shape: \"M 0 -1 L 1 1 L -1 1 Z\"; -fx-background-color: #1b1f24, "
                + Palette.css(Palette.VENDORED) + "; -fx-background-insets: 0, 1.6;");
        triangle.setPrefSize(SIZE, SIZE);
        SeriesStyle.tooltip(triangle, marker.tooltip());
        Label label = new Label(marker.name());
        label.getStyleClass().add(LABEL_CLASS);
        label.setStyle("-fx-font-size: 11px; -fx-padding: 0 4 0 4; -fx-background-color: rgba(255,255,255,0.85);"
                + " -fx-background-radius: 3; -fx-border-color: " + Palette.css(Palette.VENDORED.darker())
                + "; -fx-border-radius: 3;");
        SeriesStyle.tooltip(label, marker.tooltip());
        return new MarkedAreaChart.Marker(marker.name(), x, marker.y(), triangle, label);
    }
}
