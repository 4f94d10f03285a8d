package org.oxidation.ui.share;

import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
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
import javafx.util.StringConverter;
import org.oxidation.chart.ViewState;
import org.oxidation.chart.share.ShareAxis;
import org.oxidation.chart.share.ShareChart;
import org.oxidation.chart.share.ShareChoices;
import org.oxidation.chart.share.ShareLine;
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
 * The Rust share, Rust / (C + Rust), per tag: of all code and of the subsystems ticked in the list
 * beside the chart (the few with most Rust by default), on a linear or a logarithmic percent axis.
 * Draws a {@link ShareChart}; the scale, the ticks and the legend's hidden lines are the state's, and
 * changing them asks for a new state. FX thread only.
 */
public final class ShareView implements ChartView {

    private static final NumberFormat EXACT = NumberFormat.getIntegerInstance(Locale.ROOT);

    private final Label title = new Label();
    private final CheckBox logScale = new CheckBox("Log scale");
    private final SampleXAxis xAxis = new SampleXAxis();
    private final LinearAxis yAxis = new LinearAxis();
    private final OverlaidLineChart chart = new OverlaidLineChart(xAxis, yAxis);
    private final ListView<String> subsystemList = new ListView<>();
    private final Map<String, BooleanProperty> ticked = new LinkedHashMap<>();
    private final SeriesLegend legend = new SeriesLegend(this::hiddenChanged, this::highlight);
    private final BorderPane root = new BorderPane();
    private final StateChanges changes = new StateChanges(this::show);
    private final ChartWork<ShareChart> work;
    private final TimeControls time = new TimeControls("share", this::choicesChanged);
    private ViewState state;
    /** True while the view sets its controls from a state, so that doing so is not taken for the user's choice. */
    private boolean showingState;

    /**
     * A ticked name that wraps onto more lines rather than being cut with "…": MAINTAINERS sections are
     * long ("ARM/Allwinner sunXi SoC support") and told apart by their last words; the tooltip has it too.
     */
    private CheckBoxListCell<String> wrappingCell() {
        CheckBoxListCell<String> cell = new CheckBoxListCell<>(this::tickedProperty) {
            @Override
            public void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setTooltip(empty || item == null ? null : new javafx.scene.control.Tooltip(item));
            }
        };
        cell.setWrapText(true);
        cell.setPrefWidth(0); // take the list's width and wrap in it, rather than ask for the whole name's
        return cell;
    }

    /** A view that draws at once in {@link #show} (exports, tests). */
    public ShareView() {
        this(ChartWork.ON_CALLER);
    }

    /** A view whose chart is worked out on {@code executor} (the window's, off the FX thread). */
    public ShareView(Executor executor) {
        work = new ChartWork<ShareChart>(executor).skippingEqualModels(); // models compare by value
        chart.setId("share-chart");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setVerticalGridLinesVisible(false);
        chart.setPadding(new Insets(6, 36, 0, 6)); // room for the last tag's label, centred on the edge
        logScale.setId("share-log-scale");
        logScale.setSelected(true);
        logScale.selectedProperty().addListener((observable, before, after) -> {
            if (!showingState && state != null) {
                changes.publish(state.withShareChoices(state.choices().share().withLogScale(after)));
            }
        });

        subsystemList.setId("share-subsystems");
        subsystemList.setPrefWidth(240);
        subsystemList.setCellFactory(list -> wrappingCell());
        Label listHeading = new Label("Subsystems with Rust");
        listHeading.setStyle("-fx-font-weight: bold;");
        VBox side = new VBox(6, listHeading, subsystemList);
        VBox.setVgrow(subsystemList, Priority.ALWAYS);
        side.setPadding(new Insets(8));

        title.setId("share-title");
        title.setStyle("-fx-font-size: 16px; -fx-font-weight: bold;");
        ChartHeadings.wrapAtWords(title);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(12, title, spacer);
        header.getChildren().addAll(time.nodes());
        header.getChildren().add(LiveControls.mark(logScale));
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(8, 12, 0, 12));
        root.setTop(header);
        root.setCenter(chart);
        root.setRight(LiveControls.mark(side));
        root.setBottom(legend);
    }

    @Override
    public Parent node() {
        return root;
    }

    @Override
    public void show(ViewState newState) {
        state = newState;
        showingState = true;
        try {
            logScale.setSelected(newState.choices().share().logScale());
            time.show(newState);
        } finally {
            showingState = false;
        }
        work.run(() -> ShareChart.of(newState), this::draw, message -> title.setText("cannot draw: " + message));
    }

    @Override
    public void setOnStateChange(Consumer<ViewState> listener) {
        changes.setListener(listener);
    }

    @Override
    public String id() {
        return "share";
    }

    @Override
    public Map<String, String> metadata() {
        return Map.of("Scale", logScale.isSelected() ? "log" : "linear", "Subsystems", String.join(", ", tickedNames()));
    }

    private BooleanProperty tickedProperty(String subsystem) {
        return ticked.computeIfAbsent(subsystem, name -> {
            BooleanProperty tick = new SimpleBooleanProperty();
            tick.addListener((observable, before, after) -> {
                if (!showingState && state != null) {
                    changes.publish(state.withShareChoices(ticked(state.choices().share(), tickedNames())));
                }
            });
            return tick;
        });
    }

    /** New ticks; a line no longer drawn is no longer hidden either. */
    private static ShareChoices ticked(ShareChoices choices, List<String> ticks) {
        Set<String> stillHidden = new java.util.HashSet<>(choices.hidden());
        stillHidden.removeIf(name -> !name.equals(ShareLine.OVERALL) && !ticks.contains(name));
        return choices.withTicked(ticks).withHidden(stillHidden);
    }

    /** The ticked subsystems, in the list's order. */
    private List<String> tickedNames() {
        return subsystemList.getItems().stream().filter(name -> tickedProperty(name).get()).toList();
    }

    private void choicesChanged(java.util.function.UnaryOperator<org.oxidation.chart.ViewChoices> change) {
        if (!showingState && state != null) {
            changes.publish(state.withChoices(change.apply(state.choices())));
        }
    }

    private void hiddenChanged(Set<String> hidden) {
        if (state != null) {
            changes.publish(state.withShareChoices(state.choices().share().withHidden(hidden)));
        }
    }

    private void draw(ShareChart model) {
        showingState = true;
        try {
            if (!model.withRust().equals(subsystemList.getItems())) {
                subsystemList.getItems().setAll(model.withRust());
            }
            model.withRust().forEach(name -> tickedProperty(name).set(model.ticked().contains(name)));
        } finally {
            showingState = false;
        }
        legend.setHidden(model.hidden());
        Map<String, ShareChart.Line> byName = new LinkedHashMap<>();
        model.lines().forEach(line -> byName.put(line.name(), line));
        legend.setSeries(List.copyOf(byName.keySet()), name -> Palette.of(byName.get(name).hue()));
        title.setText(model.title());
        xAxis.show(model.x());
        applyAxis(model.axis());

        List<ShareChart.Line> shown = model.shown();
        List<XYChart.Series<Number, Number>> series = shown.stream().map(line -> series(line.share(), model.axis(), model)).toList();
        chart.getData().setAll(series);
        for (int i = 0; i < series.size(); i++) {
            ShareChart.Line line = shown.get(i);
            boolean overall = line.name().equals(ShareLine.OVERALL);
            SeriesStyle.line(series.get(i), Palette.of(line.hue()), overall ? 3.5 : 2);
            addTooltips(series.get(i), line.share(), model.tags(), model.unit());
        }
        chart.setOverlay(model.x(), model.trend());
    }

    private void applyAxis(ShareAxis axis) {
        yAxis.setLowerBound(0);
        yAxis.setUpperBound(axis.upperBound());
        yAxis.setTickUnit(axis.tickUnit());
        yAxis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number value) {
                return axis.label(value.doubleValue());
            }

            @Override
            public Number fromString(String text) {
                throw new UnsupportedOperationException();
            }
        });
    }

    /** A line's points, each at its sample's x (its index, or its commit date); the sample's index goes along. */
    private XYChart.Series<Number, Number> series(ShareLine line, ShareAxis axis, ShareChart model) {
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        series.setName(line.name());
        for (int i = 0; i < line.tags(); i++) {
            if (axis.canShow(line.share(i))) {
                XYChart.Data<Number, Number> point = new XYChart.Data<>(model.x().x(i), axis.position(line.share(i)));
                point.setExtraValue(i);
                series.getData().add(point);
            }
        }
        return series;
    }

    private void addTooltips(XYChart.Series<Number, Number> series, ShareLine line, List<String> tags, String unit) {
        for (XYChart.Data<Number, Number> data : series.getData()) {
            int x = (Integer) data.getExtraValue();
            SeriesStyle.tooltip(data, tags.get(x) + " · " + line.name() + "\n"
                    + String.format(Locale.ROOT, "%.4f%%", 100 * line.share(x)) + " Rust\n"
                    + EXACT.format(line.rust()[x]) + " Rust / " + EXACT.format(line.c()[x]) + " C " + unit);
        }
    }

    private void highlight(String seriesName) {
        SeriesStyle.highlight(chart.getData(), seriesName);
    }
}
