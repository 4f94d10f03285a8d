package org.oxidation.ui.timeline;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import javafx.scene.paint.Color;
import org.oxidation.count.FirstRust;
import org.oxidation.count.origin.VendoringEvents;
import org.oxidation.layout.NiceScale;
import org.oxidation.layout.StackedSeries;
import org.oxidation.layout.Units;
import org.oxidation.model.Breakdown;
import org.oxidation.ui.common.Breakdowns;
import org.oxidation.ui.common.ChartView;
import org.oxidation.ui.common.Metric;
import org.oxidation.ui.common.Palette;
import org.oxidation.ui.common.SeriesLegend;
import org.oxidation.ui.common.SeriesStyle;
import org.oxidation.ui.common.TagAxis;
import org.oxidation.ui.common.ViewState;

/**
 * Lines per tag as a stacked area chart: C against Rust, Rust or C by subsystem, where the Rust lives,
 * or Rust written against vendored. The x axis is the tag index with thinned tag names; every point has
 * a tooltip with the tag and the exact number; the legend hides series. FX thread only.
 */
public final class TimelineView implements ChartView {

    private static final NumberFormat EXACT = NumberFormat.getIntegerInstance(Locale.ROOT);
    static {
        EXACT.setGroupingUsed(true);
    }

    private final Label title = new Label();
    private final ChoiceBox<TimelineMode> mode = new ChoiceBox<>();
    private final TagAxis xAxis = new TagAxis();
    private final NumberAxis yAxis = new NumberAxis();
    private final MarkedAreaChart chart = new MarkedAreaChart(xAxis.axis(), yAxis);
    private final Label markerHint = new Label("◆ first Rust in a subsystem (hover for its files)");
    private final SeriesLegend legend = new SeriesLegend(hidden -> redraw(), this::highlight);
    private final BorderPane root = new BorderPane();
    private ViewState state;
    private Object firstRustKey;
    private FirstRust firstRust;

    public TimelineView() {
        mode.getItems().setAll(TimelineMode.values());
        mode.setValue(TimelineMode.RUST_BY_SUBSYSTEM); // what Oxidation is about: where Rust grows
        mode.setId("timeline-mode");
        mode.valueProperty().addListener((observable, before, after) -> redraw());

        chart.setId("timeline-chart");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setCreateSymbols(true);
        chart.setVerticalGridLinesVisible(false);
        chart.setPadding(new Insets(6, 36, 0, 6)); // room for the last tag's label, centred on the edge
        yAxis.setAutoRanging(false);
        yAxis.setMinorTickVisible(false);
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
        HBox header = new HBox(12, title, markerHint, spacer, new Label("Show"), mode);
        header.setAlignment(Pos.CENTER_LEFT);
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

    @Override
    public void show(ViewState newState) {
        state = newState;
        redraw();
    }

    @Override
    public String id() {
        return "timeline";
    }

    @Override
    public Map<String, String> metadata() {
        return Map.of("Mode", mode.getValue().toString());
    }

    /** Switches what is stacked. */
    public void setMode(TimelineMode newMode) {
        mode.setValue(newMode);
    }

    public TimelineMode mode() {
        return mode.getValue();
    }

    private void redraw() {
        if (state == null) {
            return;
        }
        TimelineMode current = mode.getValue();
        List<String> tags = state.timeline().tags();
        List<Breakdown> breakdowns = Breakdowns.of(state);
        Map<String, long[]> all = current.series(breakdowns, state.metric());
        List<String> names = new ArrayList<>(all.keySet());
        legend.setSeries(names, name -> current.colourAmong(name, names), TimelineMode::isVendoredPart);
        title.setText(state.timeline().isEmpty() ? state.source() + " — no tag counted yet"
                : current.title(state.source(), state.metric()));

        Set<String> hidden = legend.hidden();
        Map<String, long[]> shown = new java.util.LinkedHashMap<>(all);
        shown.keySet().removeAll(hidden);
        xAxis.setTags(state.axisTags());
        StackedSeries stack = StackedSeries.of(tags, shown);
        scaleY(stack.maxTotal());

        List<XYChart.Series<Number, Number>> series = new ArrayList<>();
        shown.forEach((name, values) -> series.add(series(name, values)));
        chart.getData().setAll(series);
        for (XYChart.Series<Number, Number> drawn : series) {
            Color colour = current.colourAmong(drawn.getName(), names);
            if (TimelineMode.isVendoredPart(drawn.getName())) {
                SeriesStyle.hatchedArea(drawn, colour);
            } else {
                SeriesStyle.area(drawn, colour);
            }
            addTooltips(drawn, tags, state.metric());
        }
        showRustStarts(current, breakdowns, names, stack);
    }

    /**
     * Marks where each subsystem's Rust started, after the first tag only (Rust there already tells
     * nothing). By subsystem, a marker sits on top of the band that draws the subsystem at its first tag;
     * in the other modes there is no such band and the markers sit on the x axis.
     */
    private void showRustStarts(TimelineMode current, List<Breakdown> breakdowns, List<String> names,
                                StackedSeries stack) {
        List<FirstRust.Start> starts = firstRust().afterFirstTag();
        boolean onBands = current == TimelineMode.RUST_BY_SUBSYSTEM;
        List<String> shownNames = stack.seriesNames();
        Set<String> labelled = starts.isEmpty() ? Set.of()
                : RustStartMarkers.toLabel(starts, breakdowns.get(breakdowns.size() - 1), state.metric());
        List<MarkedAreaChart.Marker> markers = new ArrayList<>();
        for (FirstRust.Start start : starts) {
            boolean label = labelled.contains(start.subsystem());
            if (!onBands) {
                markers.add(RustStartMarkers.marker(start, 0, Palette.RUST, label));
                continue;
            }
            String band = TimelineMode.seriesHolding(start.subsystem(), names);
            if (band != null && shownNames.contains(band)) { // a band the user hid takes its markers along
                double top = stack.top(shownNames.indexOf(band), start.tagIndex());
                markers.add(RustStartMarkers.marker(start, top, current.colourAmong(band, names), label));
            }
        }
        List<MarkedAreaChart.Marker> vendoringMarkers = VendoringMarkers.markers(
                VendoringEvents.of(state.timeline().tags(), breakdowns, current.languages()), state.timeline().tags());
        markerHint.setText(hint(!markers.isEmpty(), !vendoringMarkers.isEmpty()));
        markers.addAll(vendoringMarkers);
        chart.setMarkers(markers);
        markerHint.setVisible(!markers.isEmpty());
    }

    private static String hint(boolean rustStarts, boolean vendoring) {
        List<String> parts = new ArrayList<>();
        if (rustStarts) {
            parts.add("\u25c6 first Rust in a subsystem");
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

    /** The starts of the state's timeline, computed again only when the snapshots or grouping change. */
    private FirstRust firstRust() {
        Object key = List.of(state.timeline().snapshots(), state.grouping().id(), state.excluded());
        if (!key.equals(firstRustKey)) {
            firstRust = FirstRust.of(state.timeline().snapshots(), state.grouping(), state.excluded());
            firstRustKey = key;
        }
        return firstRust;
    }

    private XYChart.Series<Number, Number> series(String name, long[] values) {
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        series.setName(name);
        for (int x = 0; x < values.length; x++) {
            series.getData().add(new XYChart.Data<>(x, values[x]));
        }
        return series;
    }

    private void scaleY(double max) {
        NiceScale scale = NiceScale.forCountsUpTo(max);
        yAxis.setLowerBound(0);
        yAxis.setUpperBound(scale.niceMax());
        yAxis.setTickUnit(scale.tickSpacing());
    }

    private void addTooltips(XYChart.Series<Number, Number> series, List<String> tags, Metric metric) {
        String unit = metric.toString();
        for (XYChart.Data<Number, Number> data : series.getData()) {
            int x = data.getXValue().intValue();
            SeriesStyle.tooltip(data, tags.get(x) + "\n" + series.getName() + ": "
                    + EXACT.format(data.getYValue().longValue()) + " " + unit);
        }
    }

    private void highlight(String seriesName) {
        SeriesStyle.highlight(chart.getData(), seriesName);
    }
}
