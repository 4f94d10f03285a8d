package org.oxidation.ui.common;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.chart.ValueAxis;
import javafx.util.StringConverter;
import org.oxidation.chart.SampleAxis;
import org.oxidation.layout.DateTicks;
import org.oxidation.layout.LabelThinning;

/**
 * The x axis of the Timeline and the Rust share, as a {@link SampleAxis} says: by tag, tag i at x = i
 * with tag names thinned by {@link LabelThinning} so that none overlap; by date, x in days since
 * 1970-01-01 with ticks at the starts of months or years ({@link DateTicks}), as many as fit. The ticks
 * are worked out again when the axis' length changes. ({@code NumberAxis}, which is final, puts its
 * ticks at even steps from the lower bound, which months and years are not.) FX thread only.
 */
public final class SampleXAxis extends ValueAxis<Number> {

    /** Rough width of one character of the tick font, plus the gap wanted between two labels. */
    private static final double CHAR_WIDTH = 7.5;
    private static final double LABEL_GAP = 18;

    private SampleAxis model = new SampleAxis(false, new double[0], 0, 1, List.of(), List.of());
    /** The labels of the ticks last worked out, by position. */
    private final Map<Double, String> labels = new HashMap<>();

    public SampleXAxis() {
        setAutoRanging(false);
        setMinorTickVisible(false);
        setLowerBound(0);
        setUpperBound(1);
        setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number x) {
                return labelAt(x.doubleValue());
            }

            @Override
            public Number fromString(String text) {
                throw new UnsupportedOperationException();
            }
        });
    }

    /** Places the samples as {@code axis} says and lays the axis out again. */
    public void show(SampleAxis axis) {
        model = axis;
        setLowerBound(axis.lower());
        setUpperBound(axis.upper());
        ticks(lengthOrDefault());
        invalidateRange();
        requestAxisLayout();
    }

    public SampleAxis model() {
        return model;
    }

    /** The label at a tick's position, "" elsewhere and for a tag whose label gave way. */
    public String labelAt(double x) {
        for (Map.Entry<Double, String> tick : labels.entrySet()) {
            if (Math.abs(tick.getKey() - x) < 1e-6) {
                return tick.getValue();
            }
        }
        return "";
    }

    /** The tag or sample name nearest to x, for tooltips that follow the mouse (by tag: the index). */
    public int nearestSample(double x) {
        int nearest = 0;
        for (int i = 1; i < model.xs().length; i++) {
            if (Math.abs(model.x(i) - x) < Math.abs(model.x(nearest) - x)) {
                nearest = i;
            }
        }
        return nearest;
    }

    @Override
    protected List<Number> calculateTickValues(double length, Object range) {
        return ticks(length > 0 ? length : lengthOrDefault());
    }

    private List<Number> ticks(double length) {
        labels.clear();
        List<Number> positions = new ArrayList<>();
        if (model.byDate()) {
            for (DateTicks.Tick tick : DateTicks.of(model.lower(), model.upper(), length)) {
                labels.put(tick.day(), tick.label());
                positions.add(tick.day());
            }
            return positions;
        }
        List<String> tags = model.axisTags();
        int longest = tags.stream().mapToInt(String::length).max().orElse(0);
        for (int index : LabelThinning.visibleIndices(tags.size(), length, longest * CHAR_WIDTH + LABEL_GAP)) {
            labels.put((double) index, tags.get(index));
        }
        for (int i = 0; i < tags.size(); i++) {
            positions.add(i); // a tick at every tag, labelled or not
        }
        return positions;
    }

    private double lengthOrDefault() {
        double length = getSide() != null && getSide().isVertical() ? getHeight() : getWidth();
        return length > 0 ? length : 600;
    }

    @Override
    protected String getTickMarkLabel(Number value) {
        return getTickLabelFormatter().toString(value);
    }

    @Override
    protected List<Number> calculateMinorTickMarks() {
        return List.of();
    }

    @Override
    protected void setRange(Object range, boolean animate) {
        double[] bounds = (double[]) range;
        setLowerBound(bounds[0]);
        setUpperBound(bounds[1]);
        currentLowerBound.set(bounds[0]);
        setScale(bounds[2]);
    }

    @Override
    protected Object getRange() {
        double length = getSide() != null && getSide().isVertical() ? getHeight() : getWidth();
        return new double[] {getLowerBound(), getUpperBound(), calculateNewScale(length, getLowerBound(), getUpperBound())};
    }
}
