package org.oxidation.ui.timeline;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedAreaChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.oxidation.layout.NiceScale;
import org.oxidation.layout.StackedSeries;
import org.oxidation.layout.Units;
import org.oxidation.model.Breakdown;
import org.oxidation.ui.common.Breakdowns;
import org.oxidation.ui.common.ChartView;
import org.oxidation.ui.common.Metric;
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
    private final StackedAreaChart<Number, Number> chart = new StackedAreaChart<>(xAxis.axis(), yAxis);
    private final SeriesLegend legend = new SeriesLegend(hidden -> redraw(), this::highlight);
    private final BorderPane root = new BorderPane();
    private ViewState state;

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
        HBox header = new HBox(12, title, spacer, new Label("Show"), mode);
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
        legend.setSeries(names, name -> current.colour(name, names.indexOf(name)));
        title.setText(state.timeline().isEmpty() ? state.source() + " — no tag counted yet"
                : current.title(state.source(), state.metric()));

        Set<String> hidden = legend.hidden();
        Map<String, long[]> shown = new java.util.LinkedHashMap<>(all);
        shown.keySet().removeAll(hidden);
        xAxis.setTags(tags);
        scaleY(StackedSeries.of(tags, shown).maxTotal());

        List<XYChart.Series<Number, Number>> series = new ArrayList<>();
        shown.forEach((name, values) -> series.add(series(name, values)));
        chart.getData().setAll(series);
        for (XYChart.Series<Number, Number> drawn : series) {
            int index = names.indexOf(drawn.getName());
            SeriesStyle.area(drawn, current.colour(drawn.getName(), index));
            addTooltips(drawn, tags, state.metric(), current);
        }
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
        NiceScale scale = NiceScale.forMax(max);
        yAxis.setLowerBound(0);
        yAxis.setUpperBound(scale.niceMax());
        yAxis.setTickUnit(scale.tickSpacing());
    }

    private void addTooltips(XYChart.Series<Number, Number> series, List<String> tags, Metric metric,
                             TimelineMode current) {
        String unit = current == TimelineMode.RUST_ORIGIN ? "lines" : metric.toString();
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
