package org.oxidation.ui.compare;

import org.oxidation.layout.ChangeScale;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.oxidation.chart.ViewState;
import org.oxidation.chart.compare.Colouring;
import org.oxidation.chart.compare.CompareChart;
import org.oxidation.chart.compare.ComparisonSource;
import org.oxidation.model.Snapshot;
import org.oxidation.model.TagComparison;
import org.oxidation.ui.common.ChartView;
import org.oxidation.ui.common.ChartWork;
import org.oxidation.ui.common.ColorScaleLegend;
import org.oxidation.ui.common.LiveControls;
import org.oxidation.ui.common.Palette;
import org.oxidation.ui.common.StateChanges;

/**
 * Compares two tags: two subsystem treemaps in the same order coloured by the change in Rust (or C)
 * lines, a sortable table per subsystem, and the Rust files added, removed and renamed. Draws a
 * {@link CompareChart}; the tags and the colouring are the state's, and the pickers ask for a new state.
 *
 * <p>The comparison comes from a {@link ComparisonSource} (file lists need the repository). The last
 * comparison is kept, so redrawing while counting, or another colouring, does not diff again. With a
 * background executor (the window) a new comparison is worked out off the FX thread, since git's rename
 * detection over two kernel tags takes seconds, and the view says "comparing…" meanwhile; an export
 * draws it at once. Used on the FX thread only.
 */
public final class CompareView implements ChartView {

    public static final String ID = "compare";

    private final ComparisonSource source;
    private final ChartWork<CompareChart> work;
    private final boolean inBackground;
    private final BorderPane root = new BorderPane();
    /** The Rust file list's narrowest: change, lines and enough of a path to read its file name. */
    static final double FILE_LIST_MIN_WIDTH = 280;

    private final Label title = new Label();
    private final Label summary = new Label();
    private final ComboBox<String> pickA = new ComboBox<>();
    private final ComboBox<String> pickB = new ComboBox<>();
    private final ToggleGroup colouringGroup = new ToggleGroup();
    private final RadioButton byRust = new RadioButton("change in Rust");
    private final RadioButton byC = new RadioButton("change in C");
    private final CompareMaps maps = new CompareMaps();
    private final HBox legendBox = new HBox();
    private final SubsystemTable subsystems = new SubsystemTable();
    private final RustFileTable files = new RustFileTable();
    private final Label crates = new Label();
    private final StateChanges changes = new StateChanges(this::show);
    private ViewState state;
    private CompareChart drawn;
    private boolean showingState;

    /** A view that compares and draws at once in {@link #show} (exports, tests). */
    public CompareView(ComparisonSource source) {
        this(source, ChartWork.ON_CALLER);
    }

    /** A view whose comparisons are worked out on {@code executor} (the window's, off the FX thread). */
    public CompareView(ComparisonSource source, Executor executor) {
        this.source = Objects.requireNonNull(source);
        this.work = new ChartWork<>(executor);
        this.inBackground = executor != ChartWork.ON_CALLER;
        title.setId("compare-title");
        summary.setId("compare-summary");
        title.setStyle("-fx-font-size: 18px; -fx-font-weight: bold;");
        summary.setStyle("-fx-font-size: 13px;");
        title.setWrapText(true); // a long title (MAINTAINERS, a small window) wraps rather than ending in "…"
        summary.setWrapText(true);
        pickA.setId("compare-tag-a");
        pickB.setId("compare-tag-b");
        byRust.setId("compare-colour-rust");
        byC.setId("compare-colour-c");
        byRust.setToggleGroup(colouringGroup);
        byC.setToggleGroup(colouringGroup);
        byRust.setSelected(true);
        for (ComboBox<String> pick : List.of(pickA, pickB)) {
            // Any ref: a tag offered in the list, or a branch, commit id or rev~N typed in (Enter).
            pick.setEditable(true);
            pick.setPromptText("tag, branch or commit");
            pick.setPrefWidth(170);
            pick.setTooltip(new javafx.scene.control.Tooltip("Choose a sample, or type any ref git knows: a tag, a branch "
                    + "(main), a commit id or rev~N, and press Enter"));
        }
        pickA.setOnAction(e -> pickerChanged());
        pickB.setOnAction(e -> pickerChanged());
        colouringGroup.selectedToggleProperty().addListener((obs, old, now) -> colouringChosen());
        HBox controls = new HBox(8, new Label("from"), pickA, new Label("to"), pickB, new Label("   colour:"), byRust, byC);
        controls.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(4, title, summary, LiveControls.mark(controls));
        top.setPadding(new Insets(8, 10, 6, 10));

        VBox.setVgrow(maps, Priority.ALWAYS);
        maps.setPrefHeight(420);
        HBox.setHgrow(subsystems, Priority.ALWAYS);
        subsystems.setPrefWidth(1180);
        // In a small window (1000 px) the subsystem table scrolls sideways rather than squeeze the file
        // list to nothing: each keeps a readable width.
        subsystems.setMinWidth(400);
        files.setMinWidth(FILE_LIST_MIN_WIDTH);
        files.setPrefWidth(420);
        // The vendored code that came, went or changed runs under both tables, across the window, wrapping
        // rather than cut: the kernel's list names seven libraries and versions.
        crates.setId("compare-crates");
        crates.setWrapText(true);
        crates.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        crates.managedProperty().bind(crates.textProperty().isNotEmpty());
        crates.visibleProperty().bind(crates.managedProperty());
        HBox tables = new HBox(12, subsystems, files);
        tables.setPrefHeight(260);
        tables.setMinHeight(160);
        VBox center = new VBox(8, maps, legendBox, tables, crates);
        center.setPadding(new Insets(0, 10, 8, 10));
        root.setTop(top);
        root.setCenter(center);
        root.setStyle("-fx-background-color: white;");
    }

    @Override
    public Parent node() {
        return root;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public void setOnStateChange(Consumer<ViewState> listener) {
        changes.setListener(listener);
    }

    @Override
    public void show(ViewState newState) {
        state = newState;
        List<String> tags = offered(newState);
        showingState = true;
        try {
            pickA.getItems().setAll(tags);
            pickB.getItems().setAll(tags);
            pickA.setValue(newState.compareTagA());
            pickB.setValue(newState.compareTagB());
            (newState.choices().colouring() == Colouring.C_CHANGE ? byC : byRust).setSelected(true);
        } finally {
            showingState = false;
        }
        redraw();
    }

    /** The samples, then the tags marked on their time axis and the refs counted for comparing, once each. */
    private static List<String> offered(ViewState state) {
        java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>(state.timeline().tags());
        state.tagMarks().forEach(mark -> names.add(mark.name()));
        state.refSnapshots().forEach(ref -> names.add(ref.tag()));
        return List.copyOf(names);
    }

    @Override
    public Map<String, String> metadata() {
        Map<String, String> keys = new LinkedHashMap<>();
        if (drawn != null) {
            keys.put("Title", title.getText());
            keys.put("Tags", drawn.tagA() + " " + drawn.tagB());
            keys.put("Commits", commit(drawn.tagA()) + " " + commit(drawn.tagB()));
            keys.put("View", ID + " colour=" + (drawn.colouring() == Colouring.RUST_CHANGE ? "rust-change" : "c-change"));
        }
        return keys;
    }

    /** The comparison drawn, or null before there are two tags. */
    TagComparison comparison() {
        return drawn == null ? null : drawn.comparison();
    }

    private String commit(String tag) {
        return state.comparable(tag).map(Snapshot::commitId).orElse("");
    }

    private void pickerChanged() {
        if (showingState || state == null || blank(pickA.getValue()) || blank(pickB.getValue())) {
            return;
        }
        String a = pickA.getValue().strip();
        String b = pickB.getValue().strip();
        if (!a.equals(state.compareTagA()) || !b.equals(state.compareTagB())) {
            changes.publish(state.withTags(a, b));
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private void colouringChosen() {
        if (showingState || state == null) {
            return;
        }
        Colouring chosen = byC.isSelected() ? Colouring.C_CHANGE : Colouring.RUST_CHANGE;
        changes.publish(state.withChoices(state.choices().withColouring(chosen)));
    }

    private void redraw() {
        if (!CompareChart.comparable(state)) {
            if (state.timeline().isEmpty() && state.treesLoading()) {
                showNothing(state.source() + " — loading…", "loading the repository's cached counts…");
            } else {
                showNothing(state.source() + " — comparing needs two counted tags",
                        "nothing to compare until two tags are counted");
            }
            return;
        }
        String a = state.compareTagA();
        String b = state.compareTagB();
        if (state.waitsForTree(a) || state.waitsForTree(b)) {
            if (state.treesCancelled()) {
                showNothing(state.source() + " " + a + " → " + b + " — trees not loaded", ViewState.TREES_CANCELLED);
            } else {
                showNothing(state.source() + " " + a + " → " + b + " — loading…", "loading the trees from the count cache…");
            }
            return;
        }
        ViewState asked = state;
        TagComparison known = drawn != null && drawn.key().equals(CompareChart.keyOf(asked)) ? drawn.comparison() : null;
        if (known == null && inBackground) {
            showNothing(state.source() + " " + a + " → " + b + " — comparing…", "comparing " + a + " with " + b + "…");
        }
        work.run(() -> CompareChart.of(asked, source, known), this::draw,
                message -> showNothing(asked.source() + " " + a + " → " + b + " — cannot compare: " + message,
                        "cannot compare"));
    }

    private void draw(CompareChart chart) {
        drawn = chart;
        maps.setVisible(true);
        legendBox.setVisible(true);
        title.setText(chart.title());
        summary.setText(chart.summary());
        maps.show(chart);
        String unit = chart.metric().toString();
        legendBox.getChildren().setAll(legend(chart.largestChange(), chart.colouring().language(), unit));
        subsystems.show(chart.comparison().rows(), chart.metric()::of, chart.tagA(), chart.tagB(), chart.backwards());
        files.show(chart.comparison(), chart.metric()::of);
        crates.setText(RustFileTable.crates(chart.comparison()));
        // The same list, one a line.
        crates.setTooltip(crates.getText().isEmpty() ? null
                : new javafx.scene.control.Tooltip(crates.getText().replace(": ", ":\n").replace(", ", "\n")));
    }

    /**
     * No comparison to draw (yet): the title says why, and the maps and tables are emptied rather than
     * left showing another pair of tags under this title.
     */
    private void showNothing(String heading, String placeholder) {
        title.setText(heading);
        summary.setText("");
        crates.setText("");
        maps.setVisible(false);
        legendBox.setVisible(false);
        for (TableView<?> table : List.of(subsystems, files)) {
            table.getItems().clear();
            table.setPlaceholder(new Label(placeholder));
        }
    }

    /** The legend's ticks: at the bar's 0 … 1, where the maps' scale puts each value (-1 … 1). */
    static List<ColorScaleLegend.Tick> legendTicks(long largest) {
        ChangeScale scale = ChangeScale.upTo(largest);
        List<ColorScaleLegend.Tick> ticks = new ArrayList<>();
        for (long tick : scale.ticks(LEGEND_TICKS_PER_SIDE)) {
            ticks.add(new ColorScaleLegend.Tick((scale.fraction(tick) + 1) / 2, CompareChart.signed(tick)));
        }
        return ticks;
    }

    /** Labels that fit on each side of 0 in the legend's bar. */
    private static final int LEGEND_TICKS_PER_SIDE = 3;

    /** The legend of the maps' change scale: decades, each tick where the scale puts its value. */
    static ColorScaleLegend legend(long largest, String language, String unit) {
        return new ColorScaleLegend("Change in " + language + " " + unit + " (by decades)",
                t -> Palette.changeAlong(2 * t - 1), legendTicks(largest),
                List.of(new ColorScaleLegend.Swatch(Palette.NEUTRAL_TILE, null, "no change")));
    }
}
