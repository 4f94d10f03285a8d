package org.oxidation.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oxidation.chart.timeline.TimelineMode;
import org.oxidation.testing.DeepAndWideHistory;
import org.oxidation.ui.common.MapTile;
import org.oxidation.ui.common.TileMap;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 17 in the window: a tree 4,096 directories deep and a directory of 200,000 files are counted
 * exactly, drawn on the Timeline, and the treemap drills down the whole deep path and into the wide
 * directory ({@link DeepAndWideHistory}; its constants give the expected numbers).
 */
@org.junit.jupiter.api.Timeout(value = 300, unit = TimeUnit.SECONDS)
class DeepAndWideWindowTest extends WindowTest {

    private static final int DEPTH = DeepAndWideHistory.DEPTH;
    private static final long WAIT_SECONDS = 120;

    /** Shared by the tests: writing 200,000 entries takes seconds. */
    @TempDir
    static Path histories;

    private void openCounted() throws Exception {
        Path repo = histories.resolve("r.git");
        if (!java.nio.file.Files.exists(repo)) {
            DeepAndWideHistory.write(repo);
        }
        showWindow(UnaryOperator.identity());
        interact(() -> window.openRepository(repo));
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS,
                () -> "r: 1 tag counted.".equals(statusText()));
        MainWindowTest.settle(window);
    }

    @Test
    void theTimelineCountsTheDeepAndTheWideTreeExactly() throws Exception {
        openCounted();
        // d/: 4,096 f.c of 2 lines and deep.rs of 1; wide/: 200,000 files; the root's own f.c: 2 lines.
        long c = 2L * (DEPTH + 1) + DeepAndWideHistory.wideLines();
        interact(() -> lookup("#timeline-mode").queryAs(ChoiceBox.class).setValue(TimelineMode.C_VS_RUST));
        assertEquals(Map.of("C", List.of(c), "Rust", List.of(1L)), timelineValues());
        interact(() -> lookup("#timeline-mode").queryAs(ChoiceBox.class).setValue(TimelineMode.RUST_BY_SUBSYSTEM));
        assertEquals(Map.of("d", List.of(1L)), timelineValues());
    }

    private TileMap map() {
        return lookup("#treemap-map").queryAs(TileMap.class);
    }

    /** The tiles on the map by key, the first drawn when a key has two. */
    private Map<String, MapTile> tiles() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Map<String, MapTile> byKey = new LinkedHashMap<>();
            map().tiles().forEach(tile -> byKey.putIfAbsent(tile.path(), tile));
            return byKey;
        }).get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    private List<String> drillPath() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> window.viewStateProperty().get().choices().treemapPath())
                .get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    /**
     * A click as the mouse gives it, fired at the tile itself, and then waits until the map is drawn again:
     * two thousand robot moves and TestFX's settling pauses would take minutes. The chart is worked out on
     * the window's chart thread and drawn in an FX event queued from there, so once that thread is idle, an
     * FX event queued after it runs after the drawing.
     */
    private void click(MapTile tile) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            javafx.geometry.Point2D at = map().localToScene(tile.rect().x() + tile.rect().width() / 2,
                    tile.rect().y() + tile.rect().height() / 2);
            Event.fireEvent(map(), new MouseEvent(MouseEvent.MOUSE_CLICKED, at.getX(), at.getY(), 1, 1,
                    MouseButton.PRIMARY, 1, false, false, false, false, true, false, false, true, false, false, null));
        }).get(WAIT_SECONDS, TimeUnit.SECONDS);
        java.util.concurrent.CompletableFuture.runAsync(() -> { }, window.chartExecutor()).get(WAIT_SECONDS, TimeUnit.SECONDS);
        WaitForAsyncUtils.asyncFx(() -> { }).get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    private String summary() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> lookup("#treemap-summary").queryAs(Label.class).getText())
                .get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    private String title() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> lookup("#treemap-title").queryAs(Label.class).getText())
                .get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    /** "d/d/…/d", {@code levels} times. */
    private static String deep(int levels) {
        return String.join("/", java.util.Collections.nCopies(levels, "d"));
    }

    @Test
    void theTreemapDrillsDownTheDeepPathAndIntoTheWideDirectory() throws Exception {
        openCounted();
        interact(() -> window.selectView("treemap"));
        MainWindowTest.settle(window);
        MapTile d = tiles().get("d");
        clickOn(map().localToScreen(d.rect().x() + d.rect().width() / 2, d.rect().y() + d.rect().height() / 2)); // a real click first, on the subsystem d (its middle is the tile of d/d)
        MainWindowTest.settle(window);
        assertEquals("d", drillPath().get(0));
        // Each click on the tile of a directory two levels down opens both: down to d/…/d, 4,096 levels.
        while (drillPath().size() < DEPTH) {
            int levels = drillPath().size();
            Map<String, MapTile> tiles = tiles();
            MapTile next = Optional.ofNullable(tiles.get(deep(levels + 2))).orElse(tiles.get(deep(levels + 1)));
            assertTrue(next != null, "level " + levels + " shows the directory below it: " + tiles.keySet());
            click(next);
            assertTrue(drillPath().size() > levels, "the click opened it");
            assertFalse(title().startsWith("cannot draw"), title());
        }
        assertEquals(DEPTH, drillPath().size());
        assertEquals(deep(DEPTH), drillPath().get(DEPTH - 1));
        assertEquals("Rust: 1 of 3 lines (33%)", summary(), "deep.rs and f.c, the deepest directory's files");
        assertEquals(java.util.Set.of(deep(DEPTH) + "/deep.rs", deep(DEPTH) + "/f.c"), tiles().keySet());

        // The root, d, "… 4,089 levels …", the five levels above and the one shown.
        assertEquals("› … " + (DEPTH - 7) + " levels …", lookup("#breadcrumbs-elided").queryAs(Label.class).getText());
        List<Hyperlink> crumbs = lookup(".breadcrumbs .hyperlink").queryAllAs(Hyperlink.class).stream().toList();
        assertEquals(List.of("r", "d", "d", "d", "d", "d", "d"), crumbs.stream().map(Hyperlink::getText).toList());
        clickOn(crumbs.get(crumbs.size() - 1));
        MainWindowTest.settle(window);
        assertEquals(DEPTH - 1, drillPath().size(), "the crumb above goes up one level");
        assertEquals("Rust: 1 of 5 lines (20%)", summary());
        Node map = map();
        interact(map::requestFocus); // as a click on the map does, without opening the tile under it
        type(KeyCode.ESCAPE);
        MainWindowTest.settle(window);
        assertEquals(DEPTH - 2, drillPath().size(), "Escape goes up one more");
        clickOn(lookup(".breadcrumbs .hyperlink").queryAllAs(Hyperlink.class).stream()
                .filter(link -> link.getText().equals("r")).findFirst().orElseThrow());
        MainWindowTest.settle(window);
        assertEquals(List.of(), drillPath(), "the root crumb goes back to the top");

        click(tiles().get("wide")); // its middle is one of its files, which would open it too
        assertEquals(List.of("wide"), drillPath());
        long wide = DeepAndWideHistory.wideLines();
        assertEquals("Rust: 0 of " + org.oxidation.layout.Units.format(wide) + " lines (0%)", summary());
        assertFalse(title().startsWith("cannot draw"), title());
        Map<String, MapTile> files = tiles();
        assertTrue(files.keySet().stream().allMatch(key -> key.startsWith("wide/f")), "the wide directory's files");
        // Files too small to hover are only painted, nothing kept for them: 200,000 would take tens of MB.
        assertTrue(files.size() < DeepAndWideHistory.WIDE / 10, files.size() + " tiles kept");
    }
}
