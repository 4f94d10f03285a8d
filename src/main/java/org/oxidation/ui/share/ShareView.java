package org.oxidation.ui.share;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.util.StringConverter;
import org.oxidation.layout.LogScale;
import org.oxidation.layout.NiceScale;
import org.oxidation.layout.Units;
import org.oxidation.model.Breakdown;
import org.oxidation.ui.common.Breakdowns;
import org.oxidation.ui.common.ChartView;
import org.oxidation.ui.common.Palette;
import org.oxidation.ui.common.SeriesLegend;
import org.oxidation.ui.common.SeriesStyle;
import org.oxidation.ui.common.TagAxis;
import org.oxidation.ui.common.ViewState;

/**
 * The Rust share, Rust / (C + Rust), per tag: of all code and of the subsystems ticked in the list
 * beside the chart (the few with most Rust by default), on a linear or a logarithmic percent axis.
 * FX thread only.
 */
public final class ShareView implements ChartView {

    /** Subsystems ticked before the user ticks any. */
    static final int DEFAULT_SUBSYSTEMS = 3;

    private static final NumberFormat EXACT = NumberFormat.getIntegerInstance(Locale.ROOT);

    private final Label title = new Label();
    private final CheckBox logScale = new CheckBox("Log scale");
    private final TagAxis xAxis = new TagAxis();
    private final NumberAxis yAxis = new NumberAxis();
    private final LineChart<Number, Number> chart = new LineChart<>(xAxis.axis(), yAxis);
    private final ListView<String> subsystemList = new ListView<>();
    private final Map<String, BooleanProperty> ticked = new LinkedHashMap<>();
    private final SeriesLegend legend = new SeriesLegend(hidden -> redraw(), this::highlight);
    private final BorderPane root = new BorderPane();
    private ViewState state;
    /** Once the user ticks or unticks a subsystem, the defaults stop following the data. */
    private boolean userChoseSubsystems;
    /** True while the view itself sets ticks, so that doing so is not taken for the user's choice. */
    private boolean settingTicks;

    public ShareView() {
        chart.setId("share-chart");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setVerticalGridLinesVisible(false);
        chart.setPadding(new Insets(6, 36, 0, 6)); // room for the last tag's label, centred on the edge
        yAxis.setAutoRanging(false);
        yAxis.setMinorTickVisible(false);
        logScale.setId("share-log-scale");
        // Shares span decades (0.01 % of the kernel, 45 % of a driver): on a linear axis the overall line
        // lies flat on zero, so the log axis is what a first look needs.
        logScale.setSelected(true);
        logScale.selectedProperty().addListener((observable, before, after) -> redraw());

        subsystemList.setId("share-subsystems");
        subsystemList.setPrefWidth(200);
        subsystemList.setCellFactory(CheckBoxListCell.forListView(this::tickedProperty));
        Label listHeading = new Label("Subsystems with Rust");
        listHeading.setStyle("-fx-font-weight: bold;");
        VBox side = new VBox(6, listHeading, subsystemList);
        VBox.setVgrow(subsystemList, Priority.ALWAYS);
        side.setPadding(new Insets(8));

        title.setId("share-title");
        title.setStyle("-fx-font-size: 16px; -fx-font-weight: bold;");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(12, title, spacer, logScale);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(8, 12, 0, 12));
        root.setTop(header);
        root.setCenter(chart);
        root.setRight(side);
        root.setBottom(legend);
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
        return "share";
    }

    @Override
    public Map<String, String> metadata() {
        return Map.of("Scale", logScale.isSelected() ? "log" : "linear", "Subsystems", String.join(", ", tickedNames()));
    }

    /** Shows the share on a logarithmic axis, where the first small steps of Rust stand out. */
    public void setLogScale(boolean log) {
        logScale.setSelected(log);
    }

    /** Ticks exactly these subsystems (the user's choice from then on). */
    public void selectSubsystems(Set<String> subsystems) {
        userChoseSubsystems = true;
        settingTicks = true;
        ticked.forEach((name, tick) -> tick.set(subsystems.contains(name)));
        settingTicks = false;
        redraw();
    }

    private BooleanProperty tickedProperty(String subsystem) {
        return ticked.computeIfAbsent(subsystem, name -> {
            BooleanProperty tick = new SimpleBooleanProperty();
            tick.addListener((observable, before, after) -> {
                if (!settingTicks) {
                    userChoseSubsystems = true;
                    redraw();
                }
            });
            return tick;
        });
    }

    private List<String> tickedNames() {
        return ticked.entrySet().stream().filter(e -> e.getValue().get()).map(Map.Entry::getKey).toList();
    }

    private void redraw() {
        if (state == null) {
            return;
        }
        List<Breakdown> breakdowns = Breakdowns.of(state);
        updateSubsystemList(breakdowns);
        List<ShareLine> lines = new ArrayList<>();
        lines.add(ShareLine.overall(breakdowns, state.metric()));
        subsystemList.getItems().stream().filter(name -> tickedProperty(name).get())
                .forEach(name -> lines.add(ShareLine.of(name, breakdowns, state.metric())));
        List<String> names = lines.stream().map(ShareLine::name).toList();
        legend.setSeries(names, this::colourOf);
        title.setText(state.source() + " — Rust share of " + state.metric() + ", Rust / (C + Rust)");

        List<ShareLine> shown = lines.stream().filter(line -> !legend.hidden().contains(line.name())).toList();
        List<String> tags = state.timeline().tags();
        xAxis.setTags(state.axisTags());
        ShareAxis axis = ShareAxis.fit(shown, logScale.isSelected());
        axis.applyTo(yAxis);

        List<XYChart.Series<Number, Number>> series = shown.stream().map(line -> series(line, axis)).toList();
        chart.getData().setAll(series);
        for (int i = 0; i < series.size(); i++) {
            ShareLine line = shown.get(i);
            boolean overall = line.name().equals(ShareLine.OVERALL);
            SeriesStyle.line(series.get(i), colourOf(line.name()), overall ? 3.5 : 2);
            addTooltips(series.get(i), line, tags);
        }
    }

    private void updateSubsystemList(List<Breakdown> breakdowns) {
        List<String> withRust = ShareLine.subsystemsWithRust(breakdowns);
        if (!withRust.equals(subsystemList.getItems())) {
            subsystemList.getItems().setAll(withRust);
        }
        if (!userChoseSubsystems) {
            Set<String> defaults = new HashSet<>(ShareLine.defaultSelection(breakdowns, state.metric(), DEFAULT_SUBSYSTEMS));
            settingTicks = true;
            withRust.forEach(name -> tickedProperty(name).set(defaults.contains(name)));
            settingTicks = false;
        }
    }

    private XYChart.Series<Number, Number> series(ShareLine line, ShareAxis axis) {
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        series.setName(line.name());
        for (int x = 0; x < line.tags(); x++) {
            if (axis.canShow(line.share(x))) {
                series.getData().add(new XYChart.Data<>(x, axis.position(line.share(x))));
            }
        }
        return series;
    }

    private void addTooltips(XYChart.Series<Number, Number> series, ShareLine line, List<String> tags) {
        String unit = state.metric().toString();
        for (XYChart.Data<Number, Number> data : series.getData()) {
            int x = data.getXValue().intValue();
            SeriesStyle.tooltip(data, tags.get(x) + " · " + line.name() + "\n"
                    + String.format(Locale.ROOT, "%.4f%%", 100 * line.share(x)) + " Rust\n"
                    + EXACT.format(line.rust()[x]) + " Rust / " + EXACT.format(line.c()[x]) + " C " + unit);
        }
    }

    private void highlight(String seriesName) {
        SeriesStyle.highlight(chart.getData(), seriesName);
    }

    /**
     * The overall line is Rust's own colour. A subsystem takes the palette colour of its rank by Rust
     * lines at the last tag, the rank the timeline's "Rust by subsystem" uses, so both views agree.
     */
    private Color colourOf(String line) {
        return line.equals(ShareLine.OVERALL) ? Palette.RUST : Palette.series(subsystemList.getItems().indexOf(line));
    }

    /**
     * The y axis: shares as they are on a linear axis, or mapped through a {@link LogScale} onto 0..1 with
     * one tick per decade. Zero shares have no place on a log axis and are left out there.
     */
    private record ShareAxis(LogScale log, NiceScale linear) {

        static ShareAxis fit(List<ShareLine> lines, boolean logarithmic) {
            double smallest = Double.MAX_VALUE;
            double largest = 0;
            for (ShareLine line : lines) {
                for (int x = 0; x < line.tags(); x++) {
                    double share = line.share(x);
                    largest = Math.max(largest, share);
                    if (share > 0) {
                        smallest = Math.min(smallest, share);
                    }
                }
            }
            if (logarithmic && largest > 0) {
                return new ShareAxis(LogScale.decadesAround(smallest, largest), null);
            }
            return new ShareAxis(null, NiceScale.forMax(largest));
        }

        boolean canShow(double share) {
            return log == null || share > 0;
        }

        double position(double share) {
            return log == null ? share : log.fraction(share);
        }

        void applyTo(NumberAxis axis) {
            axis.setLowerBound(0);
            if (log == null) {
                axis.setUpperBound(linear.niceMax());
                axis.setTickUnit(linear.tickSpacing());
            } else {
                axis.setUpperBound(1);
                axis.setTickUnit(1.0 / (log.decadeTicks().length - 1));
            }
            axis.setTickLabelFormatter(new StringConverter<>() {
                @Override
                public String toString(Number value) {
                    double v = value.doubleValue();
                    return Units.percent(log == null ? v : log.valueAt(v));
                }

                @Override
                public Number fromString(String text) {
                    throw new UnsupportedOperationException();
                }
            });
        }
    }
}
