package org.oxidation.ui.app;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.oxidation.model.DirStats;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.oxidation.count.Grouping;
import org.oxidation.git.TagOrder;
import org.oxidation.git.TagSelector;
import org.oxidation.count.origin.OriginResolver;
import org.oxidation.count.origin.OriginSettings;
import org.oxidation.model.ProgressMonitor;
import org.oxidation.model.Snapshot;
import org.oxidation.model.Timeline;
import org.oxidation.chart.Metric;
import org.oxidation.chart.Sampling;
import org.oxidation.chart.ViewState;
import org.oxidation.ui.task.BackgroundTask;

/**
 * The main window's state and actions, free of controls: the current {@link ViewState}, the user's
 * choices, the running count and its progress, and what the status bar says. Counting runs on one
 * daemon thread, so a new count always starts after the previous one has stopped and closed.
 * FX thread only, except where a method says otherwise.
 *
 * <p>Well over 300 lines because it is where the window's choices meet the running count (the
 * state, the count's life, its warnings, and what Copy as command needs: the input and the origin
 * rules, the tag pattern's check and Refresh's report, the sampling's check, and the refs typed into
 * Compare, which must be counted on the one counting thread that holds the open repository; what to do
 * with them lives in {@link CompareRefs}); the origin rules are to move to one place for
 * the count and the window (issue 16). What is remembered across runs lives in {@link RememberedChoices}.
 */
final class MainWindowModel {

    /** How long closing the window waits for a cancelled count to save its cache. */
    private static final long SHUTDOWN_WAIT_SECONDS = 3;

    private final AppConfig config;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "oxidation-count");
        thread.setDaemon(true); // never keeps the JVM alive after the window closed
        return thread;
    });
    /** Touched only on the worker thread. */
    private RepositoryCounter counter;
    /** The thread the window's views work out what they draw on ({@link #drawsOn}); null: they draw at once. */
    private volatile java.util.concurrent.ThreadPoolExecutor chartThread;
    /** The File menu's item that has git fetch a partial clone's missing blobs, named in the dialog that needs it. */
    static final String FETCH_MISSING_BLOBS = "Fetch missing blobs with git (partial clones)";
    /** How long a count waits for the window to draw its cached rows before reading trees beside the drawing. */
    private static final long DRAW_WAIT_SECONDS = 3;

    final ObjectProperty<ViewState> state = new SimpleObjectProperty<>(ViewState.of(new Timeline("", List.of())));
    final StringProperty tagPattern = new SimpleStringProperty(TagSelector.DEFAULT_PATTERN);
    /** The order of the tags counted from a repository, as the count command's --order. */
    final ObjectProperty<TagOrder> tagOrder = new SimpleObjectProperty<>(TagOrder.VERSION);
    /** How a repository is sampled: its release tags, or every month (…) along a branch. */
    final ObjectProperty<Sampling> sampling = new SimpleObjectProperty<>(Sampling.TAGS);
    final ObservableList<String> selectedTags = FXCollections.observableArrayList();
    final ObjectProperty<Grouping> grouping = new SimpleObjectProperty<>(Grouping.KERNEL);
    final ObjectProperty<Metric> metric = new SimpleObjectProperty<>(Metric.LINES);
    final ObjectProperty<Path> repository = new SimpleObjectProperty<>();
    final BooleanProperty hasData = new SimpleBooleanProperty();
    final BooleanProperty excludeVendored = new SimpleBooleanProperty();
    /** False for data read from CSV: it is grouped as it was saved and cannot be regrouped. */
    final BooleanProperty filesKnown = new SimpleBooleanProperty(true);
    final BooleanProperty running = new SimpleBooleanProperty();
    /** In a partial clone, whether git fetches the blobs a tag lacks (it may use the network): off at first. */
    final BooleanProperty missingBlobsViaGit = new SimpleBooleanProperty();
    final DoubleProperty progress = new SimpleDoubleProperty();
    final StringProperty progressText = new SimpleStringProperty("");
    final StringProperty status = new SimpleStringProperty("");
    /** "Rust lines double every 7.5 months (…)" for the samples shown, or "" (the status bar's right end). */
    final StringProperty growth = new SimpleStringProperty("");
    final ObservableList<Path> recent = FXCollections.observableArrayList();

    /**
     * Where the data shown came from, as the export command's input options ({@code --repo PATH},
     * {@code --from-csv FILE} or {@code --sample}), for View → Copy as command.
     */
    final ObjectProperty<List<String>> inputOptions = new SimpleObjectProperty<>(List.of());
    /** The user's origin rules as {@code GLOB=label} lines, for the command line. */
    private List<String> originRuleLines = List.of();
    /** Comparisons through the open count session's repository; set on the worker thread, read on the chart thread. */
    private volatile org.oxidation.chart.compare.ComparisonSource openComparisons;

    private Consumer<String> errorHandler = sentence -> { };
    /** The timeline as counted, before origins are decided; state holds it with them decided. */
    private Timeline rawTimeline;
    private OriginResolver origins = new OriginResolver(OriginSettings.DEFAULT);
    /** The settings of the cached rows in {@link #rawTimeline} (null for data from a CSV). */
    private RepositoryCounter.RowSettings rowsFor;
    /** Each counted tree with its origins decided under {@link #origins}, by the counted tree. */
    private final Map<DirStats, DirStats> resolved = new IdentityHashMap<>();
    private BackgroundTask<CountProgress, CountProgress> currentCount;
    private CountProgress lastProgress;
    /**
     * The warnings of the current count (FX thread): the status keeps them after the count ends, and the
     * status bar's link lists them all.
     */
    /** The tags shown when File → Refresh was chosen, for the status once it is done; null otherwise. */
    private List<String> refreshedFrom;

    final ObservableList<String> countWarnings = FXCollections.observableArrayList();

    MainWindowModel(AppConfig config) {
        this.config = config;
        recent.setAll(config.recent().list());
        grouping.addListener((observable, before, after) -> state.set(withRowsServed(state.get().withGrouping(after))));
        metric.addListener((observable, before, after) -> state.set(state.get().withMetric(after)));
        tagOrder.addListener((observable, before, after) -> {
            state.set(state.get().withOrder(after.name().toLowerCase(java.util.Locale.ROOT)));
            refresh(); // the counted tags are kept: only their order changes
        });
        config.choices().attachTo(this);
        excludeVendored.addListener((observable, before, after) -> state.set(withRowsServed(state.get().withExcluded(after
                ? java.util.Set.of(org.oxidation.model.Origin.Kind.VENDORED, org.oxidation.model.Origin.Kind.GENERATED)
                : java.util.Set.of()))));
    }

    /** True while a repository's remembered grouping is put back: the repository shown is not its own. */
    boolean restoringGrouping;

    AppConfig config() {
        return config;
    }

    /** The grouping remembered for a repository, as one of the toolbar's, or null. */
    private Grouping rememberedGrouping(Path path) {
        String id = config.choices().get(RememberedChoices.groupingKey(path));
        return ChoicesBar.GROUPINGS.stream().filter(g -> g.id().equals(id)).findFirst().orElse(null);
    }

    /** The thread the window's views work out their charts on, for {@link #awaitDrawn}. */
    void drawsOn(java.util.concurrent.ThreadPoolExecutor charts) {
        chartThread = charts;
    }

    /**
     * Count thread: returns once the FX thread has taken what the count published so far, the chart thread
     * has worked out the views' charts of it, and the FX thread has drawn them (each queue runs in order),
     * and no chart was asked for meanwhile (a tab chosen while the rows were drawn: its chart too), or after
     * {@value #DRAW_WAIT_SECONDS} s. A reopening's first drawing is JavaFX's first in the process (its CSS,
     * chart and layout code loaded and compiled then): reading the tree cache beside it took half of the
     * two processors this is measured on ({@code bench reopen --first-window}), and beside the Treemap's
     * first drawing a third of its time.
     */
    private void awaitDrawn() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(DRAW_WAIT_SECONDS);
        boolean settled = false;
        while (!settled && System.nanoTime() < deadline) {
            settled = drawnOnce(deadline);
        }
    }

    /**
     * One round over the FX thread, the chart thread and the FX thread again; whether the chart thread
     * then had nothing more to do (false also when the deadline passed).
     */
    private boolean drawnOnce(long deadline) {
        java.util.concurrent.ThreadPoolExecutor charts = chartThread;
        java.util.concurrent.CompletableFuture<Boolean> idle = new java.util.concurrent.CompletableFuture<>();
        Platform.runLater(() -> {
            if (charts == null) {
                idle.complete(true);
                return;
            }
            try {
                charts.execute(() -> Platform.runLater(() -> idle.complete(charts.getQueue().isEmpty()
                        && charts.getActiveCount() == 0)));
            } catch (java.util.concurrent.RejectedExecutionException closing) {
                idle.complete(true);
            }
        });
        try {
            return idle.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        } catch (java.util.concurrent.ExecutionException e) {
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    /** Receives each error as one sentence, for a dialog. */
    void setErrorHandler(Consumer<String> handler) {
        errorHandler = handler;
    }

    /** Opens a repository and counts its tags; the previous one stays shown until this one has data. */
    void openRepository(Path path) {
        Grouping remembered = path.equals(repository.get()) ? null : rememberedGrouping(path);
        if (remembered != null) {
            restoringGrouping = true; // the repository shown is still the previous one: not its choice
            grouping.set(remembered);
            restoringGrouping = false;
        }
        if (repository.get() != null && !path.equals(repository.get())) {
            sampling.set(Sampling.TAGS); // another repository: its branches are not this one's
        }
        ProgressMonitor warnings = warningsToStatus();
        String pattern = tagPattern.get(); // read here: JavaFX properties belong to the FX thread
        TagOrder order = tagOrder.get();
        ViewState now = state.get();
        RepositoryCounter.RowSettings rows = new RepositoryCounter.RowSettings(now.grouping(), now.excluded(),
                origins.settings(), config.rowsBeforeTrees());
        boolean reopening = !hasData.get() && recent.contains(path.toAbsolutePath().normalize());
        boolean viaGit = missingBlobsViaGit.get();
        Sampling chosen = sampling.get();
        startCount(path, (monitor, publish) -> {
            if (counter == null || !counter.path().equals(path)) {
                RepositoryCounter ahead = ReadAhead.take(path, config, warnings);
                RepositoryCounter opened = ahead != null ? ahead : RepositoryCounter.open(path, config, warnings);
                closeCounter();
                counter = opened;
                openComparisons = opened.comparisons();
            }
            try {
                return counter.count(pattern, order, chosen, rows, viaGit, monitor, publish, this::awaitDrawn);
            } catch (org.oxidation.git.PartialCloneException e) {
                throw new org.oxidation.model.InputException(e.getMessage() + "; or choose File → " + FETCH_MISSING_BLOBS
                        + ", which has git fetch each tag's missing blobs", e);
            }
        });
        if (reopening) {
            showOpening(path);
        }
    }

    /**
     * A repository opened before is reopened: the tabs at once, saying "loading…" until its cached rows
     * (then its trees) arrive, never the welcome screen.
     */
    private void showOpening(Path path) {
        rawTimeline = null;
        String name = org.oxidation.git.RepositoryOpener.displayName(path);
        state.set(state.get().withData(new Timeline(name, List.of()), name, List.of()).withTreesLoading(true));
        hasData.set(true);
        status.set("Opening " + name + "…");
    }

    /**
     * Takes a tag pattern typed by the user and counts the tags it matches; a pattern that is not a
     * regular expression leaves the last good one in place and the status bar says so (FX thread).
     *
     * @return whether the pattern was taken
     */
    boolean applyTagPattern(String text) {
        try {
            TagSelector.compile(text);
        } catch (org.oxidation.model.InputException e) {
            if (!status.get().startsWith(PATTERN_NOT_CHANGED)) {
                statusBeforeBadPattern = status.get();
            }
            status.set(PATTERN_NOT_CHANGED + e.getMessage() + "; the charts still show the tags of "
                    + tagPattern.get() + ".");
            return false;
        }
        statusBeforeBadPattern = "";
        tagPattern.set(text);
        refresh();
        return true;
    }

    private static final String PATTERN_NOT_CHANGED = "Tag pattern not changed: ";
    /** What the status said before it told of a pattern that is not a regular expression. */
    private String statusBeforeBadPattern = "";

    /**
     * Escape in the Tags field: the pattern in use stays, and the status no longer speaks of the one
     * typed (FX thread).
     *
     * @return the pattern in use, for the field
     */
    String keepTagPattern() {
        if (status.get().startsWith(PATTERN_NOT_CHANGED)) {
            status.set(statusBeforeBadPattern);
        }
        return tagPattern.get();
    }

    /**
     * Takes another sampling (release tags, or every month on a branch) and counts its samples; one that
     * cannot be read (an interval such as "3x", a date such as "March") leaves the last one in place and
     * the returned sentence says why (FX thread).
     *
     * @return null when taken, else what is wrong
     */
    String applySampling(Sampling chosen) {
        try {
            if (chosen.byInterval()) {
                org.oxidation.git.Interval.parse(chosen.every());
                org.oxidation.git.IntervalSelector.parseDate("since", chosen.since());
                org.oxidation.git.IntervalSelector.parseDate("until", chosen.until());
            }
        } catch (org.oxidation.model.InputException e) {
            return Sentences.of(e.getMessage());
        }
        sampling.set(chosen);
        refresh();
        return null;
    }

    /**
     * Counts refs for the Compare view on the counting thread, after any count under way, and hands
     * their snapshots (origins decided as the window's) to {@code done}, or the one-sentence reason to
     * {@code failed}, on the FX thread.
     */
    void countRefs(List<String> refs, Consumer<List<Snapshot>> done, Consumer<String> failed) {
        if (repository.get() == null) {
            failed.accept("Only the samples shown can be compared: no repository is open to read "
                    + String.join(" and ", refs) + " from.");
            return;
        }
        ProgressMonitor quiet = new ProgressMonitor() { };
        java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            if (counter == null) {
                throw new org.oxidation.model.InputException("the repository is not open yet");
            }
            return counter.countRefs(refs, quiet);
        }, worker)
                .whenComplete((snapshots, failure) -> Platform.runLater(() -> {
                    if (failure == null) {
                        done.accept(snapshots.stream().map(this::withOrigins).toList());
                    } else {
                        Throwable cause = failure instanceof java.util.concurrent.CompletionException ? failure.getCause() : failure;
                        failed.accept(cause instanceof org.oxidation.model.InputException ? Sentences.of(cause.getMessage())
                                : Sentences.unexpected(cause));
                    }
                }));
    }

    /**
     * File → Refresh: reads the tags again and counts the new ones, saying so in the status bar while it
     * reads and, when done, how many tags were new (FX thread).
     */
    void refreshAndReport() {
        if (repository.get() == null) {
            status.set("Nothing to refresh: open a repository first.");
            return;
        }
        List<String> before = state.get().timeline().tags();
        refresh();
        refreshedFrom = before;
        status.set("Refreshing " + repository.get().getFileName() + ": reading its tags…");
    }

    /** Reads the tags again and counts the new ones; the counted ones are kept. */
    void refresh() {
        refreshedFrom = null;
        if (repository.get() != null) {
            openRepository(repository.get());
        }
    }

    /** Asks the running count to stop; the status says so once it has. */
    void cancel() {
        if (currentCount != null) {
            currentCount.cancel();
            progressText.unbind(); // the task's own message would go on naming the tag being counted
            progressText.set("Cancelling…");
        }
    }

    /**
     * How origins are decided (the user's rules, the profile, markers), for every snapshot shown (never
     * for the repository or the caches).
     */
    void setOrigins(OriginSettings settings) {
        origins = new OriginResolver(settings);
        resolved.clear();
        originRuleLines = settings.rules().describe().lines().toList();
        if (rawTimeline != null) {
            ViewState current = state.get();
            state.set(holdsCachedRows() ? withRowsServed(current) : current.withTimeline(withOrigins(rawTimeline, current)));
        }
    }

    OriginSettings origins() {
        return origins.settings();
    }

    /** The export options that turn off what the window turned off: the profile, the markers. */
    List<String> originSwitches() {
        List<String> switches = new java.util.ArrayList<>();
        if (origins.settings().profile().equals(OriginSettings.NONE)) {
            switches.addAll(List.of("--profile", OriginSettings.NONE));
        }
        if (!origins.settings().markers()) {
            switches.add("--no-markers");
        }
        return switches;
    }

    /** The origin rules as {@code GLOB=label} lines, in order. */
    List<String> originRuleLines() {
        return originRuleLines;
    }

    /** Comparisons through the open repository, or null while none is open. Thread-safe. */
    org.oxidation.chart.compare.ComparisonSource openComparisons() {
        return openComparisons;
    }

    /**
     * The timeline a state shows: each counted tree with its origins decided, and the cached rows of tags
     * whose trees are still to come only when they were made for the state's grouping, left-out origins
     * and origin rules (else those tags wait for their trees: a late picture, never a wrong one).
     */
    private Timeline withOrigins(Timeline timeline, ViewState target) {
        if (resolved.size() > 4 * timeline.snapshots().size()) {
            resolved.clear(); // trees of data no longer shown
        }
        boolean rowsServe = rowsFor == null || rowsFor.serve(target.grouping(), target.excluded(), origins.settings());
        if (!rowsServe && timeline.snapshots().stream().anyMatch(s -> !s.hasFiles())) {
            // Every tag waits for its tree: the few whose trees came first (the recent tree's, the last and
            // the first tag's) would draw a timeline of some of the tags.
            return new Timeline(timeline.source(), List.of());
        }
        // The count decides origins as this window does when it starts; only a later change is decided here.
        boolean decided = rowsFor != null && rowsFor.origins().describe().equals(origins.settings().describe());
        return new Timeline(timeline.source(), timeline.snapshots().stream()
                .map(s -> !s.hasFiles() || decided ? s : s.withRoot(resolved.computeIfAbsent(s.root(), origins::resolve)))
                .toList());
    }

    /** Whether the data shown holds a repository's cached rows whose trees are still to come. */
    private boolean holdsCachedRows() {
        return rowsFor != null && rawTimeline != null && rawTimeline.snapshots().stream().anyMatch(s -> !s.hasFiles());
    }

    /**
     * The target state over the data shown, after a choice changed: cached rows made for other choices give
     * way to "loading…" until the trees are there. Unchanged when no cached rows are in play.
     */
    private ViewState withRowsServed(ViewState target) {
        if (!holdsCachedRows()) {
            return target;
        }
        Timeline shown = withOrigins(rawTimeline, target);
        return target.withData(shown, target.source(), tagsToCome(shown.tags(), selectedTags));
    }

    private Snapshot withOrigins(Snapshot s) {
        return s.hasFiles() ? s.withRoot(resolved.computeIfAbsent(s.root(), origins::resolve)) : s;
    }

    /**
     * Shows data that came from elsewhere (a CSV, the bundled sample); there is no repository to refresh.
     * The views' choices are kept; the tags chosen go back to their defaults.
     *
     * @param input the export command's options that read the same data, e.g. {@code --from-csv FILE}
     */
    void showTimeline(Timeline timeline, String source, List<String> input) {
        cancel();
        currentCount = null;
        running.set(false);
        repository.set(null);
        ViewState current = state.get();
        rawTimeline = timeline;
        countWarnings.clear(); // they were about a repository no longer shown
        rowsFor = null;
        state.set(current.withData(withOrigins(timeline, current), source, List.of()).withTags(null, null).withTag(null)
                .withSampling(Sampling.TAGS, List.of()).withRefSnapshots(List.of()).withTreesLoading(false));
        inputOptions.set(List.copyOf(input));
        filesKnown.set(timeline.snapshots().stream().anyMatch(Snapshot::hasFiles));
        selectedTags.setAll(timeline.tags());
        hasData.set(!timeline.isEmpty());
        status.set(source + ": " + tags(timeline.snapshots().size()) + ".");
    }

    /** Stops counting and closes the repository, waiting a little for the cache to be saved. */
    void shutdown() {
        if (worker.isShutdown()) {
            return; // closed already (the window and the application may both ask)
        }
        cancel();
        worker.execute(this::closeCounter);
        worker.shutdown();
        try {
            // Bounded: at exit a cache save may be lost, never the window's responsiveness for long.
            worker.awaitTermination(SHUTDOWN_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void startCount(Path path, BackgroundTask.Work<CountProgress, CountProgress> work) {
        cancel();
        lastProgress = null;
        BackgroundTask<CountProgress, CountProgress> count = BackgroundTask.<CountProgress, CountProgress>of(
                (monitor, publish) -> work.run(config.monitorWrapper().apply(monitor), publish))
                .unit(sampling.get().byInterval() ? "sample" : "tag");
        currentCount = count;
        // Callbacks of a count that was replaced by a newer one are ignored: it only winds down.
        count.onPartial(partial -> ifCurrent(count, () -> showProgress(path, partial)))
                .onSuccess(done -> ifCurrent(count, () -> finished(summary(done))))
                .onCancelled(() -> ifCurrent(count, this::cancelled))
                .onInputError(message -> ifCurrent(count, () -> failed(Sentences.of(message))))
                .onFailure(failure -> ifCurrent(count, () -> failed(Sentences.unexpected(failure))))
                .onWarning(message -> ifCurrent(count, () -> warned(message)));
        Task<CountProgress> task = count.start(worker);
        progress.bind(task.progressProperty());
        progressText.bind(task.messageProperty());
        running.set(true);
        countWarnings.clear();
        status.set("");
    }

    /** Adds a warning of the data shown (a MAINTAINERS pattern left out) unless the list has it (FX thread). */
    void warnOnce(String message) {
        if (!countWarnings.contains(message)) {
            warned(message);
        }
    }

    /** FX thread. */
    private void warned(String message) {
        countWarnings.add(message);
        status.set("Warning: " + message);
    }

    private void ifCurrent(BackgroundTask<?, ?> count, Runnable action) {
        if (count == currentCount) {
            action.run();
        }
    }

    private void showProgress(Path path, CountProgress partial) {
        ViewState before = state.get();
        if (!path.equals(repository.get())) {
            before = before.withRefSnapshots(List.of()); // refs of another repository
            repository.set(path);
            inputOptions.set(List.of("--repo", path.toAbsolutePath().toString()));
            config.recent().add(path);
            recent.setAll(config.recent().list());
        }
        boolean firstRows = partial.cachedRows() > 0 && (lastProgress == null || lastProgress.cachedRows() == 0);
        lastProgress = partial;
        selectedTags.setAll(partial.selectedTags());
        ViewState current = before.withSampling(partial.sampling(), partial.marks());
        // The user's tag picks stay while more tags arrive; views fall back to defaults for absent tags.
        rawTimeline = partial.timeline();
        rowsFor = partial.rows();
        Timeline shown = withOrigins(partial.timeline(), current);
        state.set(current.withData(shown, partial.timeline().source(), tagsToCome(shown.tags(), partial.selectedTags()))
                .withTreesLoading(true));
        filesKnown.set(true);
        hasData.set(true);
        if (firstRows) {
            // Every tag shown so far came from the caches: its rows, or the recent tree file's last tag.
            status.set(partial.timeline().source() + ": " + tags(partial.timeline().snapshots().size()) + " (cached); loading "
                    + "the trees for Treemap and Compare…");
        }
    }

    /**
     * The chosen tags after the counted ones, when those are the first of the choice (a first count, or a
     * Refresh with newer tags); none when tags are counted between known ones, whose places would move.
     */
    private static List<String> tagsToCome(List<String> counted, List<String> chosen) {
        boolean prefix = counted.size() <= chosen.size() && chosen.subList(0, counted.size()).equals(counted);
        return prefix ? chosen.subList(counted.size(), chosen.size()) : List.of();
    }

    private String summary(CountProgress done) {
        List<String> counted = done.timeline().tags();
        if (refreshedFrom != null) {
            long added = counted.stream().filter(tag -> !refreshedFrom.contains(tag)).count();
            refreshedFrom = null;
            return done.timeline().source() + ": refreshed, " + (added == 0 ? "no new tag" : tags((int) added)
                    .replace("tag", "new tag")) + " (" + tags(counted.size()) + ").";
        }
        if (done.sampling().byInterval()) {
            int samples = done.timeline().snapshots().size();
            return done.timeline().source() + ": " + samples + (samples == 1 ? " sample" : " samples") + " counted ("
                    + done.sampling().describe() + ").";
        }
        return done.timeline().source() + ": " + tags(done.timeline().snapshots().size()) + " counted.";
    }

    private static String tags(int count) {
        return count == 1 ? "1 tag" : count + " tags";
    }

    private String cancelledSummary() {
        int counted = lastProgress == null ? 0 : lastProgress.timeline().snapshots().size();
        int selected = lastProgress == null ? 0 : lastProgress.selectedTags().size();
        return cancelledSummary(counted, selected, lastProgress != null && lastProgress.sampling().byInterval());
    }

    /** "Cancelled: 1 of 3 tags counted.", or of samples when a branch was sampled by date. */
    static String cancelledSummary(int counted, int selected, boolean samples) {
        return "Cancelled: " + counted + " of " + selected + (samples ? " samples" : " tags") + " counted.";
    }

    /** A cancelled count: the trees of cached rows it left unloaded will not come, and the views say so. */
    private void cancelled() {
        String summary = cancelledSummary();
        finished(summary);
        if (holdsCachedRows()) {
            state.set(state.get().withTreesCancelled());
        }
    }

    private void finished(String summary) {
        boolean rowsLeft = holdsCachedRows();
        if (!state.get().tagsToCome().isEmpty() || state.get().treesLoading() != rowsLeft) {
            // A cancelled count leaves tags uncounted, and the trees of its cached rows unloaded.
            state.set(state.get().withTagsToCome(List.of()).withTreesLoading(rowsLeft));
        }
        if (rawTimeline == null) {
            hasData.set(false); // a reopening that failed before any data: back to the welcome screen
        }
        progress.unbind();
        progressText.unbind();
        running.set(false);
        currentCount = null;
        status.set((summary + warningsSuffix()).strip());
    }

    /** " Warning: …" for one warning of the count that ended, " Last warning: …" for more (the link counts them). */
    private String warningsSuffix() {
        if (countWarnings.isEmpty()) {
            return "";
        }
        String last = countWarnings.get(countWarnings.size() - 1);
        return countWarnings.size() == 1 ? " Warning: " + last
                : " Last warning: " + last;
    }

    private void failed(String sentence) {
        finished("");
        errorHandler.accept(sentence);
    }

    private ProgressMonitor warningsToStatus() {
        return new ProgressMonitor() {
            @Override
            public void warn(String message) {
                Platform.runLater(() -> warned(message));
            }
        };
    }

    /** Worker thread only. */
    private void closeCounter() {
        openComparisons = null;
        if (counter != null) {
            counter.close();
            counter = null;
        }
    }
}
