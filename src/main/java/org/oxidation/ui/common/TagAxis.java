package org.oxidation.ui.common;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.chart.NumberAxis;
import javafx.util.StringConverter;
import org.oxidation.layout.LabelThinning;

/**
 * An x axis of tags: tag i sits at x = i, and tick labels show tag names, thinned by
 * {@link LabelThinning} so none overlap however narrow the chart gets. Wraps a {@link NumberAxis}
 * (which is final) for the charts that need one. FX thread only.
 */
public final class TagAxis {

    private final NumberAxis axis = new NumberAxis();

    /** Rough width of one character of the tick font, plus the gap wanted between two labels. */
    private static final double CHAR_WIDTH = 7.5;
    private static final double LABEL_GAP = 18;

    private List<String> tags = List.of();
    private Set<Integer> visible = Set.of();

    public TagAxis() {
        axis.setAutoRanging(false);
        axis.setLowerBound(0);
        axis.setUpperBound(1);
        axis.setTickUnit(1);
        axis.setMinorTickVisible(false);
        axis.setForceZeroInRange(false);
        axis.widthProperty().addListener((observable, before, after) -> thinLabels());
        setTags(List.of());
    }

    /** The tags along the axis, in order. */
    public void setTags(List<String> newTags) {
        tags = List.copyOf(newTags);
        axis.setUpperBound(Math.max(1, tags.size() - 1));
        thinLabels();
    }

    /** The axis to give the chart. */
    public NumberAxis axis() {
        return axis;
    }

    public List<String> tags() {
        return tags;
    }

    /** The tag at x, or "" between tags and past the ends. */
    public String tagAt(double x) {
        long index = Math.round(x);
        return Math.abs(x - index) < 1e-6 && index >= 0 && index < tags.size() ? tags.get((int) index) : "";
    }

    private void thinLabels() {
        int longest = tags.stream().mapToInt(String::length).max().orElse(0);
        double axisLength = axis.getWidth() > 0 ? axis.getWidth() : 600;
        Set<Integer> shown = new HashSet<>();
        for (int index : LabelThinning.visibleIndices(tags.size(), axisLength, longest * CHAR_WIDTH + LABEL_GAP)) {
            shown.add(index);
        }
        if (shown.equals(visible) && axis.getTickLabelFormatter() != null) {
            return; // unchanged: setting a formatter again would lay the axis out again, in a loop
        }
        visible = Set.copyOf(shown);
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number x) {
                String tag = tagAt(x.doubleValue());
                return visible.contains((int) Math.round(x.doubleValue())) ? tag : "";
            }

            @Override
            public Number fromString(String text) {
                return tags.indexOf(text);
            }
        });
    }
}
