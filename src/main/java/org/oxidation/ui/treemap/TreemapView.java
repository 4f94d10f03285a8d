package org.oxidation.ui.treemap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.Cursor;
import javafx.scene.Parent;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.oxidation.layout.Rect;
import org.oxidation.layout.Tile;
import org.oxidation.layout.TreemapLayout;
import org.oxidation.layout.Units;
import org.oxidation.model.Origin;
import org.oxidation.model.Snapshot;
import org.oxidation.ui.common.ChartView;
import org.oxidation.ui.common.ColorScaleLegend;
import org.oxidation.ui.common.Describe;
import org.oxidation.ui.common.Hatching;
import org.oxidation.ui.common.MapTiles;
import org.oxidation.ui.common.Metric;
import org.oxidation.ui.common.Palette;
import org.oxidation.ui.common.ViewState;

/**
 * The treemap of one tag: subsystems, then directories, then files, each tile's area its C plus Rust
 * lines and its colour Rust's share of them. Two levels are drawn at a time; a click on a directory
 * drills into it and the breadcrumbs lead back up. Vendored and generated trees are hatched.
 *
 * <p>Tiles are {@link MapTiles} nodes with their path as user data. Used on the FX thread only.
 */
public final class TreemapView implements ChartView {

    public static final String ID = "treemap";

    private static final int LEVELS_DRAWN = 2;
    private static final double PADDING = 2;
    private static final double HEADER_HEIGHT = 16;
    private static final double[] LEGEND_SHARES = {Palette.SHARE_SCALE_MIN, 0.001, 0.01, 0.1, 1};

    private final TreemapModel model = new TreemapModel();
    private final BorderPane root = new BorderPane();
    private final Label title = new Label();
    private final Label summary = new Label();
    private final HBox breadcrumbs = new HBox(2);
    private final ChoiceBox<String> tagPicker = new ChoiceBox<>();
    private java.util.function.Consumer<ViewState> onStateChange = changed -> { };
    private boolean updatingPicker;
    private final Pane map = new Pane();
    private ViewState state;
    private Snapshot snapshot;
    /** Counts content changes, so the map is rebuilt only when its content or its size changed. */
    private long version;
    private long drawnVersion = -1;
    private double drawnWidth;
    private double drawnHeight;

    public TreemapView() {
        title.getStyleClass().add("chart-title");
        title.setStyle("-fx-font-size: 18px; -fx-font-weight: bold;");
        summary.setStyle("-fx-font-size: 13px;");
        breadcrumbs.getStyleClass().add("breadcrumbs");
        breadcrumbs.setAlignment(javafx.geometry.Pos.BASELINE_LEFT); // links have padding that plain labels lack
        tagPicker.setId("treemap-tag");
        tagPicker.valueProperty().addListener((obs, before, picked) -> tagPicked(picked));
        Region spacer = new Region();
        HBox.setHgrow(spacer, javafx.scene.layout.Priority.ALWAYS);
        HBox heading = new HBox(8, title, spacer, new Label("Tag"), tagPicker);
        heading.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox top = new VBox(4, heading, summary, breadcrumbs);
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
    }

    @Override
    public Parent node() {
        return root;
    }

    @Override
    public String id() {
        return ID;
    }

    /** Tells the window when the user picks another tag, so the state (and an export) follows. */
    public void setOnStateChange(java.util.function.Consumer<ViewState> listener) {
        onStateChange = java.util.Objects.requireNonNull(listener);
    }

    private void tagPicked(String picked) {
        if (updatingPicker || state == null || picked == null || picked.equals(state.singleTag())) {
            return;
        }
        ViewState changed = state.withTag(picked);
        show(changed);
        onStateChange.accept(changed);
    }

    @Override
    public void show(ViewState newState) {
        state = newState;
        String tag = newState.singleTag();
        updatingPicker = true;
        try {
            if (!tagPicker.getItems().equals(newState.timeline().tags())) {
                tagPicker.getItems().setAll(newState.timeline().tags());
            }
            tagPicker.setValue(tag);
        } finally {
            updatingPicker = false;
        }
        snapshot = tag == null ? null : newState.timeline().snapshot(tag).orElse(null);
        if (snapshot != null) {
            model.setRoot(TreemapTree.of(snapshot, newState.grouping(), newState.excluded()));
        }
        redraw();
    }

    @Override
    public Map<String, String> metadata() {
        Map<String, String> keys = new LinkedHashMap<>();
        if (snapshot != null) {
            keys.put("Title", title.getText());
            keys.put("Tags", snapshot.tag());
            keys.put("Commits", snapshot.commitId());
            keys.put("View", ID + (model.path().isEmpty() ? "" : " " + currentPath()));
        }
        return keys;
    }

    /** The path shown, "" at the top level. */
    public String currentPath() {
        List<String> path = model.path();
        return path.isEmpty() ? "" : path.get(path.size() - 1);
    }

    TreemapModel model() {
        return model;
    }

    private void redraw() {
        version++;
        if (snapshot == null) {
            title.setText(state == null ? "" : state.source() + " — nothing counted yet");
            summary.setText("");
            breadcrumbs.getChildren().clear();
            map.getChildren().clear();
            return;
        }
        title.setText(state.source() + " " + snapshot.tag() + " — " + state.metric() + " by directory, colour = Rust share");
        TreemapNode current = model.current();
        long rust = state.metric().of(current.totals().get("Rust"));
        long all = Describe.size(current.totals(), state.metric());
        summary.setText("Rust: " + Units.format(rust) + " of " + Units.format(all) + " " + state.metric()
                + " (" + Units.percent(all == 0 ? 0 : (double) rust / all) + ")"
                + (snapshot.hasFiles() ? "   ·   click a tile to open it" : "   ·   (CSV data: subsystems only)"));
        drawBreadcrumbs();
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

    private void drawBreadcrumbs() {
        breadcrumbs.getChildren().clear();
        List<TreemapNode> chain = model.chain();
        for (int depth = 0; depth < chain.size(); depth++) {
            String text = depth == 0 ? state.source() : chain.get(depth).name();
            if (depth > 0) {
                breadcrumbs.getChildren().add(new Label("›"));
            }
            if (depth == chain.size() - 1) {
                Label here = new Label(text);
                here.setStyle("-fx-font-weight: bold;");
                breadcrumbs.getChildren().add(here);
            } else {
                int target = depth;
                Hyperlink link = new Hyperlink(text);
                link.setUserData(target);
                link.setOnAction(e -> {
                    model.goUpTo(target);
                    redraw();
                });
                breadcrumbs.getChildren().add(link);
            }
        }
    }

    private void drawMap() {
        if (version == drawnVersion && map.getWidth() == drawnWidth && map.getHeight() == drawnHeight) {
            return;
        }
        drawnVersion = version;
        drawnWidth = map.getWidth();
        drawnHeight = map.getHeight();
        map.getChildren().clear();
        if (snapshot == null || map.getWidth() <= 0 || map.getHeight() <= 0) {
            return;
        }
        Rect bounds = new Rect(0, 0, map.getWidth(), map.getHeight());
        List<Tile<TreemapNode>> tiles = TreemapLayout.layoutNested(model.current(), TreemapNode::children,
                node -> Describe.size(node.totals(), state.metric()), bounds, LEVELS_DRAWN, PADDING, HEADER_HEIGHT);
        List<String> parentKeys = new ArrayList<>();
        for (Tile<TreemapNode> tile : tiles) {
            if (tile.rect().width() < 0.5 || tile.rect().height() < 0.5) {
                continue; // invisible: a node for it would only cost time
            }
            if (tile.depth() == 1) {
                parentKeys = List.of(tile.node().key());
            }
            List<String> keys = tile.depth() == 1 ? parentKeys : List.of(parentKeys.get(0), tile.node().key());
            drawTile(tile, keys);
        }
    }

    private void drawTile(Tile<TreemapNode> tile, List<String> keys) {
        TreemapNode node = tile.node();
        Metric metric = state.metric();
        Color fill = Palette.shareTint(Describe.rustShare(node.totals(), metric));
        String label = node.name() + " " + Units.format(Describe.size(node.totals(), metric));
        boolean copied = node.origin().kind() != Origin.Kind.WRITTEN;
        Pane pane = MapTiles.tile(tile.rect(), node.key(), fill, tile.hasHeader() ? "" : label,
                () -> Describe.tooltip(node.key(), node.totals(), metric, node.origin()), copied);
        pane.getProperties().put("depth", tile.depth());
        // A file opens its directory; a directory or subsystem opens itself.
        List<String> opens = node.canOpen() ? keys : keys.subList(0, keys.size() - 1);
        if (!opens.isEmpty()) {
            pane.setCursor(Cursor.HAND);
            pane.setOnMouseClicked(e -> {
                model.open(opens);
                redraw();
            });
        }
        map.getChildren().add(pane);
        if (tile.hasHeader()) {
            map.getChildren().add(MapTiles.header(tile.header(), label, fill));
        }
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
