package org.oxidation.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.chart.ValueAxis;
import javafx.util.StringConverter;

/**
 * A linear value axis with bounds and tick spacing set by the caller, whose end ticks always keep their
 * labels. JavaFX's {@code NumberAxis} (final) puts the top of a vertical axis at
 * {@code length + range × (−length / range)}, which rounding leaves a hair above the axis for about one
 * axis height in fourteen; {@code Axis} then hides that tick's label as lying outside, so the top label of
 * a chart came and went as its data or size changed. This axis snaps such positions onto the end.
 * FX thread only.
 */
public final class LinearAxis extends ValueAxis<Number> {

    /** How far from an end, in pixels, a position counts as on it: far below a pixel, far above rounding. */
    private static final double ON_THE_END = 1e-6;

    private double tickUnit = 1;

    public LinearAxis() {
        setAutoRanging(false);
        setMinorTickVisible(false);
        // ValueAxis starts at 0..100, which with the unit of 1 labels a hundred ticks until the first
        // chart sets the bounds (seen on the Rust share tab while a first count ran): start empty, 0..1.
        setUpperBound(1);
    }

    /** The spacing of the ticks, from the lower bound. */
    public void setTickUnit(double unit) {
        tickUnit = unit;
        invalidateRange();
        requestAxisLayout();
    }

    public double getTickUnit() {
        return tickUnit;
    }

    @Override
    public double getDisplayPosition(Number value) {
        double position = super.getDisplayPosition(value);
        return Math.abs(position) < ON_THE_END ? 0 : position;
    }

    @Override
    protected List<Number> calculateTickValues(double length, Object range) {
        double[] bounds = (double[]) range;
        double lower = bounds[0];
        double upper = bounds[1];
        List<Number> ticks = new ArrayList<>();
        if (!(bounds[2] > 0) || upper <= lower) {
            ticks.add(lower);
            return ticks;
        }
        // Counted from the lower bound (not summed) so that no rounding builds up along the axis.
        long steps = (long) Math.floor((upper - lower) / bounds[2] + 1e-9);
        for (long i = 0; i <= steps; i++) {
            ticks.add(lower + i * bounds[2]);
        }
        if (upper - (double) ticks.get(ticks.size() - 1).doubleValue() > 1e-9 * bounds[2]) {
            ticks.add(upper);
        }
        return ticks;
    }

    @Override
    protected List<Number> calculateMinorTickMarks() {
        return List.of();
    }

    @Override
    protected void setRange(Object range, boolean animate) {
        // Never auto-ranged: the bounds are the caller's.
    }

    @Override
    protected Object getRange() {
        return new double[] {getLowerBound(), getUpperBound(), tickUnit};
    }

    @Override
    protected String getTickMarkLabel(Number value) {
        StringConverter<Number> formatter = getTickLabelFormatter();
        return formatter == null ? String.valueOf(value) : formatter.toString(value);
    }
}
