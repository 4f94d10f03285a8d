package org.oxidation.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.UnaryOperator;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.oxidation.count.Grouping;
import org.oxidation.git.CacheSettings;
import org.oxidation.git.CountSession;
import org.oxidation.git.ReleaseTag;
import org.oxidation.git.TagOrder;
import org.oxidation.git.TagSelector;
import org.oxidation.model.InputException;
import org.oxidation.model.ProgressMonitor;
import org.oxidation.ui.app.AppConfig;
import org.oxidation.ui.app.MainWindow;
import org.oxidation.ui.app.ReadAhead;
import org.oxidation.ui.app.RecentRepositories;
import org.oxidation.ui.app.RememberedChoices;
import org.oxidation.ui.export.HeadlessFx;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench reopen --repo PATH}: reopening a repository whose counts are cached, in the window's own
 * code ({@link MainWindow} on a real stage: Monocle headless without a display). It times, from the
 * moment the window is shown and asked to open the repository (as the app does; the JVM's start is not
 * counted), the first Timeline drawn with every tag and the Treemap drawn (its tab chosen as soon as the
 * Timeline is there), once drawing the cached rows first (the window as it is) and once waiting for the
 * trees (as before), alternating; and, first, the tree cache loading on its own in a fresh session.
 * A first pass fills the cache when it lacks the window's rows or trees. Runs on the caller's thread,
 * the window on the FX thread.
 *
 * <p>A little over 300 lines: the first window is timed two ways (as the app opens it, and as the window
 * was before rows came first, with a monitor that notes when the tree cache is loaded).
 */
@Command(name = "reopen", mixinStandardHelpOptions = true,
        description = "Time reopening a cached repository in the window: first Timeline, Treemap ready.")
final class ReopenBench implements Callable<Integer> {

    @Option(names = "--repo", required = true, paramLabel = "PATH", description = "The repository.")
    Path repo;

    @Option(names = "--cache-dir", paramLabel = "DIR",
            description = "Cache directory (default: $XDG_CACHE_HOME/oxidation or ~/.cache/oxidation).")
    Path cacheDir;

    @Option(names = "--threads", paramLabel = "N", description = "Threads reading blobs (default: the cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--runs", defaultValue = "2", description = "Pairs of reopenings (rows first, trees first).")
    int runs;

    @Option(names = "--rows-only", description = "Time only the window as it is (rows first), not as before.")
    boolean rowsOnly;

    @Option(names = "--first-window", description = "One reopening in this JVM's first window, nothing loaded before it"
            + " (the app's case); also timed from the JVM's start.")
    boolean firstWindow;

    @Option(names = "--trees-first", description = "With --first-window: the window as it was before rows came first"
            + " (it waits for the trees), timing when it has loaded the tree cache: what the Treemap is measured against.")
    boolean treesFirst;

    @Option(names = "--timeout", defaultValue = "300", paramLabel = "SECONDS", description = "Give up after this long.")
    long timeoutSeconds;

    /**
     * The two times of one reopening, in seconds after the window was shown, and the CPU time the process
     * spent until each (all threads): on this shared machine the wall clock also counts other programs.
     */
    record Times(double timeline, double treemap, double timelineCpu, double treemapCpu, double timelineSinceJvmStart) {
    }

    /** A moment of one reopening: seconds after the window was shown, and CPU seconds since. */
    private record Moment(double seconds, double cpu, double sinceJvmStart) {
        /** Now, in seconds since the JVM started (its start as the RuntimeMXBean tells it). */
        static double nowSinceJvmStart() {
            return (System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime()) / 1e3;
        }
    }

    private static double processCpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
    }

    @Override
    public Integer call() throws Exception {
        CacheSettings cache = cacheDir == null ? CacheSettings.defaults() : new CacheSettings(true, cacheDir);
        if (firstWindow) {
            return firstWindow(cache);
        }
        double treeCache = timeTreeCacheAlone(cache);
        HeadlessFx.start();
        if (cachedRows(cache) < tagCount(cache)) {
            System.out.println("the cache lacks the window's rows of some tags: opening the repository once to fill it");
            reopen(cache, true);
        }
        System.out.printf("reopen: %s, %d tags, rows cached for %d; tree cache loaded alone in %.2f s (fresh session)%n",
                repo, tagCount(cache), cachedRows(cache), treeCache);
        for (int run = 1; run <= runs; run++) {
            Times rows = reopen(cache, true);
            System.out.printf("run %d  rows first (now):    first Timeline %6.2f s (CPU %5.2f s)   Treemap ready %6.2f s"
                    + " (CPU %5.2f s)%n", run, rows.timeline(), rows.timelineCpu(), rows.treemap(), rows.treemapCpu());
            if (rowsOnly) {
                continue;
            }
            Times trees = reopen(cache, false);
            System.out.printf("run %d  trees first (before): first Timeline %6.2f s (CPU %5.2f s)   Treemap ready %6.2f s"
                    + " (CPU %5.2f s)%n", run, trees.timeline(), trees.timelineCpu(), trees.treemap(), trees.treemapCpu());
        }
        Platform.exit();
        return 0;
    }

    /**
     * The app's case: the JVM's first window, with nothing of JavaFX, JGit or the caches loaded before;
     * the rows cached are counted only after the window closed.
     */
    private int firstWindow(CacheSettings cache) throws Exception {
        if (treesFirst) {
            return firstWindowTreesFirst(cache);
        }
        // As the app does with a repository on its command line; this window decides origins as a new one does.
        ReadAhead.start(repo, config(cache, true), org.oxidation.count.origin.OriginSettings.DEFAULT);
        HeadlessFx.start();
        Times times = reopen(cache, true);
        Platform.exit();
        System.out.printf("first window: %s, %d tags, rows cached for %d; tree cache loaded alone afterwards in %.2f s"
                + " (fresh session, same JVM)%n", repo, tagCount(cache), cachedRows(cache), timeTreeCacheAlone(cache));
        System.out.printf("first window: first Timeline %6.2f s (CPU %5.2f s) after the window was shown, %6.2f s after"
                + " the JVM started; Treemap ready %6.2f s (CPU %5.2f s)%n", times.timeline(), times.timelineCpu(),
                times.timelineSinceJvmStart(), times.treemap(), times.treemapCpu());
        return 0;
    }

    /**
     * The JVM's first window as it was before rows came first: its count loads the tree cache at once,
     * beside JavaFX's first drawing; timed until the count begins its first tag, which it does right after
     * that load (the session, tags and rows are read ahead as the app reads them).
     */
    private int firstWindowTreesFirst(CacheSettings cache) throws Exception {
        CompletableFuture<Moment> treesLoaded = new CompletableFuture<>();
        java.util.concurrent.atomic.AtomicReference<Moment> shown = new java.util.concurrent.atomic.AtomicReference<>();
        UnaryOperator<ProgressMonitor> timed = monitor -> new ProgressMonitor() {
            @Override
            public void beginTask(String title, int index, int count) {
                if (shown.get() != null) {
                    treesLoaded.complete(since(shown.get()));
                }
                monitor.beginTask(title, index, count);
            }

            @Override
            public void update(long filesDone, long filesTotal, long bytesDone) {
                monitor.update(filesDone, filesTotal, bytesDone);
            }

            @Override
            public void warn(String message) {
                monitor.warn(message);
            }

            @Override
            public boolean isCancelled() {
                return monitor.isCancelled();
            }
        };
        AppConfig config = config(cache, false, timed);
        ReadAhead.start(repo, config, org.oxidation.count.origin.OriginSettings.DEFAULT);
        HeadlessFx.start();
        Times times = reopen(config, shown::set);
        Moment loaded = treesLoaded.get(timeoutSeconds, TimeUnit.SECONDS);
        Platform.exit();
        System.out.printf("first window, trees first (the window before rows came first): tree cache loaded %6.2f s"
                + " (CPU %5.2f s) after the window was shown; first Timeline %6.2f s, Treemap ready %6.2f s%n",
                loaded.seconds(), loaded.cpu(), times.timeline(), times.treemap());
        return 0;
    }

    private double timeTreeCacheAlone(CacheSettings cache) {
        try (CountSession session = CountSession.open(repo, cache, threads, ProgressMonitor.NONE)) {
            long start = System.nanoTime();
            session.loadTreeCache();
            return (System.nanoTime() - start) / 1e9;
        }
    }

    private List<ReleaseTag> tags(CountSession session) {
        return session.tags(TagSelector.compile(TagSelector.DEFAULT_PATTERN), TagOrder.VERSION);
    }

    private int tagCount(CacheSettings cache) {
        try (CountSession session = CountSession.open(repo, cache, threads, ProgressMonitor.NONE)) {
            int count = tags(session).size();
            if (count == 0) {
                throw new InputException("bench reopen needs tags matching " + TagSelector.DEFAULT_PATTERN + "; none match");
            }
            return count;
        }
    }

    /** How many tags have rows for a new window's choices (kernel grouping, nothing left out, default origins). */
    private int cachedRows(CacheSettings cache) {
        try (CountSession session = CountSession.open(repo, cache, threads, ProgressMonitor.NONE)) {
            return session.cachedRows(tags(session), Grouping.KERNEL, Set.of()).size();
        }
    }

    /** The window's configuration: the repository opened before (it is reopened), choices in memory. */
    private AppConfig config(CacheSettings cache, boolean rowsFirst) {
        return config(cache, rowsFirst, UnaryOperator.identity());
    }

    private AppConfig config(CacheSettings cache, boolean rowsFirst, UnaryOperator<ProgressMonitor> monitors) {
        RecentRepositories recent = RecentRepositories.inMemory();
        recent.add(repo);
        return new AppConfig(cache, threads, recent, monitors, RememberedChoices.inMemory(), rowsFirst);
    }

    /** One reopening in a new window, as the app opens one; closed when its Treemap is drawn. */
    private Times reopen(CacheSettings cache, boolean rowsFirst) throws Exception {
        return reopen(config(cache, rowsFirst), moment -> { });
    }

    /** The same with this configuration, telling {@code onShown} the moment the window was shown (FX thread). */
    private Times reopen(AppConfig config, java.util.function.Consumer<Moment> onShown) throws Exception {
        CompletableFuture<Moment> timeline = new CompletableFuture<>();
        CompletableFuture<Moment> treemap = new CompletableFuture<>();
        Stage[] stage = new Stage[1];
        MainWindow[] window = new MainWindow[1];
        Platform.runLater(() -> {
            window[0] = new MainWindow(config);
            // The app's size, within the screen (Monocle's headless screen is smaller than 1400 x 860).
            javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
            Scene scene = new Scene(window[0].node(), Math.min(1400, screen.getWidth()), Math.min(860, screen.getHeight()));
            stage[0] = new Stage();
            stage[0].setScene(scene);
            stage[0].show();
            Moment shown = new Moment(System.nanoTime() / 1e9, processCpuSeconds(), Moment.nowSinceJvmStart());
            onShown.accept(shown);
            window[0].openRepository(repo);
            scene.addPostLayoutPulseListener(() -> look(window[0], shown, timeline, treemap));
        });
        try {
            Moment drawn = timeline.get(timeoutSeconds, TimeUnit.SECONDS);
            Moment ready = treemap.get(timeoutSeconds, TimeUnit.SECONDS);
            return new Times(drawn.seconds(), ready.seconds(), drawn.cpu(), ready.cpu(), drawn.sinceJvmStart());
        } catch (TimeoutException e) {
            throw new InputException("bench reopen: the window did not draw within " + timeoutSeconds + " s");
        } finally {
            CompletableFuture<Void> closed = new CompletableFuture<>();
            Platform.runLater(() -> {
                if (window[0] != null) {
                    window[0].shutdown();
                    stage[0].close();
                }
                closed.complete(null);
            });
            closed.get(timeoutSeconds, TimeUnit.SECONDS);
        }
    }

    /**
     * After each pulse's layout (FX thread): the first time the Timeline shows every tag, chooses the
     * Treemap tab; the first time the Treemap shows tiles, the reopening is done.
     */
    private static void look(MainWindow window, Moment shown, CompletableFuture<Moment> timeline,
                             CompletableFuture<Moment> treemap) {
        if (!timeline.isDone() && timelineComplete(window)) {
            timeline.complete(since(shown));
            Platform.runLater(() -> window.selectView("treemap"));
        } else if (timeline.isDone() && !treemap.isDone() && treemapDrawn(window)) {
            treemap.complete(since(shown));
        }
    }

    private static Moment since(Moment start) {
        return new Moment(System.nanoTime() / 1e9 - start.seconds(), processCpuSeconds() - start.cpu(), Moment.nowSinceJvmStart());
    }

    private static boolean timelineComplete(MainWindow window) {
        int tags = window.viewStateProperty().get().axisTags().size();
        Node node = window.node().lookup("#timeline-chart");
        if (tags == 0 || !(node instanceof XYChart<?, ?> chart) || chart.getData().isEmpty()) {
            return false;
        }
        return chart.getData().stream().allMatch(series -> series.getData().size() == tags);
    }

    private static boolean treemapDrawn(MainWindow window) {
        Node map = window.node().lookup("#treemap-map");
        Node title = window.node().lookup("#treemap-title");
        return map instanceof org.oxidation.ui.common.TileMap tiles && !tiles.tiles().isEmpty() && title instanceof Label label
                && !label.getText().endsWith("loading…") && !label.getText().contains("nothing counted yet");
    }
}
