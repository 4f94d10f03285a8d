package org.oxidation.ui.treemap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.oxidation.chart.Describe;
import org.oxidation.chart.Metric;
import org.oxidation.chart.ViewState;
import org.oxidation.chart.treemap.TreemapChart;
import org.oxidation.chart.treemap.TreemapNode;
import org.oxidation.layout.Rect;
import org.oxidation.layout.Tile;
import org.oxidation.layout.TreemapLayout;
import org.oxidation.layout.Units;
import org.oxidation.model.Origin;
import org.oxidation.ui.common.ChartView;
import org.oxidation.ui.common.ChartWork;
import org.oxidation.ui.common.ColorScaleLegend;
import org.oxidation.ui.common.Hatching;
import org.oxidation.ui.common.LiveControls;
import org.oxidation.ui.common.MapTile;
import org.oxidation.ui.common.MapTiles;
import org.oxidation.ui.common.TileMap;
import org.oxidation.ui.common.Palette;
import org.oxidation.ui.common.StateChanges;

/**
 * The treemap of one tag: subsystems, then directories, then files, each tile's area its C plus Rust
 * lines and its colour Rust's share of them. Two levels are drawn at a time; a click on a directory
 * drills into it and the breadcrumbs lead back up. Vendored and generated trees are hatched. Draws a
 * {@link TreemapChart}; the tag and the drill-down path are the state's, and a click or a pick asks for
 * a new state.
 *
 * <p>The map is a {@link TileMap}: one canvas, its tiles ({@link TileMap#tiles}) answering the mouse. Used
 * on the FX thread only.
 */
public final class TreemapView implements ChartView {

    public static final String ID = "treemap";

    private static final int LEVELS_DRAWN = 2;
    private static final double PADDING = 2;
    private static final double HEADER_HEIGHT = 16;
    /**
     * Tiles narrower than this, too small to hover or read, are only painted: no label, tooltip or click
     * of their own (a click there opens the directory around them), and nothing kept for them (a
     * directory may hold 200,000 files).
     */
    private static final double MIN_POINTABLE_SIDE = 5;
    private static final double[] LEGEND_SHARES = {Palette.SHARE_SCALE_MIN, 0.001, 0.01, 0.1, 1};

    private final BorderPane root = new BorderPane();
    private final Label title = new Label();
    private final Label summary = new Label();
    private final Label clickHint = new Label("   ·   click a tile to open it");
    private final Breadcrumbs breadcrumbs = new Breadcrumbs(this::openPath);
    /** Not a choice box: its skin rebuilt a menu item per tag for each tag added (100 tags: 5,000 items). */
    private final ComboBox<String> tagPicker = new ComboBox<>();
    private final StateChanges changes = new StateChanges(this::show);
    private final ChartWork<TreemapChart> work;
    private boolean showingState;
    private final TileMap map = new TileMap();
    private ViewState state;
    private TreemapChart drawn;
    /** Counts content changes, so the map is rebuilt only when its content or its size changed. */
    private long version;
    private long drawnVersion = -1;
    private double drawnWidth;
    private double drawnHeight;

    /** A view that draws at once in {@link #show} (exports, tests). */
    public TreemapView() {
        this(ChartWork.ON_CALLER);
    }

    /** A view whose tree is worked out on {@code executor} (the window's, off the FX thread). */
    public TreemapView(Executor executor) {
        work = new ChartWork<>(executor);
        title.getStyleClass().add("chart-title");
        title.setId("treemap-title");
        summary.setId("treemap-summary");
        title.setStyle("-fx-font-size: 18px; -fx-font-weight: bold;");
        summary.setStyle("-fx-font-size: 13px;");
        clickHint.setStyle("-fx-font-size: 13px;");
        tagPicker.setId("treemap-tag");
        title.setId("treemap-title");
        map.setId("treemap-map");
        tagPicker.valueProperty().addListener((obs, before, picked) -> tagPicked(picked));
        Region spacer = new Region();
        HBox.setHgrow(spacer, javafx.scene.layout.Priority.ALWAYS);
        Label tagLabel = new Label("Tag");
        LiveControls.mark(tagLabel, tagPicker, clickHint);
        HBox heading = new HBox(8, title, spacer, tagLabel, tagPicker);
        heading.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox summaryLine = new HBox(summary, clickHint);
        VBox top = new VBox(4, heading, summaryLine, breadcrumbs.node());
        top.setPadding(new Insets(8, 10, 6, 10));
        map.setMinSize(0, 0);
        map.setPrefSize(800, 500);
        map.widthProperty().addListener((obs, old, w) -> drawMap());
        map.heightProperty().addListener((obs, old, h) -> drawMap());
        BorderPane.setMargin(map, new Insets(0, 10, 0, 10));
        ColorScaleLegend legend = legend();
        BorderPane.setMargin(legend, new Insets(8, 10, 8, 10));
        root.setTop(top);
        root.setCenter(map);
        root.setBottom(legend);
        root.setStyle("-fx-background-color: white;");
        // Escape or Backspace goes up one level, as the breadcrumb before the last does; a click on the map
        // gives it the keyboard's focus for that, once released: the window's TabPane takes the focus on
        // the press itself, as it bubbles up.
        map.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_RELEASED, event -> map.requestFocus());
        root.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            boolean up = event.getCode() == javafx.scene.input.KeyCode.ESCAPE
                    || event.getCode() == javafx.scene.input.KeyCode.BACK_SPACE;
            if (up && drawn != null && !drawn.path().isEmpty()) {
                openPath(drawn.path().subList(0, drawn.path().size() - 1));
                event.consume();
            }
        });
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

    private void tagPicked(String picked) {
        if (showingState || state == null || picked == null || picked.equals(state.singleTag())) {
            return;
        }
        changes.publish(state.withTag(picked));
    }

    @Override
    public void show(ViewState newState) {
        state = newState;
        showingState = true;
        try {
            if (!tagPicker.getItems().equals(newState.timeline().tags())) {
                tagPicker.getItems().setAll(newState.timeline().tags());
            }
            tagPicker.setValue(newState.singleTag());
        } finally {
            showingState = false;
        }
        work.run(() -> TreemapChart.of(newState), this::draw, message -> title.setText("cannot draw: " + message));
    }

    @Override
    public Map<String, String> metadata() {
        Map<String, String> keys = new LinkedHashMap<>();
        if (drawn != null && drawn.snapshot() != null) {
            keys.put("Title", title.getText());
            keys.put("Tags", drawn.snapshot().tag());
            keys.put("Commits", drawn.snapshot().commitId());
            keys.put("View", ID + (drawn.path().isEmpty() ? "" : " " + currentPath()));
        }
        return keys;
    }

    /** The path shown, "" at the top level. */
    public String currentPath() {
        List<String> path = drawn == null ? List.of() : drawn.path();
        return path.isEmpty() ? "" : path.get(path.size() - 1);
    }

    /** The keys drilled into, outermost first, as drawn. */
    List<String> drawnPath() {
        return drawn == null ? List.of() : drawn.path();
    }

    private void openPath(List<String> path) {
        changes.publish(state.withChoices(state.choices().withTreemapPath(path)));
    }

    private void draw(TreemapChart chart) {
        drawn = chart;
        version++;
        title.setText(chart.title());
        summary.setText(chart.snapshot() == null ? "" : chart.summary()); // else the map's placeholder says it
        clickHint.setVisible(chart.snapshot() != null && chart.snapshot().hasFiles());
        if (chart.snapshot() == null) {
            breadcrumbs.clear();
            drawMap();
            return;
        }
        breadcrumbs.show(chart.chain(), chart.path(), chart.source());
        drawAtFinalSize();
    }

    /**
     * The heading's labels just changed and may change the map's height: lay the view out first, so the
     * thousands of tiles of a kernel map are built once, at the size they keep.
     */
    private void drawAtFinalSize() {
        if (root.getScene() != null) {
            root.applyCss();
            root.layout();
        }
        drawMap();
    }

    private void drawMap() {
        if (version == drawnVersion && map.getWidth() == drawnWidth && map.getHeight() == drawnHeight) {
            return;
        }
        drawnVersion = version;
        drawnWidth = map.getWidth();
        drawnHeight = map.getHeight();
        Label placeholder = null;
        if (drawn != null && drawn.snapshot() == null && !drawn.summary().isEmpty()) {
            placeholder = new Label(drawn.summary()); // never a blank map: why there is none yet
            placeholder.setId("treemap-placeholder");
        }
        map.setPlaceholder(placeholder);
        if (drawn == null || drawn.snapshot() == null || map.getWidth() <= 0 || map.getHeight() <= 0) {
            map.clear();
            return;
        }
        Rect bounds = new Rect(0, 0, map.getWidth(), map.getHeight());
        Metric metric = drawn.metric();
        List<Tile<TreemapNode>> tiles = TreemapLayout.layoutNested(drawn.current(), TreemapNode::children,
                node -> Describe.size(node.totals(), metric), bounds, LEVELS_DRAWN, PADDING, HEADER_HEIGHT);
        List<MapTile> pointable = new ArrayList<>();
        List<MapTile> small = new ArrayList<>();
        List<String> parentKeys = new ArrayList<>();
        for (Tile<TreemapNode> tile : tiles) {
            if (tile.rect().width() < 0.5 || tile.rect().height() < 0.5) {
                continue; // invisible
            }
            if (tile.depth() == 1) {
                parentKeys = List.of(tile.node().key());
            }
            List<String> keys = tile.depth() == 1 ? parentKeys : List.of(parentKeys.get(0), tile.node().key());
            if (tile.hasHeader() || Math.min(tile.rect().width(), tile.rect().height()) >= MIN_POINTABLE_SIDE) {
                pointable.add(mapTile(tile, keys, metric));
            } else {
                small.add(MapTiles.painted(tile.rect(), tile.node().key(), fillOf(tile.node(), metric), hatched(tile.node())));
            }
        }
        map.draw(pointable, small);
    }

    private static Color fillOf(TreemapNode node, Metric metric) {
        return Palette.shareTint(Describe.rustShare(node.totals(), metric));
    }

    private static boolean hatched(TreemapNode node) {
        return node.origin().kind() != Origin.Kind.WRITTEN;
    }

    private MapTile mapTile(Tile<TreemapNode> tile, List<String> keys, Metric metric) {
        TreemapNode node = tile.node();
        Color fill = fillOf(node, metric);
        String label = node.name() + " " + Units.format(Describe.size(node.totals(), metric));
        MapTile drawnTile = MapTiles.tile(tile.rect(), node.key(), fill, tile.hasHeader() ? "" : label,
                () -> Describe.tooltip(node.key(), node.totals(), metric, node.origin()), hatched(node));
        if (tile.hasHeader()) {
            drawnTile = MapTiles.withHeader(drawnTile, tile.header(), label);
        }
        // A file opens its directory; a directory or subsystem opens itself.
        List<String> opens = node.canOpen() ? keys : keys.subList(0, keys.size() - 1);
        if (!opens.isEmpty()) {
            TreemapChart clicked = drawn;
            drawnTile = MapTiles.withClick(drawnTile, () -> openPath(clicked.opened(opens)));
        }
        return drawnTile;
    }

    private static ColorScaleLegend legend() {
        List<ColorScaleLegend.Tick> ticks = new ArrayList<>();
        for (double share : LEGEND_SHARES) {
            // One decade per step (Palette.shareScale); the first tick stands for every smaller share too.
            String label = (share == Palette.SHARE_SCALE_MIN ? "≤ " : "") + Units.percent(share);
            ticks.add(new ColorScaleLegend.Tick(Palette.shareScale(share), label));
        }
        return new ColorScaleLegend("Rust share", Palette::shareScaleColour, ticks,
                List.of(new ColorScaleLegend.Swatch(Palette.NEUTRAL_TILE, null, "C only"),
                        new ColorScaleLegend.Swatch(Palette.NEUTRAL_TILE, Hatching.diagonal(), "vendored / generated")));
    }
}
