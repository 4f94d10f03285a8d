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
import javafx.geometry.Point2D;
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
import org.oxidation.ui.common.MapTile;
import org.oxidation.ui.common.TileMap;
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

    private TileMap map() {
        return lookup("#treemap-map").queryAs(TileMap.class);
    }

    /** The tiles drawn that answer the mouse, by path (the first drawn of a path). */
    private Map<String, MapTile> tiles() {
        return map().tiles().stream().collect(Collectors.toMap(MapTile::path, t -> t, (a, b) -> a));
    }

    private static Color fill(MapTile tile) {
        return tile.fill();
    }

    private static double area(MapTile tile) {
        return tile.rect().width() * tile.rect().height();
    }

    /** Where a point of the map ({@code dx}, {@code dy} from the tile's top-left) is on the screen. */
    private Point2D onScreen(MapTile tile, double dx, double dy) {
        return map().localToScreen(tile.rect().x() + dx, tile.rect().y() + dy);
    }

    private Point2D middleOf(MapTile tile) {
        return onScreen(tile, tile.rect().width() / 2, tile.rect().height() / 2);
    }

    /** The map as drawn, in the map's pixels. */
    private javafx.scene.image.Image drawnMap() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> map().snapshot(null, null)).get(10, java.util.concurrent.TimeUnit.SECONDS);
    }

    /**
     * How many pixels of the tile's inside (its border left out) between {@code top} and {@code bottom}
     * below its top are clearly lighter or darker than its fill: text, or hatching.
     */
    private static long markedPixels(javafx.scene.image.Image image, MapTile tile, double top, double bottom) {
        javafx.scene.image.PixelReader pixels = image.getPixelReader();
        long dark = 0;
        for (int y = (int) Math.ceil(tile.rect().y() + top); y < tile.rect().y() + bottom; y++) {
            for (int x = (int) Math.ceil(tile.rect().x() + 2); x < tile.rect().x() + tile.rect().width() - 2; x++) {
                if (Math.abs(pixels.getColor(x, y).getBrightness() - tile.fill().getBrightness()) > 0.08) {
                    dark++;
                }
            }
        }
        return dark;
    }

    @Test
    void showsSubsystemsAndTheirDirectoriesWithAreasProportionalToLines() {
        Map<String, MapTile> tiles = tiles();
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
        TileMap map = map();
        interact(() -> view.show(ViewState.of(new Timeline("src", List.of()))));
        WaitForAsyncUtils.waitForFxEvents();
        long drawsBefore = map.draws();
        double heightBefore = map.getHeight();
        interact(() -> view.show(state(tree())));
        WaitForAsyncUtils.waitForFxEvents();
        interact(() -> { }); // one more pulse: a stale size would be redrawn by now
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(map.getHeight() < heightBefore, "the summary and breadcrumbs take room from the map");
        assertEquals(1, map.draws() - drawsBefore, "tiles drawn once");
        double bottom = tiles().values().stream().mapToDouble(t -> t.rect().y() + t.rect().height()).max().orElse(0);
        assertEquals(map.getHeight(), bottom, 0.5, "the tiles fill the map as it is now");
    }

    @Test
    void colourIsRustShareWithCOnlyTilesNeutral() {
        Map<String, MapTile> tiles = tiles();
        assertEquals(Palette.NEUTRAL_TILE, fill(tiles.get("drivers/net")));
        assertEquals(Palette.NEUTRAL_TILE, fill(tiles.get("drivers/gpu/drm")));
        assertEquals(Palette.shareTint(1), fill(tiles.get("drivers/gpu/nova")));
        assertEquals(Palette.shareTint(0.25), fill(tiles.get("drivers/gpu")));
        assertTrue(fill(tiles.get("drivers/gpu")).getRed() > fill(tiles.get("drivers/gpu")).getBlue(), "Rust tint");
    }

    @Test
    void vendoredTreesAreHatchedAndWrittenOnesAreNot() throws Exception {
        javafx.scene.image.Image image = drawnMap();
        MapTile syn = tiles().get("rust/syn");
        MapTile kernel = tiles().get("rust/kernel.rs");
        // Below the label's line: the hatching's dark diagonals, one pixel in eight of each row.
        double rows = syn.rect().height() - 18;
        assertTrue(syn.hatched() && markedPixels(image, syn, 16, syn.rect().height() - 2) > rows * (syn.rect().width() - 4) / 16,
                "hatched: " + markedPixels(image, syn, 16, syn.rect().height() - 2));
        assertEquals(0, markedPixels(image, kernel, 16, kernel.rect().height() - 2), "written: plain fill");
    }

    @Test
    void theTooltipAtATilesPositionNamesThatTileAndItsOrigin() {
        moveTo(lookup(".tab-header-area").<javafx.scene.Node>query()); // off the map first
        moveTo(middleOf(tiles().get("rust/syn")));
        WaitForAsyncUtils.sleep(400, java.util.concurrent.TimeUnit.MILLISECONDS); // its 150 ms delay
        WaitForAsyncUtils.waitForFxEvents();
        String shown = map().tooltipShown();
        assertTrue(shown != null && shown.startsWith("rust/syn") && shown.contains("vendored: syn 2.0.106"), shown);

        moveTo(middleOf(tiles().get("drivers/net")));
        WaitForAsyncUtils.sleep(400, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        shown = map().tooltipShown();
        assertTrue(shown != null && shown.startsWith("drivers/net") && !shown.contains("vendored"), shown);
    }

    @Test
    void aLabelIsDrawnWhereItFitsAndLeftOutWhereItDoesNot() throws Exception {
        MapTile drm = tiles().get("drivers/gpu/drm");
        assertEquals("drm 600", drm.label());
        assertTrue(markedPixels(drawnMap(), drm, 1, 14) > 20, "the label's text is drawn on the tile");

        interact(() -> map().setMaxSize(150, 150)); // a map too small to name every tile
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.image.Image image = drawnMap();
        List<MapTile> unnamed = tiles().values().stream().filter(t -> t.label().isEmpty() && t.header() == null && !t.hatched()).toList();
        List<MapTile> named = tiles().values().stream().filter(t -> !t.label().isEmpty()).toList();
        assertTrue(!unnamed.isEmpty() && !named.isEmpty(), tiles().values().toString());
        for (MapTile tile : unnamed) {
            assertEquals(0, markedPixels(image, tile, 1, Math.min(14, tile.rect().height() - 2)), tile.path() + " has no text");
        }
        for (MapTile tile : named) {
            assertTrue(markedPixels(image, tile, 1, 14) > 10, tile.path() + " shows " + tile.label());
        }
    }

    /** The header strip belongs to the parent; the middle of a parent tile is one of its children. */
    private void clickOnHeader(MapTile tile) {
        moveTo(onScreen(tile, 20, 6), org.testfx.robot.Motion.DIRECT);
        clickOn(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void escapeAndBackspaceGoUpOneLevel() {
        clickOn(middleOf(tiles().get("drivers/gpu/drm")));
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
        clickOn(middleOf(tiles().get("drivers/gpu/drm")));
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
