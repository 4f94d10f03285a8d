package org.oxidation.ui.common;

import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.scene.paint.Color;
import javafx.util.Duration;

/**
 * Paints chart series in our {@link Palette} (JavaFX's default colours repeat after 8) and attaches
 * tooltips to data points. Call after the series was added to its chart, when its nodes exist.
 * FX thread only.
 */
public final class SeriesStyle {

    /** How opaque an area band is: the grid stays visible through it. */
    private static final double AREA_OPACITY = 0.85;
    /** How faint the other series get while one is highlighted. */
    private static final double DIMMED = 0.2;
    private static final Duration SHOW_DELAY = Duration.millis(100);
    private static final Duration SHOW_DURATION = Duration.seconds(30);

    private SeriesStyle() {
    }

    /** Colours a band of a stacked area chart and its point symbols. */
    public static void area(XYChart.Series<Number, Number> series, Color colour) {
        Node fill = series.getNode().lookup(".chart-series-area-fill");
        Node line = series.getNode().lookup(".chart-series-area-line");
        if (fill != null) {
            fill.setStyle("-fx-fill: " + rgba(colour, AREA_OPACITY) + ";");
        }
        if (line != null) {
            line.setStyle("-fx-stroke: " + Palette.css(colour.darker()) + "; -fx-stroke-width: 1.5;");
        }
        symbols(series, colour, 3);
    }

    /** Colours a band of a stacked area chart with diagonal lines over it: code not written for the project. */
    public static void hatchedArea(XYChart.Series<Number, Number> series, Color colour) {
        area(series, colour);
        Node fill = series.getNode().lookup(".chart-series-area-fill");
        if (fill instanceof javafx.scene.shape.Shape shape) {
            fill.setStyle(""); // the inline colour would win over the pattern
            shape.setFill(Hatching.over(colour, AREA_OPACITY));
        }
    }

    /** Colours a line of a line chart and its point symbols. */
    public static void line(XYChart.Series<Number, Number> series, Color colour, double width) {
        series.getNode().setStyle("-fx-stroke: " + Palette.css(colour) + "; -fx-stroke-width: " + width + ";");
        symbols(series, colour, width + 1.5);
    }

    /** Dims every series but {@code highlighted}; null shows all at full strength. */
    public static void highlight(Iterable<XYChart.Series<Number, Number>> all, String highlighted) {
        for (XYChart.Series<Number, Number> series : all) {
            double opacity = highlighted == null || highlighted.equals(series.getName()) ? 1 : DIMMED;
            series.getNode().setOpacity(opacity);
            series.getData().forEach(data -> {
                if (data.getNode() != null) {
                    data.getNode().setOpacity(opacity);
                }
            });
        }
    }

    /**
     * A tooltip that shows quickly on a data point, made when the mouse first enters it (a timeline has a
     * point per tag and band: {@link LazyTooltips}).
     */
    public static void tooltip(XYChart.Data<Number, Number> data, String text) {
        if (data.getNode() != null) {
            LazyTooltips.on(data.getNode(), () -> text, SHOW_DELAY, SHOW_DURATION);
        }
    }

    /** A tooltip that shows quickly on any node of a chart, such as a marker. */
    public static void tooltip(Node node, String text) {
        Tooltip tooltip = new Tooltip(text);
        tooltip.setShowDelay(SHOW_DELAY);
        tooltip.setShowDuration(SHOW_DURATION);
        Tooltip.install(node, tooltip);
    }

    private static void symbols(XYChart.Series<Number, Number> series, Color colour, double radius) {
        String style = "-fx-background-color: " + Palette.css(colour.darker()) + ", white; -fx-background-insets: 0, 1.5;"
                + " -fx-padding: " + radius + "px;";
        series.getData().forEach(data -> {
            if (data.getNode() != null) {
                data.getNode().setStyle(style);
            }
        });
    }

    private static String rgba(Color colour, double opacity) {
        return String.format(java.util.Locale.ROOT, "rgba(%d,%d,%d,%.2f)", Math.round(colour.getRed() * 255),
                Math.round(colour.getGreen() * 255), Math.round(colour.getBlue() * 255), opacity);
    }
}
