package org.oxidation.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.oxidation.chart.ViewState;
import org.oxidation.chart.treemap.TreemapChart;
import org.oxidation.count.origin.OriginSettings;
import org.oxidation.git.CacheSettings;
import org.oxidation.model.Snapshot;
import org.oxidation.model.ProgressMonitor;
import org.oxidation.testing.Monitors;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A repository given to the app is read ahead while the toolkit starts ({@link ReadAhead}): the window
 * opening it takes that session, with what it warned of, and draws from it as from one it opened itself;
 * and a reopening reads no tree before the window has drawn its cached rows.
 */
@org.junit.jupiter.api.Timeout(value = 180, unit = TimeUnit.SECONDS)
class ReadAheadTest extends WindowTest {

    private static final long TIMEOUT_SECONDS = 30;

    /** The configuration {@link WindowTest#showWindow} gives the window: what a read-ahead must match. */
    private AppConfig windowsConfig() {
        return new AppConfig(new CacheSettings(true, dir.resolve("cache")), 2, recent, UnaryOperator.identity(), remembered);
    }

    @Test
    void theWindowTakesTheRepositoryReadAheadWithWhatItWarnedOf() throws Exception {
        Path repository = ReopenTest.history(dir);
        Path rows = cacheFile(repository, "breakdowns-rules");
        Files.createDirectories(rows.getParent());
        Files.writeString(rows, "not a cache"); // read by the read-ahead, which warns once

        ReadAhead.start(repository, windowsConfig(), null);
        showWindow(UnaryOperator.identity());
        interact(() -> window.openRepository(repository));
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> statusText().startsWith("demo: 3 tags counted."));

        assertTrue(statusText().startsWith("demo: 3 tags counted. Warning: ignoring the breakdown cache "), statusText());
        assertNull(ReadAhead.take(repository, windowsConfig(), ProgressMonitor.NONE), "the window took the read-ahead");
        assertEquals(List.of("v1.0", "v1.1", "v1.2"), window.viewStateProperty().get().timeline().tags());
    }

    @Test
    void aReadAheadOfAnotherRepositoryIsLeftAlone() throws Exception {
        Path repository = ReopenTest.history(dir);
        ReadAhead.start(dir.resolve("elsewhere"), windowsConfig(), null);
        assertNull(ReadAhead.take(repository, windowsConfig(), ProgressMonitor.NONE));

        ReadAhead.start(dir.resolve("not-a-repository"), windowsConfig(), null);
        assertNull(ReadAhead.take(dir.resolve("not-a-repository"), windowsConfig(), ProgressMonitor.NONE),
                "a read-ahead that failed: the window opens the repository itself and says what is wrong");
    }

    @Test
    void aReopeningReadsNoTreeBeforeTheWindowHasDrawnItsCachedRows() throws Exception {
        Path repository = ReopenTest.history(dir);
        showWindow(UnaryOperator.identity());
        interact(() -> window.openRepository(repository));
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> statusText().equals("demo: 3 tags counted."));
        FxToolkit.setupFixture(() -> window.shutdown());

        CountDownLatch treeBegun = new CountDownLatch(1);
        showWindow(Monitors.afterEachTaskBegins((monitor, index) -> treeBegun.countDown()));
        CountDownLatch charts = new CountDownLatch(1);
        window.chartExecutor().execute(() -> await(charts)); // the window cannot work out any chart until released
        interact(() -> window.openRepository(repository));
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> statusText().startsWith("demo: 3 tags"));

        boolean readBeforeDrawn = treeBegun.await(500, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        boolean recentTreeBeforeDrawn = window.viewStateProperty().get().timeline().snapshots().stream()
                .anyMatch(org.oxidation.model.Snapshot::hasFiles);
        charts.countDown();
        assertEquals(false, readBeforeDrawn, "a tree was read while the cached rows were still to be drawn");
        assertEquals(false, recentTreeBeforeDrawn, "the recent tree file was read while the cached rows were still to be drawn");
        assertTrue(treeBegun.await(TIMEOUT_SECONDS, TimeUnit.SECONDS), "the trees are read once they are drawn");
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> statusText().equals("demo: 3 tags counted."));
    }

    @Test
    void theTreemapIsDrawnFromTheRecentTreeReadAheadWhileTheWindowStartsBeforeTheTreeCache() throws Exception {
        Path repository = countedOnceAndClosed();
        ReadAhead.start(repository, windowsConfig(), OriginSettings.DEFAULT); // the origin settings of this window
        assertTrue(ReadAhead.awaitRead(TIMEOUT_SECONDS, TimeUnit.SECONDS));
        // Read ahead already: the window has no file left to read it from after drawing its rows.
        Files.delete(cacheFile(repository, "recent-rules"));

        ViewState shown = treemapDrawnWithTreesHeld(repository);
        assertEquals(List.of(false, false, true), shown.timeline().snapshots().stream().map(Snapshot::hasFiles).toList(),
                "the tree cache is not loaded: the last tag's tree is the read-ahead's");
        assertEquals(ReopenTest.treemapOfAFullCount(repository, shown),
                ReopenTest.tiles(TreemapChart.of(shown)), "the origins and counts of a count without cache");
    }

    @Test
    void aRecentTreeReadAheadUnderOtherOriginSettingsIsLeftForTheWindowToRead() throws Exception {
        Path repository = countedOnceAndClosed();
        OriginSettings other = OriginSettings.DEFAULT.withRules(
                org.oxidation.count.origin.OriginRules.parse(List.of("drivers/**=vendored"), "test rules"));
        ReadAhead.start(repository, windowsConfig(), other); // the window decides origins by default settings
        assertTrue(ReadAhead.awaitRead(TIMEOUT_SECONDS, TimeUnit.SECONDS));

        ViewState shown = treemapDrawnWithTreesHeld(repository);
        assertEquals(ReopenTest.treemapOfAFullCount(repository, shown), ReopenTest.tiles(TreemapChart.of(shown)),
                "drivers/ is written code under the window's settings");
    }

    /**
     * Opens the repository in a window on the Treemap tab whose trees are held back until the last tag's
     * Treemap is drawn, then lets them come; the state the Treemap was drawn from, before any tree of the
     * tree cache.
     */
    private ViewState treemapDrawnWithTreesHeld(Path repository) throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        showWindow(ReopenTest.holdingTreesUntil(release));
        interact(() -> window.selectView("treemap"));
        interact(() -> window.openRepository(repository));
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> treemapTitle().startsWith("demo v1.2 — lines"));
        ViewState shown = window.viewStateProperty().get();
        release.countDown();
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> statusText().equals("demo: 3 tags counted."));
        return shown;
    }

    @Test
    void aReopeningReadsTheTreeCacheOnlyOnceTheWindowHasDrawnTheRecentTree() throws Exception {
        Path repository = countedOnceAndClosed();
        CountDownLatch treeBegun = new CountDownLatch(1);
        showWindow(Monitors.afterEachTaskBegins((monitor, index) -> treeBegun.countDown()));
        interact(() -> window.selectView("treemap"));
        CountDownLatch fxReleased = new CountDownLatch(1);
        java.util.concurrent.atomic.AtomicBoolean fxHeld = new java.util.concurrent.atomic.AtomicBoolean();
        interact(() -> window.viewStateProperty().addListener((property, before, after) -> {
            if (after.timeline().snapshots().stream().anyMatch(Snapshot::hasFiles) && fxHeld.compareAndSet(false, true)) {
                // The recent tree's tag arrived: the FX thread cannot draw it until released.
                javafx.application.Platform.runLater(() -> await(fxReleased));
            }
        }));
        javafx.application.Platform.runLater(() -> window.openRepository(repository)); // interact would wait for the held FX thread
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (!fxHeld.get() && System.nanoTime() < deadline) {
            Thread.sleep(10); // not WaitForAsyncUtils: it waits for the FX thread, which is to be held
        }
        assertTrue(fxHeld.get(), "the recent tree's tag arrived");

        boolean readBeforeDrawn = treeBegun.await(500, TimeUnit.MILLISECONDS);
        fxReleased.countDown();
        assertEquals(false, readBeforeDrawn, "the tree cache was read while the recent tree was still to be drawn");
        assertTrue(treeBegun.await(TIMEOUT_SECONDS, TimeUnit.SECONDS), "the trees are read once it is drawn");
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> statusText().equals("demo: 3 tags counted."));
    }

    /** The three-tag history, counted once in a window that is then closed: its rows and trees are cached. */
    private Path countedOnceAndClosed() throws Exception {
        Path repository = ReopenTest.history(dir);
        showWindow(UnaryOperator.identity());
        interact(() -> window.openRepository(repository));
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> statusText().equals("demo: 3 tags counted."));
        FxToolkit.setupFixture(() -> window.shutdown());
        return repository;
    }

    private String treemapTitle() {
        return lookup("#treemap-title").queryAs(Label.class).getText();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Path cacheFile(Path repository, String prefix) {
        try (org.eclipse.jgit.lib.Repository git = org.oxidation.git.RepositoryOpener.open(repository)) {
            int rules = org.oxidation.count.LanguageRules.standard().version();
            return org.oxidation.git.CacheLocation.blobCountsFile(dir.resolve("cache"), git, rules)
                    .resolveSibling(prefix + rules + ".bin");
        }
    }
}
