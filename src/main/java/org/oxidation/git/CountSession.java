package org.oxidation.git;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.oxidation.count.BreakdownDelta;
import org.oxidation.count.Grouping;
import org.oxidation.count.LanguageRules;
import org.oxidation.count.origin.OriginResolver;
import org.oxidation.count.origin.OriginSettings;
import org.oxidation.count.Subsystems;
import org.oxidation.model.Breakdown;
import org.oxidation.model.DirStats;
import org.oxidation.model.InputException;
import org.oxidation.model.Origin;
import org.oxidation.model.ProgressMonitor;
import org.oxidation.model.Snapshot;
import org.oxidation.model.TagComparison;
import org.oxidation.model.Timeline;

/**
 * Counting one repository from start to end: opens it read-only, loads the cached trees when a tag is
 * sampled (and, when a tag needs counting, the cached blob counts), samples tags, and saves the caches
 * every {@value #CHECKPOINT_SECONDS} seconds while counting and on close. A cancelled run keeps all it
 * counted; a killed one keeps what it counted up to the last checkpoint. The tree cache grows by
 * appending ({@link TreeStore}), so a checkpoint costs what was counted since the last one.
 *
 * <p>{@link #breakdowns} serves the CSV's rows from a third cache ({@link BreakdownStore}) keyed by
 * root tree and grouping settings; when only a few tags lack rows (what a fetch brings), those are
 * sampled straight from git, without loading the tree cache, so that a run after a fetch costs what is
 * new rather than what the history holds.
 *
 * <p>Not thread-safe: one thread samples; the checkpoint runs beside it.
 *
 * <p>The last tag it sampled, in the order its tags were listed, is kept in a small file of its own ({@link RecentTree}, through
 * {@link RecentTreeKeeper}): a fetch's new tag is sampled against it, and {@link #recentSnapshot} answers
 * from it alone.
 *
 * <p>Over 300 lines because it owns the caches' lifecycle (load, checkpoint, save, close) around the sampler; the stores, the sampler and the tree facts are classes of their own.
 */
public final class CountSession implements AutoCloseable {

    static final int CHECKPOINT_SECONDS = 20;

    private final Path path;
    private final Repository repository;
    private final BlobCounts blobCounts = new BlobCounts();
    private BlobCountStore store;
    private TreeStore treeStore;
    private boolean treesLoaded;
    private long savedTrees;
    private BreakdownStore breakdownStore;
    private boolean breakdownsLoaded;
    /** Cleared (with one warning) when a save fails: the rows already known still serve this run. */
    private volatile boolean savingBreakdowns = true;
    private final HistorySampler sampler;
    private final ProgressMonitor warnings;
    private final ScheduledExecutorService checkpoints;
    private boolean blobsLoaded;
    /** Set when the blob file was checked for appending without loading its counts ({@link BlobCountStore#attach}). */
    private boolean blobsAttached;
    private final RecentTreeKeeper recent;
    /** The sampler holds the recent tree but not the tree cache: a tag's few new blobs are counted without the blob file. */
    private boolean recentPreloaded;
    private OriginResolver origins = new OriginResolver(OriginSettings.DEFAULT);
    private final Set<String> reportedWarnings = new java.util.HashSet<>();
    /** The cache folder is made at the first save, so a repository with nothing to count leaves none behind. */
    private Boolean cacheFolderUsable;
    private final CacheSettings cache;
    private final LanguageRules rules;
    private boolean missingBlobsViaGit;
    /** How long git may take to fetch one tag's missing blobs before it is stopped. */
    private java.time.Duration gitFetchBound = DEFAULT_GIT_FETCH_BOUND;
    /** Long enough for a kernel tag's blobs over a slow link, short enough that a dead remote ends. */
    public static final java.time.Duration DEFAULT_GIT_FETCH_BOUND = java.time.Duration.ofMinutes(30);
    /** The tags of the current count, for the partial clone's sentence. */
    private List<ReleaseTag> chosen = List.of();
    /** The last tag sampled and the one sampled before it: {@link #rememberRows} works from the one before. */
    private ReleaseTag lastSampled;
    private ReleaseTag sampledBefore;
    /** Whether the sampler has directory versions: seeded from a cached tree ({@link #seedVersions}) or made by a scan. */
    private boolean versionsSeeded;
    /** Held while a tag is sampled: the tree cache is saved between tags, never in the middle of one. */
    private final Object sampling = new Object();

    private CountSession(Path path, Repository repository, CacheSettings cache, int threads, ProgressMonitor warnings) {
        this.path = path;
        this.repository = repository;
        this.warnings = warnings;
        this.cache = cache;
        this.rules = LanguageRules.standard();
        this.store = cache.enabled() ? usableStore(cache, repository, rules, warnings) : null;
        this.sampler = new HistorySampler(repository, rules, blobCounts, threads);
        sampler.beforeBlobCountsAreAsked(this::loadBlobCountsIfUseful); // a run whose trees are all cached never needs them
        recent = new RecentTreeKeeper(store == null ? null
                : new RecentTree(store.file().resolveSibling("recent-rules" + rules.version() + ".bin"), rules.version()),
                sampling, warnings::warn);
        if (store != null) {
            treeStore = new TreeStore(store.file().resolveSibling("trees-rules" + rules.version() + ".bin"), rules.version());
            breakdownStore = new BreakdownStore(store.file().resolveSibling("breakdowns-rules" + rules.version() + ".bin"),
                    rules.version());
        }
        this.checkpoints = store == null ? null : Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "oxidation-cache-checkpoint");
            thread.setDaemon(true);
            return thread;
        });
        if (checkpoints != null) {
            checkpoints.scheduleWithFixedDelay(this::checkpoint, CHECKPOINT_SECONDS, CHECKPOINT_SECONDS, TimeUnit.SECONDS);
        }
    }

    public static CountSession open(Path path, CacheSettings cache, int threads, ProgressMonitor warnings) {
        Repository repository = RepositoryOpener.open(path);
        try {
            return new CountSession(path, repository, cache, threads, warnings);
        } catch (RuntimeException e) {
            repository.close();
            throw e;
        }
    }

    /**
     * Compares two snapshots counted from this session's repository through the repository it has open
     * (git's rename detection for the Rust file lists), so that no caller opens a second one. Thread-safe
     * for reading, as JGit's repository is.
     */
    public TagComparison compare(Snapshot a, Snapshot b, Grouping grouping, Set<Origin.Kind> excluded) {
        return TagComparer.compare(repository, a, b, grouping, excluded);
    }

    public Repository repository() {
        return repository;
    }

    /** The repository's short name for titles and file names. */
    public String displayName() {
        return RepositoryOpener.displayName(path);
    }

    /** The tags matching {@code pattern} in this order: the order the recent tree file keeps the last of. */
    public List<ReleaseTag> tags(Pattern pattern, TagOrder order) {
        List<ReleaseTag> tags = TagSelector.select(repository, pattern, order, warnings);
        recent.listed(tags);
        return tags;
    }

    /**
     * In a partial clone, has the git executable fetch the blobs a tag lacks (off by default: it may use
     * the network, and git writes what it fetches into the repository).
     */
    public void setMissingBlobsViaGit(boolean viaGit) {
        this.missingBlobsViaGit = viaGit;
    }

    /** How long git may take to fetch one tag's missing blobs before it is stopped with an error. */
    public void setGitFetchBound(java.time.Duration bound) {
        this.gitFetchBound = bound;
    }

    /** Samples the refs as given (see {@link RefSelector}). */
    public List<ReleaseTag> refs(List<String> refs) {
        return RefSelector.select(repository, refs);
    }

    /** Samples along a branch at fixed intervals (see {@link IntervalSelector}), oldest first. */
    public List<ReleaseTag> samples(IntervalSelector.Request request) {
        List<ReleaseTag> samples = IntervalSelector.select(repository, request);
        recent.listed(samples);
        return samples;
    }

    /** The tags matching {@code pattern} in REF's history, for marking on a time axis (see {@link IntervalSelector#reachable}). */
    public List<ReleaseTag> tagsOn(String ref, Pattern pattern) {
        return IntervalSelector.reachable(repository, ref, TagSelector.select(repository, pattern, TagOrder.DATE, warnings));
    }

    /** How every later snapshot's origins are decided (the user's rules, the profile, markers). */
    public void setOrigins(OriginSettings settings) {
        this.origins = new OriginResolver(settings);
    }

    /** Samples the tags in turn, handing each snapshot to {@code onSnapshot} as soon as it is made. */
    public Timeline sampleAll(List<ReleaseTag> tags, ProgressMonitor monitor, Consumer<Snapshot> onSnapshot) {
        chosen = List.copyOf(tags);
        loadTrees();
        startLoadingBlobCountsIfNeeded(tags);
        Timeline timeline = new Timeline(displayName(), List.of());
        for (int i = 0; i < tags.size(); i++) {
            monitor.beginTask(tags.get(i).name(), i + 1, tags.size());
            Snapshot snapshot = sample(tags.get(i), monitor);
            timeline = timeline.with(snapshot);
            onSnapshot.accept(snapshot);
        }
        return timeline;
    }

    /**
     * Each tag's rows under one grouping, in order, as a snapshot without files and its breakdown: from
     * the breakdown cache where it has them, else sampled, grouped and cached. When at most two tags, or
     * a tenth of them, lack rows (new since the last run), those are sampled from git without loading the
     * tree cache, whose size grows with the whole history.
     */
    public void breakdowns(List<ReleaseTag> tags, Grouping grouping, Set<Origin.Kind> excluded,
                           ProgressMonitor monitor, BiConsumer<Snapshot, Breakdown> onEach) {
        String settings = settings(grouping, excluded);
        chosen = List.copyOf(tags);
        recent.startLoading(); // beside the breakdown cache: a fetch's new tag is sampled against it
        loadBreakdowns();
        List<ReleaseTag> missing = new ArrayList<>();
        for (ReleaseTag tag : tags) {
            if (cachedBreakdown(tag, settings) == null) {
                missing.add(tag);
            }
        }
        if (missing.size() > Math.max(2, tags.size() / 10)) {
            // Not just a fetch's new tags (a first run, a new grouping, more tags chosen): the cached trees
            // may hold them, and the ones counted now belong in the tree cache.
            loadTrees();
        } else if (!missing.isEmpty()) {
            preloadRecent();
        }
        if (!recentPreloaded) {
            startLoadingBlobCountsIfNeeded(missing);
        }
        ReleaseTag lastMissing = missing.isEmpty() ? null : missing.get(missing.size() - 1);
        Snapshot before = null; // a tag before this one whose counted tree and rows are known
        Breakdown beforeRows = null;
        for (int i = 0; i < tags.size(); i++) {
            ReleaseTag tag = tags.get(i);
            monitor.beginTask(tag.name(), i + 1, tags.size());
            Breakdown breakdown = cachedBreakdown(tag, settings);
            if (breakdown == null) {
                // The recent tree is saved beside the last new tag's origins, grouping and the caller's rows.
                Snapshot counted = sample(tag, monitor, tag != lastMissing ? () -> { }
                        : () -> recent.startSaving(sampler, this::cacheFolderUsable));
                warnOnce(grouping.forSnapshot(counted).warnings());
                if (before == null) { // the rows may be worked out from a cached tag's, whose tree is held
                    ReleaseTag base = cachedAndHeld(tags.subList(0, i), settings);
                    before = base == null ? null : countedIfKnown(base);
                    beforeRows = base == null ? null : cachedBreakdown(base, settings);
                }
                breakdown = rowsOf(counted, before, beforeRows, grouping, excluded);
                if (breakdownStore != null) {
                    breakdownStore.put(tag.tree(), settings, breakdown);
                }
                before = counted;
                beforeRows = breakdown;
            }
            onEach.accept(Snapshot.fromBreakdown(tag.name(), tag.commit().name(), tag.date(), breakdown), breakdown);
        }
    }

    /**
     * A counted tag's rows: from the tag before it where {@link BreakdownDelta} can work them out from the
     * parts of the trees that differ, else every file's origin decided and grouped.
     */
    private Breakdown rowsOf(Snapshot counted, Snapshot before, Breakdown beforeRows, Grouping grouping,
                             Set<Origin.Kind> excluded) {
        if (before != null) {
            Optional<Breakdown> delta = BreakdownDelta.next(beforeRows, before, counted, grouping, excluded, origins);
            if (delta.isPresent()) {
                return delta.get();
            }
        }
        return Subsystems.breakdown(origins.resolve(counted), grouping, excluded);
    }

    /** The last of these tags whose rows are cached and whose counted tree the sampler holds, or null. */
    private ReleaseTag cachedAndHeld(List<ReleaseTag> earlier, String settings) {
        synchronized (sampling) {
            for (int i = earlier.size() - 1; i >= 0; i--) {
                ReleaseTag tag = earlier.get(i);
                if (sampler.knows(tag.tree()) && cachedBreakdown(tag, settings) != null) {
                    return tag;
                }
            }
            return null;
        }
    }

    /** The tag's counted tree as a snapshot (origins not decided), when the sampler holds it; else null. */
    private Snapshot countedIfKnown(ReleaseTag tag) {
        synchronized (sampling) {
            DirStats root = sampler.trees().get(tag.tree());
            return root == null ? null : Snapshot.counted(tag.name(), tag.commit().name(), tag.date(), root.withName(""))
                    .withMaintainers(sampler.maintainersText(tag));
        }
    }

    /**
     * The tags whose rows under these settings (and this session's origin settings) the breakdown cache
     * holds, by tag name, as snapshots without files: what a window reopening the repository draws before
     * any tree is loaded. Reads no git object and not the tree cache.
     */
    public Map<String, Snapshot> cachedRows(List<ReleaseTag> tags, Grouping grouping, Set<Origin.Kind> excluded) {
        String settings = settings(grouping, excluded);
        loadBreakdowns();
        Map<String, Snapshot> rows = new LinkedHashMap<>();
        for (ReleaseTag tag : tags) {
            Breakdown breakdown = cachedBreakdown(tag, settings);
            if (breakdown != null) {
                rows.put(tag.name(), Snapshot.fromBreakdown(tag.name(), tag.commit().name(), tag.date(), breakdown));
            }
        }
        return rows;
    }

    /**
     * Keeps a counted snapshot's rows under these settings in the breakdown cache, unless it has them, so
     * that the next {@link #cachedRows} (a window reopening the repository) finds them. The snapshot must
     * be one this session sampled (its origins decided by this session's settings).
     */
    public void rememberRows(ReleaseTag tag, Snapshot counted, Grouping grouping, Set<Origin.Kind> excluded) {
        String settings = settings(grouping, excluded);
        loadBreakdowns();
        if (breakdownStore != null && cachedBreakdown(tag, settings) == null) {
            breakdownStore.put(tag.tree(), settings, rowsAfterSampled(tag, counted, grouping, excluded, settings));
        }
    }

    /**
     * The rows of a snapshot this session sampled, worked out from those of the tag sampled before it when
     * they are cached (a Refresh: the tag before is the reopened window's), else grouped whole.
     */
    private Breakdown rowsAfterSampled(ReleaseTag tag, Snapshot resolved, Grouping grouping, Set<Origin.Kind> excluded,
                                       String settings) {
        ReleaseTag base = sampledBefore;
        Breakdown baseRows = base == null || !tag.equals(lastSampled) ? null : cachedBreakdown(base, settings);
        Snapshot before = baseRows == null ? null : countedIfKnown(base);
        Snapshot counted = before == null ? null : countedIfKnown(tag);
        if (counted != null) {
            Optional<Breakdown> delta = BreakdownDelta.next(baseRows, before, counted, grouping, excluded, origins);
            if (delta.isPresent()) {
                return delta.get();
            }
        }
        return Subsystems.breakdown(resolved, grouping, excluded);
    }

    /**
     * The tag's counted snapshot, when the recent tree file (the last tag a session sampled, see
     * {@link RecentTreeKeeper}) holds the tag's root tree: the same snapshot as sampling the tag gives (origins
     * decided under this session's origin settings, its MAINTAINERS text attached), read from that small
     * file alone, neither the tree cache nor the blob cache; empty otherwise. It lets a window draw the
     * last tag's Treemap before the whole tree cache is loaded.
     *
     * <p>Call it on the thread that samples (it reads MAINTAINERS through the sampler's reader), e.g.
     * before {@link #sampleAll}; the checkpoint thread may run beside it.
     */
    public Optional<Snapshot> recentSnapshot(ReleaseTag tag) {
        return recentSnapshot(tag, origins);
    }

    /**
     * Starts reading the recent tree file on a thread of its own now, as {@link #breakdowns} otherwise does
     * after the tags are listed: a run after a fetch samples its new tag against it, and its decoding
     * (100,000 files) took longer than listing the tags and loading the breakdown cache beside it. A run
     * whose tags all have rows spends the processor time and never waits for it.
     */
    public void startReadingRecentTree() {
        recent.startLoading();
    }

    /** Loads the tree cache now, as the first {@link #sampleAll} otherwise does (for timing it alone). */
    public void loadTreeCache() {
        loadTrees();
    }

    /** Each of the grouping's warnings once per session: most tags share their MAINTAINERS sections. */
    private void warnOnce(List<String> groupingWarnings) {
        for (String warning : groupingWarnings) {
            if (reportedWarnings.add(warning)) {
                warnings.warn(warning);
            }
        }
    }

    /** Whether this session has read the tree cache (a session serving cached breakdowns need not). */
    boolean treesLoaded() {
        return treesLoaded;
    }

    /** Whether this session has read the blob cache (a run after a fetch may count its few new blobs without it). */
    boolean blobCountsLoaded() {
        return blobsLoaded;
    }

    /** Samples a tag with its origins decided. */
    private Snapshot sample(ReleaseTag tag, ProgressMonitor monitor) {
        return origins.resolve(sample(tag, monitor, () -> { }));
    }

    /** Samples a tag, its origins not decided; {@code whenCounted} runs once its tree is counted. */
    private Snapshot sample(ReleaseTag tag, ProgressMonitor monitor, Runnable whenCounted) {
        Snapshot counted;
        synchronized (sampling) {
            try {
                if (!sampler.knows(tag.tree())) {
                    versionsSeeded = true; // the scans make the versions from now on
                }
                counted = sampler.sample(tag, monitor);
                recent.sampled(tag);
            } catch (InputException e) {
                if (e.getCause() instanceof MissingObjectException && missingBlobsViaGit) {
                    PartialClone.fetchMissingBlobs(repository, tag, rules, monitor, gitFetchBound);
                    counted = sampler.sample(tag, monitor);
                    recent.sampled(tag);
                } else if (e.getCause() instanceof MissingObjectException) {
                    // In a partial clone say why, and for which of the tags still to count.
                    throw PartialClone.explain(repository, path.toString(), chosen.subList(Math.max(0, chosen.indexOf(tag)),
                            chosen.size()), rules, e);
                } else {
                    throw e;
                }
            }
        }
        sampledBefore = lastSampled;
        lastSampled = tag;
        whenCounted.run();
        return counted;
    }

    /**
     * Gives the sampler the directory versions of the cached tag a new one most likely follows
     * ({@link RecentTreeKeeper#likeliestBase}), for {@link NewTagWarmUp}: trees loaded from a cache bring
     * none, so a new tag's scan would look up every counted file of a changed directory by blob. Not done
     * before a scan instead: on 100 synthetic tags seeding took 0.1-0.4 s (indexing the loaded files'
     * blobs 0.1 s of it), the scan it spares 0.05 s of CPU. Once per session, and not after a scan made
     * versions; nothing when the base is not held.
     */
    void seedVersions() {
        synchronized (sampling) {
            if (versionsSeeded) {
                return;
            }
            ObjectId base = recent.likeliestBase();
            if (base != null && sampler.knows(base)) {
                versionsSeeded = true;
                sampler.seedVersions(base);
            }
        }
    }

    /** Whether the sampler was given a cached tag's directory versions, or made its own in a scan. */
    boolean versionsSeeded() {
        synchronized (sampling) {
            return versionsSeeded;
        }
    }

    /** How many files this session's scans found unchanged through their directories' versions (for tests). */
    long filesFoundInVersions() {
        synchronized (sampling) {
            return sampler.filesFoundInVersions();
        }
    }

    /**
     * Gives the sampler the recent tree instead of the tree cache: a fetch's new tag then reuses the
     * subtrees and files it shares with the last tag counted before, by tree and blob id.
     */
    private void preloadRecent() {
        synchronized (sampling) {
            if (!treesLoaded && !recentPreloaded) {
                recent.loaded().ifPresent(loaded -> {
                    sampler.preload(loaded.contents());
                    recentPreloaded = true;
                });
            }
        }
    }

    /**
     * Loads the blob counts before a tag's queued blobs are looked up in them, unless the sampler holds
     * only the recent tree and the tag queued few blobs for the files of the trees it read: then they
     * are the tag's changes, new blobs that the blob file (hundreds of thousands of counts, all decoded
     * to be asked) would not hold, and they are counted at once. A tag far from the recent one (another
     * branch) queues most of its files, which earlier tags may well have counted.
     */
    private void loadBlobCountsIfUseful(int queued, int scannedFiles) {
        if (!recentPreloaded || treesLoaded || queued > Math.max(FEW_QUEUED, scannedFiles / 4)) {
            loadBlobCounts();
        }
    }

    /** Queued blobs never worth loading the blob file for: reading them costs milliseconds. */
    private static final int FEW_QUEUED = 64;

    private void startLoadingBlobCountsIfNeeded(List<ReleaseTag> tags) {
        if (tags.stream().anyMatch(tag -> !sampler.knows(tag.tree()))) {
            // Load the blob counts beside the cached tags and the first new tag's scan; after its scan that
            // tag waits for them (HistorySampler.beforeBlobCountsAreAsked).
            Thread loader = new Thread(this::loadBlobCounts, "oxidation-cache-load");
            loader.setDaemon(true);
            loader.start();
        }
    }

    private Breakdown cachedBreakdown(ReleaseTag tag, String settings) {
        return breakdownStore == null ? null : breakdownStore.get(tag.tree(), settings);
    }

    /** What, besides the tree, decides a tag's rows (the counting rules version names the file). */
    private String settings(Grouping grouping, Set<Origin.Kind> excluded) {
        return "group " + grouping.id() + "\nexclude " + new java.util.TreeSet<>(excluded) + "\norigins\n"
                + origins.settings().describe();
    }

    private void loadTrees() {
        synchronized (sampling) {
            if (!treesLoaded) {
                treesLoaded = true;
                if (treeStore != null) {
                    sampler.preload(treeStore.load(warnings::warn));
                }
            }
        }
    }

    private void loadBreakdowns() {
        if (!breakdownsLoaded && breakdownStore != null) {
            breakdownsLoaded = true;
            breakdownStore.load(warnings::warn);
        }
    }

    /** Blobs read from the repository by this session (cached ones are not read). */
    public long blobsRead() {
        return sampler.blobsRead();
    }

    /** How many blob counts are known (loaded from the cache or counted). */
    public int knownBlobs() {
        loadBlobCounts();
        return blobCounts.size();
    }

    private synchronized void loadBlobCounts() {
        if (!blobsLoaded) {
            blobsLoaded = true;
            if (store != null) {
                store.loadInto(blobCounts, warnings::warn);
            }
        }
    }

    private synchronized void save() {
        if (store == null || (!blobsLoaded && !blobCounts.hasUnsaved()) || !cacheFolderUsable()) {
            return;
        }
        try {
            if (!blobsLoaded && !blobsAttached) {
                blobsAttached = true;
                store.attach(warnings::warn); // counted without loading the file: append to it as it is
            }
            store.save(blobCounts);
        } catch (IOException | RuntimeException e) {
            // Counting goes on without the cache; one warning, not one per tag.
            warnings.warn("cannot save the count cache in " + store.file().getParent() + " (" + describe(e)
                    + "); counting goes on without it");
            store = null;
        }
    }

    private void checkpoint() {
        save();
        saveTrees();
        saveBreakdowns();
    }

    /** Saves the rows made since the last save (nothing until they were loaded: {@link BreakdownStore#save}). */
    private void saveBreakdowns() {
        if (breakdownStore == null || !savingBreakdowns || !breakdownsLoaded || !cacheFolderUsable()) {
            return;
        }
        try {
            breakdownStore.save();
        } catch (IOException | RuntimeException e) {
            savingBreakdowns = false;
            warnings.warn("cannot save the breakdown cache " + breakdownStore.file() + " (" + describe(e) + ")");
        }
    }

    /**
     * Appends the trees counted since the last save, between two tags. Not when the tree cache was never
     * read: its nodes are numbered from what it holds, so the new trees could only replace it.
     */
    private void saveTrees() {
        synchronized (sampling) {
            long built = sampler.treesBuilt();
            if (treeStore == null || !treesLoaded || built == savedTrees || !cacheFolderUsable()) {
                return;
            }
            try {
                treeStore.save(sampler.trees(), sampler::blobOf, sampler::previousVersionOf);
                savedTrees = built;
            } catch (IOException | RuntimeException e) {
                warnings.warn("cannot save the tree cache " + treeStore.file() + " (" + describe(e) + ")");
                treeStore = null;
            }
        }
    }

    @Override
    public void close() {
        if (checkpoints != null) {
            stopCheckpoints();
        }
        try {
            checkpoint();
            recent.finish(sampler, this::cacheFolderUsable);
        } finally {
            sampler.close();
            repository.close();
        }
    }

    /**
     * Lets a checkpoint that is writing finish rather than interrupting it: an interrupted write closes its
     * file channel and fails, and the rows or trees it held would miss the final save.
     */
    private void stopCheckpoints() {
        checkpoints.shutdown();
        try {
            if (!checkpoints.awaitTermination(CHECKPOINT_SECONDS, TimeUnit.SECONDS)) {
                checkpoints.shutdownNow();
            }
        } catch (InterruptedException e) {
            checkpoints.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The blob store, or null with one warning when the cache folder could not be made (a file is in the
     * way). The folder itself is made by the first save ({@link #cacheFolderUsable}).
     */
    private static BlobCountStore usableStore(CacheSettings cache, Repository repository, LanguageRules rules,
                                              ProgressMonitor warnings) {
        Path file = CacheLocation.blobCountsFile(cache.root(), repository, rules.version());
        Path existing = file.getParent();
        while (existing != null && !java.nio.file.Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing != null && !java.nio.file.Files.isDirectory(existing)) {
            warnings.warn("cannot use the cache directory " + cache.root() + " (not a directory); counting goes on without it");
            return null;
        }
        return new BlobCountStore(file, rules.version());
    }

    /**
     * Makes the cache folder when the first save needs it; when it cannot be made, one warning and no
     * cache for the rest of the session.
     */
    private synchronized boolean cacheFolderUsable() {
        if (cacheFolderUsable == null) {
            try {
                java.nio.file.Files.createDirectories(store.file().getParent());
                cacheFolderUsable = true;
            } catch (IOException | RuntimeException e) {
                warnings.warn("cannot use the cache directory " + cache.root() + " (" + describe(e)
                        + "); counting goes on without it");
                cacheFolderUsable = false;
            }
        }
        return cacheFolderUsable;
    }

    static String describe(Exception e) {
        String name = e.getClass().getSimpleName();
        return switch (name) {
            case "AccessDeniedException" -> "permission denied";
            case "FileAlreadyExistsException", "NotDirectoryException" -> "a file is in the way";
            default -> e instanceof java.nio.file.FileSystemException f && f.getReason() != null
                    ? f.getReason().toLowerCase(java.util.Locale.ROOT)
                    : e.getMessage() == null ? name : e.getMessage();
        };
    }

    /**
     * {@link #recentSnapshot(ReleaseTag)} with its origins decided by {@code resolver} instead of this
     * session's settings, so that a thread reading it ahead (a window's read-ahead, while the toolkit starts)
     * never reads the settings another thread sets. The same locking as {@link #recentSnapshot(ReleaseTag)}.
     */
    public Optional<Snapshot> recentSnapshot(ReleaseTag tag, OriginResolver resolver) {
        DirStats root;
        String maintainers;
        synchronized (sampling) {
            root = recent.loaded().map(loaded -> loaded.contents().trees().get(tag.tree())).orElse(null);
            if (root == null) {
                return Optional.empty();
            }
            maintainers = sampler.maintainersText(tag);
        }
        return Optional.of(resolver.resolve(Snapshot.counted(tag.name(), tag.commit().name(), tag.date(), root.withName(""))
                .withMaintainers(maintainers)));
    }
}
