package org.oxidation.ui.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
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
import org.oxidation.layout.Units;
import org.oxidation.model.Snapshot;
import org.oxidation.model.TagComparison;
import org.oxidation.model.TagComparison.SubsystemRow;
import org.oxidation.ui.common.ChartView;
import org.oxidation.ui.common.ColorScaleLegend;
import org.oxidation.ui.common.ComparisonSource;
import org.oxidation.ui.common.Palette;
import org.oxidation.ui.common.ViewState;
import org.oxidation.ui.task.BackgroundTask;

/**
 * Compares two tags: two subsystem treemaps in the same order coloured by the change in Rust (or C)
 * lines, a sortable table per subsystem, and the Rust files added, removed and renamed. The tag pickers
 * default to the first and last tags and write {@link ViewState#tagA()}/{@link ViewState#tagB()}.
 *
 * <p>File lists need the repository: pass a {@link ComparisonSource} such as
 * {@link ComparisonSources#ofRepository}; without one the view compares the snapshots alone. The last
 * comparison is kept, so redrawing while counting does not diff again. In the window
 * ({@link #inBackground}) a new comparison is worked out off the FX thread, since git's rename detection
 * over two kernel tags takes seconds; an export draws it at once. Used on the FX thread only.
 */
public final class CompareView implements ChartView {

    public static final String ID = "compare";

    /** One daemon thread for comparisons, apart from counting so a long count does not hold them up. */
    private static final Executor COMPARING = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "oxidation-compare");
        thread.setDaemon(true);
        return thread;
    });

    private final ComparisonSource source;
    private final boolean inBackground;
    /** The comparison being worked out off the FX thread, or null. */
    private Object pendingKey;
    private final BorderPane root = new BorderPane();
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
    private Consumer<ViewState> onStateChange = state -> { };
    private ViewState state;
    private TagComparison comparison;
    private Object comparisonKey;
    private boolean updatingPickers;

    /** A view comparing snapshots alone (subsystem rows and crates, no file lists). */
    public CompareView() {
        this(ComparisonSources.snapshotsOnly());
    }

    public CompareView(ComparisonSource source) {
        this(source, false);
    }

    /** A view for the window: new comparisons are worked out off the FX thread, then drawn. */
    public static CompareView inBackground(ComparisonSource source) {
        return new CompareView(source, true);
    }

    private CompareView(ComparisonSource source, boolean inBackground) {
        this.source = Objects.requireNonNull(source);
        this.inBackground = inBackground;
        title.setId("compare-title");
        title.setStyle("-fx-font-size: 18px; -fx-font-weight: bold;");
        summary.setStyle("-fx-font-size: 13px;");
        pickA.setId("compare-tag-a");
        pickB.setId("compare-tag-b");
        byRust.setToggleGroup(colouringGroup);
        byC.setToggleGroup(colouringGroup);
        byRust.setSelected(true);
        pickA.setOnAction(e -> pickerChanged());
        pickB.setOnAction(e -> pickerChanged());
        colouringGroup.selectedToggleProperty().addListener((obs, old, now) -> redraw());
        HBox controls = new HBox(8, new Label("from"), pickA, new Label("to"), pickB, new Label("   colour:"), byRust, byC);
        controls.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(4, title, summary, controls);
        top.setPadding(new Insets(8, 10, 6, 10));

        VBox.setVgrow(maps, Priority.ALWAYS);
        maps.setPrefHeight(420);
        HBox.setHgrow(subsystems, Priority.ALWAYS);
        subsystems.setPrefWidth(1180);
        subsystems.setMinWidth(880);
        files.setPrefWidth(520);
        VBox fileBox = new VBox(4, files, crates);
        VBox.setVgrow(files, Priority.ALWAYS);
        crates.setWrapText(true);
        HBox tables = new HBox(12, subsystems, fileBox);
        tables.setPrefHeight(260);
        tables.setMinHeight(160);
        VBox center = new VBox(8, maps, legendBox, tables);
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

    /** Called with the new state when the user picks another tag (the window keeps it). */
    public void setOnStateChange(Consumer<ViewState> listener) {
        onStateChange = Objects.requireNonNull(listener);
    }

    @Override
    public void show(ViewState newState) {
        state = newState;
        List<String> tags = newState.timeline().tags();
        updatingPickers = true;
        try {
            pickA.getItems().setAll(tags);
            pickB.getItems().setAll(tags);
            pickA.setValue(tagA());
            pickB.setValue(tagB());
        } finally {
            updatingPickers = false;
        }
        redraw();
    }

    @Override
    public Map<String, String> metadata() {
        Map<String, String> keys = new LinkedHashMap<>();
        if (comparison != null) {
            keys.put("Title", title.getText());
            keys.put("Tags", comparison.tagA() + " " + comparison.tagB());
            keys.put("Commits", commit(comparison.tagA()) + " " + commit(comparison.tagB()));
            keys.put("View", ID + " colour=" + (byRust.isSelected() ? "rust-change" : "c-change"));
        }
        return keys;
    }

    /** The comparison drawn, or null before there are two tags. */
    TagComparison comparison() {
        return comparison;
    }

    private String commit(String tag) {
        return state.timeline().snapshot(tag).map(Snapshot::commitId).orElse("");
    }

    /** The first tag: the state's tagA when present, else the first sampled tag. */
    String tagA() {
        List<String> tags = state.timeline().tags();
        return state.tagA() != null && tags.contains(state.tagA()) ? state.tagA() : tags.isEmpty() ? null : tags.get(0);
    }

    /** The second tag: the state's tagB when present, else the last sampled tag. */
    String tagB() {
        List<String> tags = state.timeline().tags();
        return state.tagB() != null && tags.contains(state.tagB()) ? state.tagB()
                : tags.isEmpty() ? null : tags.get(tags.size() - 1);
    }

    private void pickerChanged() {
        if (updatingPickers || state == null || pickA.getValue() == null || pickB.getValue() == null) {
            return;
        }
        state = state.withTags(pickA.getValue(), pickB.getValue());
        onStateChange.accept(state);
        redraw();
    }

    private void redraw() {
        if (state == null) {
            return;
        }
        String a = tagA();
        String b = tagB();
        if (a == null || state.timeline().tags().size() < 2) {
            showNothing(state.source() + " — comparing needs two counted tags",
                    "nothing to compare until two tags are counted");
            return;
        }
        TagComparison ready = comparisonOf(a, b);
        if (ready == null) {
            showNothing(state.source() + " " + a + " → " + b + " — comparing…", "comparing " + a + " with " + b + "…");
            return;
        }
        comparison = ready;
        maps.setVisible(true);
        legendBox.setVisible(true);
        String unit = state.metric().toString();
        CompareMaps.Colouring colouring = byRust.isSelected() ? CompareMaps.Colouring.RUST_CHANGE
                : CompareMaps.Colouring.C_CHANGE;
        title.setText(state.source() + " " + a + " → " + b + " — where Rust grew (area = " + unit
                + ", colour = change in " + (byRust.isSelected() ? "Rust" : "C") + ")");
        SubsystemRow total = comparison.total();
        summary.setText("Rust " + Units.format(state.metric().of(total.rustA())) + " → "
                + Units.format(state.metric().of(total.rustB())) + " " + unit + " ("
                + CompareMaps.signed(total.rustChange(state.metric()::of)) + "), share "
                + Units.percent(total.shareA(state.metric()::of)) + " → " + Units.percent(total.shareB(state.metric()::of))
                + ";   C " + Units.format(state.metric().of(total.cA())) + " → " + Units.format(state.metric().of(total.cB()))
                + " (" + CompareMaps.signed(total.cChange(state.metric()::of)) + ");   " + unsafeSummary(total)
                + "\nMost Rust growth: " + biggestGrowth(comparison, state.metric()::of));
        maps.show(comparison.rows(), state.metric()::of, colouring, a, b, unit);
        legendBox.getChildren().setAll(legend(maps.largestChange(), byRust.isSelected() ? "Rust" : "C", unit));
        subsystems.show(comparison.rows(), state.metric()::of, a, b);
        files.show(comparison, state.metric()::of);
        crates.setText(RustFileTable.crates(comparison));
        // The line is cut where the list is long (the kernel's profile names many libraries): all of it, one a line.
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

    /** "unsafe 1.2k → 3.4k Rust code lines": unsafe is a keyword in code, so it is always counted in code lines. */
    static String unsafeSummary(SubsystemRow total) {
        return "unsafe " + Units.format(total.rustA().unsafeLines()) + " → " + Units.format(total.rustB().unsafeLines())
                + " Rust code lines";
    }

    /** The three subsystems whose Rust grew most: the answer to "where did it grow" in words. */
    static String biggestGrowth(TagComparison comparison, java.util.function.ToLongFunction<org.oxidation.model.LineCounts> measure) {
        List<String> top = comparison.rows().stream()
                .filter(row -> row.rustChange(measure) > 0)
                .sorted(java.util.Comparator.comparingLong((SubsystemRow row) -> row.rustChange(measure)).reversed())
                .limit(3)
                .map(row -> row.subsystem() + " " + CompareMaps.signed(row.rustChange(measure)))
                .toList();
        return top.isEmpty() ? "none" : String.join(", ", top);
    }

    /** The comparison of the two tags, or null while it is being worked out in the background. */
    private TagComparison comparisonOf(String a, String b) {
        Object key = List.of(a, b, commit(a), commit(b), state.grouping().id(), state.excluded());
        if (key.equals(comparisonKey)) {
            return comparison;
        }
        if (!inBackground) {
            comparison = source.compare(state, a, b);
            comparisonKey = key;
            return comparison;
        }
        if (!key.equals(pendingKey)) {
            pendingKey = key;
            ViewState asked = state;
            BackgroundTask.<TagComparison, Void>of((monitor, publish) -> source.compare(asked, a, b))
                    .onSuccess(result -> {
                        if (key.equals(pendingKey)) {
                            pendingKey = null;
                            comparison = result;
                            comparisonKey = key;
                            redraw();
                        }
                    })
                    .onInputError(message -> failed(key, a, b, message))
                    .onFailure(failure -> failed(key, a, b, String.valueOf(failure.getMessage())))
                    .start(COMPARING);
        }
        return null;
    }

    private void failed(Object key, String a, String b, String message) {
        if (key.equals(pendingKey)) {
            pendingKey = null;
            showNothing(state.source() + " " + a + " → " + b + " — cannot compare: " + message, "cannot compare");
        }
    }

    private static ColorScaleLegend legend(long largest, String language, String unit) {
        List<ColorScaleLegend.Tick> ticks = new ArrayList<>();
        for (double relative : new double[] {-1, -0.5, 0, 0.5, 1}) {
            long lines = Math.round(relative * largest);
            ticks.add(new ColorScaleLegend.Tick((relative + 1) / 2, CompareMaps.signed(lines)));
        }
        return new ColorScaleLegend("Change in " + language + " " + unit, t -> Palette.changeTint(2 * t - 1), ticks,
                List.of(new ColorScaleLegend.Swatch(Palette.NEUTRAL_TILE, null, "no change")));
    }
}
