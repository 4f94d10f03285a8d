package org.oxidation.ui.common;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.chart.ValueAxis;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polyline;
import org.oxidation.chart.SampleAxis;
import org.oxidation.chart.TagMark;
import org.oxidation.chart.Trend;

/**
 * What the Timeline and the Rust share draw over their plot besides the data: on a date axis, each tag
 * of the history as a point on the axis (a dot with its name and date in a tooltip; the releases that
 * open a series also with a label at the top and a faint guide down to their dot), and the fitted growth
 * of Rust as a dashed line with its label ("Rust lines double every 7.5 months"). The chart adds the
 * nodes to its plot children and calls {@link #layout} from its own plot layout. FX thread only.
 */
public final class TimeOverlay {

    public static final String TAG_MARK_CLASS = "tag-mark";
    public static final String TAG_LABEL_CLASS = "tag-mark-label";
    public static final String TREND_CLASS = "growth-trend";
    public static final String TREND_LABEL_CLASS = "growth-label";
    private static final double DOT = 7;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    private final ObservableList<Node> plotChildren;
    private final List<Node> nodes = new ArrayList<>();
    private final List<Mark> marks = new ArrayList<>();
    private SampleAxis axis;
    private Trend trend;
    private Polyline trendLine;
    private Label trendLabel;

    private record Mark(double x, Region dot, Line guide, Label label) {
    }

    public TimeOverlay(ObservableList<Node> plotChildren) {
        this.plotChildren = plotChildren;
    }

    /** Replaces what is drawn: the axis' tag marks and the trend (null for none). */
    public void show(SampleAxis newAxis, Trend newTrend) {
        plotChildren.removeAll(nodes);
        nodes.clear();
        marks.clear();
        axis = newAxis;
        trend = newTrend;
        Set<String> labelled = newAxis.labelledMarks();
        for (TagMark mark : newAxis.marks()) {
            marks.add(mark(mark, labelled.contains(mark.name())));
        }
        trendLine = null;
        trendLabel = null;
        if (newTrend != null) {
            trendLine = new Polyline();
            trendLine.getStyleClass().add(TREND_CLASS);
            trendLine.setStyle("-fx-stroke: #1b1f24; -fx-stroke-width: 1.8; -fx-stroke-dash-array: 7 5;");
            trendLine.setMouseTransparent(true);
            trendLabel = new Label(newTrend.label());
            trendLabel.getStyleClass().add(TREND_LABEL_CLASS);
            trendLabel.setStyle("-fx-font-size: 12px; -fx-font-weight: bold; -fx-padding: 1 5 1 5;"
                    + " -fx-background-color: rgba(255,255,255,0.9); -fx-border-color: #1b1f24;"
                    + " -fx-border-style: segments(4, 3); -fx-background-radius: 3; -fx-border-radius: 3;");
            nodes.add(trendLine);
        }
        marks.forEach(mark -> {
            if (mark.guide() != null) {
                nodes.add(mark.guide());
            }
        });
        marks.forEach(mark -> nodes.add(mark.dot()));
        marks.forEach(mark -> {
            if (mark.label() != null) {
                nodes.add(mark.label());
            }
        });
        if (trendLabel != null) {
            nodes.add(trendLabel);
        }
        plotChildren.addAll(nodes);
    }

    /** The label of the trend drawn, or null. */
    public Label trendLabel() {
        return trendLabel;
    }

    /** The dots of the tag marks, in the axis' order. */
    public List<Region> markDots() {
        return marks.stream().map(Mark::dot).toList();
    }

    /** The labels of the tag marks drawn with one, in the axis' order. */
    public List<Label> markLabels() {
        return marks.stream().map(Mark::label).filter(java.util.Objects::nonNull).toList();
    }

    private static Mark mark(TagMark mark, boolean labelled) {
        Region dot = new Region();
        dot.getStyleClass().add(TAG_MARK_CLASS);
        dot.setStyle("-fx-background-color: #1b1f24, white; -fx-background-insets: 0, 1.5; -fx-background-radius: 4;");
        dot.setPrefSize(DOT, DOT);
        String tip = mark.name() + "\ntagged commit of " + DAY.format(mark.date());
        SeriesStyle.tooltip(dot, tip);
        if (!labelled) {
            return new Mark(SampleAxis.day(mark.date()), dot, null, null);
        }
        Line guide = new Line();
        guide.setStyle("-fx-stroke: #6b7280; -fx-stroke-width: 0.8; -fx-stroke-dash-array: 2 3;");
        guide.setMouseTransparent(true);
        Label label = new Label(mark.name());
        label.getStyleClass().add(TAG_LABEL_CLASS);
        label.setStyle("-fx-font-size: 11px; -fx-padding: 0 3 0 3; -fx-background-color: rgba(255,255,255,0.85);"
                + " -fx-background-radius: 3;");
        SeriesStyle.tooltip(label, tip);
        return new Mark(SampleAxis.day(mark.date()), dot, guide, label);
    }

    /** Places the nodes for the axes' current scale; call from the chart's plot layout. */
    public void layout(ValueAxis<Number> x, ValueAxis<Number> y) {
        if (axis == null) {
            return;
        }
        double bottom = y.getHeight();
        List<double[]> taken = new ArrayList<>();
        for (Mark mark : marks) {
            double px = x.getDisplayPosition(mark.x());
            mark.dot().resizeRelocate(px - DOT / 2, bottom - DOT - 1, DOT, DOT);
            if (mark.label() != null) {
                double width = mark.label().prefWidth(-1);
                double height = mark.label().prefHeight(width);
                double left = Math.max(0, Math.min(x.getWidth() - width, px - width / 2));
                int row = 0;
                while (row < 3 && overlapsRow(taken, left, width, row)) {
                    row++;
                }
                taken.add(new double[] {left, left + width, row});
                double top = 2 + row * (height + 2);
                mark.label().resizeRelocate(left, top, width, height);
                mark.guide().setStartX(px);
                mark.guide().setStartY(top + height);
                mark.guide().setEndX(px);
                mark.guide().setEndY(bottom - DOT - 1);
            }
        }
        layoutTrend(x, y);
    }

    private static boolean overlapsRow(List<double[]> taken, double left, double width, int row) {
        return taken.stream().anyMatch(t -> t[2] == row && left < t[1] + 4 && left + width + 4 > t[0]);
    }

    /** The dashed line through the fitted values; its label above its right end, inside the plot. */
    private void layoutTrend(ValueAxis<Number> x, ValueAxis<Number> y) {
        if (trendLine == null) {
            return;
        }
        List<Double> points = new ArrayList<>();
        double[] ys = trend.ys();
        for (int i = 0; i < ys.length && i < axis.xs().length; i++) {
            if (Double.isNaN(ys[i])) {
                continue;
            }
            points.add(x.getDisplayPosition(axis.x(i)));
            points.add(y.getDisplayPosition(ys[i]));
        }
        trendLine.getPoints().setAll(points);
        if (points.size() >= 2) {
            double width = trendLabel.prefWidth(-1);
            double height = trendLabel.prefHeight(width);
            // Along the line's last third, where it is highest in a growing chart, but never off the plot.
            int at = 2 * ((points.size() / 2 - 1) * 2 / 3);
            double px = points.get(at);
            double py = points.get(at + 1);
            double left = Math.max(0, Math.min(x.getWidth() - width, px - width / 2));
            double top = Math.max(marks.isEmpty() ? 0 : 2 + 3 * (height + 2), Math.min(y.getHeight() - height, py - height - 6));
            trendLabel.resizeRelocate(left, top, width, height);
        }
    }
}
