package org.oxidation.ui.timeline;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.oxidation.chart.ViewState;
import org.oxidation.chart.timeline.TimelineChart;
import org.oxidation.chart.timeline.TimelineChoices;
import org.oxidation.chart.timeline.TimelineMode;
import org.oxidation.layout.Units;
import org.oxidation.ui.common.ChartView;
import org.oxidation.ui.common.ChartWork;
import org.oxidation.ui.common.ChartHeadings;
import org.oxidation.ui.common.LinearAxis;
import org.oxidation.ui.common.LiveControls;
import org.oxidation.ui.common.Palette;
import org.oxidation.ui.common.SeriesLegend;
import org.oxidation.ui.common.SeriesStyle;
import org.oxidation.ui.common.StateChanges;
import org.oxidation.ui.common.TimeControls;
import org.oxidation.ui.common.SampleXAxis;

/**
 * Lines per tag as a stacked area chart: C against Rust, Rust or C by subsystem, where the Rust lives,
 * or Rust written against vendored. Draws a {@link TimelineChart} worked out off the FX thread; the mode
 * and the legend's hidden series are the state's, and changing them asks for a new state. The x axis is
 * the tag index with thinned tag names; up to {@value #MOST_SAMPLES_WITH_DOTS} samples every point is a dot with a
 * tooltip (the tag and the exact number), and hovering anywhere over a band tells its value at the nearest sample.
 * FX thread only.
 */
public final class TimelineView implements ChartView {

    private static final NumberFormat EXACT = NumberFormat.getIntegerInstance(Locale.ROOT);
    static {
        EXACT.setGroupingUsed(true);
    }

    /** The most samples whose points are drawn as dots, each with its tooltip. */
    static final int MOST_SAMPLES_WITH_DOTS = 40;

    private final Label title = new Label();
    private final ChoiceBox<TimelineMode> mode = new ChoiceBox<>();
    private final SampleXAxis xAxis = new SampleXAxis();
    private final LinearAxis yAxis = new LinearAxis();
    private final MarkedAreaChart chart = new MarkedAreaChart(xAxis, yAxis);
    private final Label markerHint = new Label();
    private final SeriesLegend legend = new SeriesLegend(this::hiddenChanged, this::highlight);
    private final BorderPane root = new BorderPane();
    private final StateChanges changes = new StateChanges(this::show);
    private final ChartWork<TimelineChart> work;
    private final TimeControls time = new TimeControls("timeline", this::choicesChanged);
    private ViewState state;
    private boolean showingState;

    /** A view that draws at once in {@link #show} (exports, tests). */
    public TimelineView() {
        this(ChartWork.ON_CALLER);
    }

    /** A view whose chart is worked out on {@code executor} (the window's, off the FX thread). */
    public TimelineView(Executor executor) {
        work = new ChartWork<TimelineChart>(executor).skippingEqualModels(); // models compare by value
        mode.getItems().setAll(TimelineMode.values());
        mode.setValue(TimelineMode.RUST_BY_SUBSYSTEM);
        mode.setId("timeline-mode");
        mode.valueProperty().addListener((observable, before, after) -> modeChosen(after));

        chart.setId("timeline-chart");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setVerticalGridLinesVisible(false);
        chart.setPadding(new Insets(6, 36, 0, 6)); // room for the last tag's label, centred on the edge
        yAxis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number value) {
                return Units.format(Math.round(value.doubleValue()));
            }

            @Override
            public Number fromString(String text) {
                throw new UnsupportedOperationException();
            }
        });

        title.getStyleClass().add("chart-heading");
        title.setStyle("-fx-font-size: 16px; -fx-font-weight: bold;");
        title.setId("timeline-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        markerHint.setId("rust-start-hint");
        markerHint.setStyle("-fx-font-size: 12px; -fx-text-fill: #555b63;");
        LiveControls.mark(markerHint, mode);
        // The controls keep their width; in a narrow window the title wraps at its words (never letter by
        // letter), and the hint has a row of its own under them, where it wraps across the whole view.
        ChartHeadings.wrapAtWords(title);
        markerHint.setWrapText(true);
        Label showLabel = new Label("Show");
        showLabel.setMinWidth(Region.USE_PREF_SIZE);
        mode.setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(12, title, spacer);
        top.getChildren().addAll(time.nodes());
        top.getChildren().addAll(LiveControls.mark(showLabel), mode);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(2, top, markerHint);
        header.setPadding(new Insets(8, 12, 0, 12));
        root.setTop(header);
        root.setCenter(chart);
        root.setBottom(new VBox(legend));
        root.getStyleClass().add("timeline-view");
    }

    @Override
    public Parent node() {
        return root;
    }

    /** The modes named after the state's grouping, as the chart's title is. */
    private static javafx.util.StringConverter<TimelineMode> modeNames(String groupNoun) {
        return new javafx.util.StringConverter<>() {
            @Override
            public String toString(TimelineMode m) {
                return m == null ? "" : m.label(groupNoun);
            }

            @Override
            public TimelineMode fromString(String text) {
                return java.util.Arrays.stream(TimelineMode.values()).filter(m -> m.label(groupNoun).equals(text))
                        .findFirst().orElse(null);
            }
        };
    }

    @Override
    public void show(ViewState newState) {
        state = newState;
        showingState = true;
        try {
            mode.setConverter(modeNames(newState.groupNoun()));
            mode.setValue(newState.choices().timeline().mode());
            time.show(newState);
        } finally {
            showingState = false;
        }
        work.run(() -> TimelineChart.of(newState), this::draw, message -> title.setText("cannot draw: " + message));
    }

    @Override
    public void setOnStateChange(Consumer<ViewState> listener) {
        changes.setListener(listener);
    }

    @Override
    public String id() {
        return "timeline";
    }

    @Override
    public Map<String, String> metadata() {
        return Map.of("Mode", mode.getValue().toString());
    }

    private void modeChosen(TimelineMode chosen) {
        if (!showingState && state != null && chosen != null) {
            // Another mode stacks other series: what was hidden in this one has no meaning there.
            changes.publish(state.withTimelineChoices(new TimelineChoices(chosen, java.util.Set.of())));
        }
    }

    private void choicesChanged(java.util.function.UnaryOperator<org.oxidation.chart.ViewChoices> change) {
        if (!showingState && state != null) {
            changes.publish(state.withChoices(change.apply(state.choices())));
        }
    }

    private void hiddenChanged(java.util.Set<String> hidden) {
        if (state != null) {
            changes.publish(state.withTimelineChoices(state.choices().timeline().withHidden(hidden)));
        }
    }

    private void draw(TimelineChart model) {
        List<TimelineChart.Series> all = model.series();
        legend.setHidden(model.hidden());
        java.util.Set<String> hatched = new java.util.HashSet<>();
        all.stream().filter(TimelineChart.Series::hatched).forEach(s -> hatched.add(s.name()));
        legend.setSeries(all.stream().map(TimelineChart.Series::name).toList(),
                name -> Palette.of(all.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow().hue()),
                hatched::contains);
        title.setText(model.title());
        xAxis.show(model.x());
        yAxis.setLowerBound(0);
        yAxis.setUpperBound(model.yUpper());
        yAxis.setTickUnit(model.yTick());

        // A dot per sample and band only while the samples are few enough to tell apart: at 100 tags the
        // dots of ten bands (a thousand nodes) touched each other and were most of the first drawing's
        // time; the band's own tooltip tells each sample's value along it.
        chart.setCreateSymbols(model.tags().size() <= MOST_SAMPLES_WITH_DOTS);
        List<XYChart.Series<Number, Number>> series = new ArrayList<>();
        for (TimelineChart.Series shown : model.shown()) {
            series.add(series(shown.name(), shown.values(), model));
        }
        chart.getData().setAll(series);
        for (int i = 0; i < series.size(); i++) {
            TimelineChart.Series shown = model.shown().get(i);
            if (shown.hatched()) {
                SeriesStyle.hatchedArea(series.get(i), Palette.of(shown.hue()));
            } else {
                SeriesStyle.area(series.get(i), Palette.of(shown.hue()));
            }
            addTooltips(series.get(i), model.tags(), model.unit());
        }
        chart.setMarkers(model.markers().stream().map(marker -> marker.kind().equals(TimelineChart.VENDORING)
                ? VendoringMarkers.marker(marker, model.x().x(marker.tagIndex()))
                : RustStartMarkers.marker(marker, model.x().x(marker.tagIndex()))).toList());
        chart.setOverlay(model.x(), model.trend());
        markerHint.setText(hint(model.hasMarkers(TimelineChart.FIRST_RUST), model.hasMarkers(TimelineChart.VENDORING),
                !model.x().marks().isEmpty(), model.groupNoun()));
        boolean hinted = !model.markers().isEmpty() || !model.x().marks().isEmpty();
        markerHint.setVisible(hinted);
        markerHint.setManaged(hinted); // its row under the controls closes when there is nothing to explain
    }

    /** "○ a tag on this branch   ◆ first Rust in a MAINTAINERS section   ▲ vendored code arrives, … (hover for details)". */
    static String hint(boolean rustStarts, boolean vendoring, boolean tags, String groupNoun) {
        List<String> parts = new ArrayList<>();
        if (tags) {
            parts.add("\u25cb a tag on this branch");
        }
        if (rustStarts) {
            parts.add("\u25c6 first Rust in a " + groupNoun);
        }
        if (vendoring) {
            parts.add(VendoringMarkers.SYMBOL + " vendored code arrives, is upgraded or leaves");
        }
        return String.join("   ", parts) + " (hover for details)";
    }

    /** Each marker's data point (tag index, y) by the subsystem it marks. */
    Map<String, Point2D> markerPoints() {
        Map<String, Point2D> points = new java.util.TreeMap<>();
        chart.markers().forEach(marker -> points.put(marker.name(), new Point2D(marker.x(), marker.y())));
        return points;
    }

    /** A band's points, each at its sample's x (its index, or its commit date); the sample's index goes along. */
    private XYChart.Series<Number, Number> series(String name, long[] values, TimelineChart model) {
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        series.setName(name);
        for (int i = 0; i < values.length; i++) {
            XYChart.Data<Number, Number> point = new XYChart.Data<>(model.x().x(i), values[i]);
            point.setExtraValue(i);
            series.getData().add(point);
        }
        return series;
    }

    private void addTooltips(XYChart.Series<Number, Number> series, List<String> tags, String unit) {
        addBandTooltip(series, tags, unit);
        for (XYChart.Data<Number, Number> data : series.getData()) {
            SeriesStyle.tooltip(data, tags.get((Integer) data.getExtraValue()) + "\n" + series.getName() + ": "
                    + EXACT.format(data.getYValue().longValue()) + " " + unit);
        }
    }

    /**
     * Hovering anywhere over a band tells its value at the nearest tag (the points alone are small
     * targets): the tooltip's text follows the mouse along the x axis.
     */
    private void addBandTooltip(XYChart.Series<Number, Number> series, List<String> tags, String unit) {
        javafx.scene.Node fill = series.getNode() == null ? null : series.getNode().lookup(".chart-series-area-fill");
        if (fill == null) {
            return;
        }
        javafx.scene.control.Tooltip tooltip = new javafx.scene.control.Tooltip();
        tooltip.setShowDelay(javafx.util.Duration.millis(100));
        javafx.scene.control.Tooltip.install(fill, tooltip);
        fill.setOnMouseMoved(event -> tooltip.setText(bandText(series, tags, unit, event.getSceneX(), event.getSceneY())));
    }

    /** "v7.2.6\nrust: 61,872 lines": the band's value at the tag nearest to a point of the scene. */
    String bandText(XYChart.Series<Number, Number> series, List<String> tags, String unit, double sceneX, double sceneY) {
        double along = xAxis.sceneToLocal(sceneX, sceneY).getX();
        int x = xAxis.nearestSample(xAxis.getValueForDisplay(along).doubleValue());
        x = Math.max(0, Math.min(series.getData().size() - 1, x));
        XYChart.Data<Number, Number> data = series.getData().get(x);
        return tags.get((Integer) data.getExtraValue()) + "\n" + series.getName() + ": "
                + EXACT.format(data.getYValue().longValue()) + " " + unit;
    }

    private void highlight(String seriesName) {
        SeriesStyle.highlight(chart.getData(), seriesName);
    }
}
