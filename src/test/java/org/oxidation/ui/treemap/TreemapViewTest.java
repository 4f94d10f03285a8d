package org.oxidation.ui.treemap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oxidation.model.DirStats;
import org.oxidation.model.FileStats;
import org.oxidation.model.LineCounts;
import org.oxidation.model.Origin;
import org.oxidation.model.Snapshot;
import org.oxidation.model.Timeline;
import org.oxidation.ui.common.MapTiles;
import org.oxidation.ui.common.Palette;
import org.oxidation.chart.ViewState;
import org.oxidation.testing.SmallTree;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class TreemapViewTest extends FxRobot {

    private Stage stage;
    private TreemapView view;

    private static FileStats file(String name, String language, long lines) {
        return SmallTree.file(name, language, lines);
    }

    private static DirStats dir(String name, List<DirStats> dirs, List<FileStats> files) {
        return SmallTree.dir(name, dirs, files);
    }

    static DirStats tree() {
        return SmallTree.tree();
    }

    static ViewState state(DirStats root) {
        return SmallTree.state(root);
    }

    @BeforeEach
    void showView() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(s -> {
            view = new TreemapView();
            // In a tab, as in the window: a TabPane takes the focus on a mouse press inside it.
            s.setScene(new Scene(new javafx.scene.control.TabPane(new javafx.scene.control.Tab("Treemap", view.node())),
                    900, 700));
            view.show(state(tree()));
            s.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void hide() throws Exception {
        FxToolkit.setupStage(Stage::hide);
    }

    private Map<String, Region> tiles() {
        return lookup("." + MapTiles.STYLE_CLASS).queryAllAs(Region.class).stream()
                .collect(Collectors.toMap(t -> (String) t.getUserData(), t -> t, (a, b) -> a));
    }

    private static Color fill(Region tile) {
        return (Color) tile.getBackground().getFills().get(0).getFill();
    }

    private static double area(Region tile) {
        return tile.getWidth() * tile.getHeight();
    }

    @Test
    void showsSubsystemsAndTheirDirectoriesWithAreasProportionalToLines() {
        Map<String, Region> tiles = tiles();
        assertTrue(tiles.keySet().containsAll(Set.of("drivers/gpu", "drivers/net", "rust",
                "drivers/gpu/drm", "drivers/gpu/nova", "rust/syn", "rust/kernel.rs")), tiles.keySet().toString());
        double all = area(tiles.get("drivers/gpu")) + area(tiles.get("drivers/net")) + area(tiles.get("rust"));
        assertEquals(800.0 / 1100, area(tiles.get("drivers/gpu")) / all, 0.01 * 800 / 1100);
        assertEquals(200.0 / 1100, area(tiles.get("drivers/net")) / all, 0.01 * 200 / 1100);
        assertEquals(100.0 / 1100, area(tiles.get("rust")) / all, 0.01 * 100 / 1100);
        assertEquals(3.0, area(tiles.get("drivers/gpu/drm")) / area(tiles.get("drivers/gpu/nova")), 0.03);
    }

    /**
     * A view laid out before anything was counted gets its summary and breadcrumbs with the first tag,
     * which makes the map lower: the tiles (thousands on a kernel) are still built once, at that size.
     */
    @Test
    void firstTagShownBuildsTheMapOnceAtItsFinalSize() {
        javafx.scene.layout.Pane map = (javafx.scene.layout.Pane) ((javafx.scene.layout.BorderPane) view.node()).getCenter();
        interact(() -> view.show(ViewState.of(new Timeline("src", List.of()))));
        WaitForAsyncUtils.waitForFxEvents();
        int[] builds = {0};
        map.getChildren().addListener((javafx.collections.ListChangeListener<javafx.scene.Node>) change -> {
            while (change.next()) {
                if (change.wasAdded() && change.getFrom() == 0) {
                    builds[0]++;
                }
            }
        });
        double heightBefore = map.getHeight();
        interact(() -> view.show(state(tree())));
        WaitForAsyncUtils.waitForFxEvents();
        interact(() -> { }); // one more pulse: a stale size would be redrawn by now
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(map.getHeight() < heightBefore, "the summary and breadcrumbs take room from the map");
        assertEquals(1, builds[0], "tiles built once");
        double bottom = tiles().values().stream().mapToDouble(t -> t.getLayoutY() + t.getHeight()).max().orElse(0);
        assertEquals(map.getHeight(), bottom, 0.5, "the tiles fill the map as it is now");
    }

    @Test
    void colourIsRustShareWithCOnlyTilesNeutral() {
        Map<String, Region> tiles = tiles();
        assertEquals(Palette.NEUTRAL_TILE, fill(tiles.get("drivers/net")));
        assertEquals(Palette.NEUTRAL_TILE, fill(tiles.get("drivers/gpu/drm")));
        assertEquals(Palette.shareTint(1), fill(tiles.get("drivers/gpu/nova")));
        assertEquals(Palette.shareTint(0.25), fill(tiles.get("drivers/gpu")));
        assertTrue(fill(tiles.get("drivers/gpu")).getRed() > fill(tiles.get("drivers/gpu")).getBlue(), "Rust tint");
    }

    @Test
    void vendoredTreesAreHatchedAndNamedInTheTooltip() {
        Region syn = tiles().get("rust/syn");
        assertTrue(syn.getChildrenUnmodifiable().stream().anyMatch(n -> n instanceof javafx.scene.shape.Rectangle),
                "hatching overlay");
        moveTo((javafx.scene.Node) lookup(".tab-header-area").query()); // off the map first: the tooltip comes on entering the tile
        moveTo(syn);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.Tooltip tooltip =
                (javafx.scene.control.Tooltip) syn.getProperties().get("javafx.scene.control.Tooltip");
        assertTrue(tooltip != null, "a tooltip is installed once the mouse is on the tile");
        assertTrue(tooltip.getText().contains("vendored: syn 2.0.106"), tooltip.getText());
    }

    /** The header strip belongs to the parent; the middle of a parent tile is one of its children. */
    private void clickOnHeader(Region tile) {
        moveTo(tile, javafx.geometry.Pos.TOP_LEFT, new javafx.geometry.Point2D(20, 6), org.testfx.robot.Motion.DIRECT);
        clickOn(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void escapeAndBackspaceGoUpOneLevel() {
        clickOn(tiles().get("drivers/gpu/drm"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("drivers/gpu", "drivers/gpu/drm"), view.drawnPath());
        push(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("drivers/gpu"), view.drawnPath());
        push(javafx.scene.input.KeyCode.BACK_SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), view.drawnPath());
        push(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), view.drawnPath(), "the top stays");
    }

    @Test
    void aClickOnAChildOpensTheChildItself() {
        clickOn(tiles().get("drivers/gpu/drm"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("drivers/gpu", "drivers/gpu/drm"), view.drawnPath());
    }

    @Test
    void aClickOnADirectoryDrillsInAndTheBreadcrumbLeadsBack() {
        clickOnHeader(tiles().get("drivers/gpu"));
        assertEquals(List.of("drivers/gpu"), view.drawnPath());
        assertEquals(Set.of("drivers/gpu/drm", "drivers/gpu/nova", "drivers/gpu/drm/drm.c", "drivers/gpu/nova/nova.rs"),
                tiles().keySet());
        Hyperlink top = lookup(".hyperlink").queryAllAs(Hyperlink.class).stream()
                .filter(link -> link.getText().equals("src")).findFirst().orElseThrow();
        clickOn(top);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), view.drawnPath());
        assertTrue(tiles().containsKey("rust"));
    }

    @Test
    void theDrillDownSurvivesANewTreeThatStillHasThePath() throws Exception {
        java.util.concurrent.atomic.AtomicReference<ViewState> kept = new java.util.concurrent.atomic.AtomicReference<>();
        interact(() -> view.setOnStateChange(changed -> {
            kept.set(changed); // as the window does: keep the state, show it back
            view.show(changed);
        }));
        clickOnHeader(tiles().get("drivers/gpu"));
        assertEquals(List.of("drivers/gpu"), kept.get().choices().treemapPath());
        FxToolkit.setupFixture(() -> view.show(state(tree()).withChoices(kept.get().choices())));
        assertEquals(List.of("drivers/gpu"), view.drawnPath());
        DirStats withoutGpu = dir("", List.of(dir("drivers", List.of(dir("net", List.of(),
                List.of(file("net.c", "C", 200)))), List.of())), List.of());
        FxToolkit.setupFixture(() -> view.show(state(withoutGpu).withChoices(kept.get().choices())));
        assertEquals(List.of(), view.drawnPath());
    }
}
