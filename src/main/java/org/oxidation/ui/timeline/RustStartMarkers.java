package org.oxidation.ui.timeline;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.oxidation.chart.timeline.TimelineChart;
import org.oxidation.ui.common.Palette;
import org.oxidation.ui.common.SeriesStyle;

/**
 * The nodes of a timeline marker: a diamond in the colour of the series it sits on and, for labelled
 * markers, a label naming what it marks. Every marker has its tooltip. Stateless; the nodes it makes
 * belong to the FX thread.
 */
final class RustStartMarkers {

    static final String MARKER_CLASS = "rust-start-marker";
    static final String LABEL_CLASS = "rust-start-label";
    private static final double DIAMOND_SIZE = 12;

    private RustStartMarkers() {
    }

    /** The nodes for one marker of the chart model. */
    static MarkedAreaChart.Marker marker(TimelineChart.Marker marker, double x) {
        Color colour = Palette.of(marker.hue());
        Region diamond = new Region();
        diamond.getStyleClass().add(MARKER_CLASS);
        diamond.setStyle("-fx-shape: \"M 0 -1 L 1 0 L 0 1 L -1 0 Z\"; -fx-background-color: #1b1f24, "
                + Palette.css(colour) + "; -fx-background-insets: 0, 1.6;");
        diamond.setPrefSize(DIAMOND_SIZE, DIAMOND_SIZE);
        SeriesStyle.tooltip(diamond, marker.tooltip());
        Label label = null;
        if (marker.labelled()) {
            label = new Label(marker.name());
            label.getStyleClass().add(LABEL_CLASS);
            label.setStyle("-fx-font-size: 11px; -fx-padding: 0 4 0 4; -fx-background-color: rgba(255,255,255,0.85);"
                    + " -fx-background-radius: 3; -fx-border-color: " + Palette.css(colour.darker())
                    + "; -fx-border-radius: 3;");
            SeriesStyle.tooltip(label, marker.tooltip());
        }
        return new MarkedAreaChart.Marker(marker.name(), x, marker.y(), diamond, label);
    }
}
