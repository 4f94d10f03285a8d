package org.oxidation.ui.share;

import javafx.scene.chart.LineChart;
import javafx.scene.chart.ValueAxis;
import org.oxidation.chart.SampleAxis;
import org.oxidation.chart.Trend;
import org.oxidation.ui.common.TimeOverlay;

/**
 * A line chart that also draws a {@link TimeOverlay} (tags marked on a date axis, the fitted growth)
 * over its plot. FX thread only.
 */
final class OverlaidLineChart extends LineChart<Number, Number> {

    private final ValueAxis<Number> xAxis;
    private final ValueAxis<Number> yAxis;
    private final TimeOverlay overlay = new TimeOverlay(getPlotChildren());

    OverlaidLineChart(ValueAxis<Number> xAxis, ValueAxis<Number> yAxis) {
        super(xAxis, yAxis);
        this.xAxis = xAxis;
        this.yAxis = yAxis;
    }

    /** The tags marked on a date axis and the fitted growth; call after the series were set. */
    void setOverlay(SampleAxis axis, Trend trend) {
        overlay.show(axis, trend);
        requestChartLayout();
    }

    TimeOverlay overlay() {
        return overlay;
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        overlay.layout(xAxis, yAxis);
    }
}
