package org.oxidation.git;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.ObjectId;
import org.oxidation.model.DirStats;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.eclipse.jgit.lib.Repository;
import org.oxidation.count.LanguageRules;
import org.oxidation.count.OriginRules;
import org.oxidation.model.ProgressMonitor;
import org.oxidation.model.Snapshot;
import org.oxidation.model.Timeline;

/**
 * Counting one repository from start to end: opens it read-only, loads the cached trees (and, when a
 * tag needs counting, the cached blob counts), samples tags, and saves the blob counts every
 * {@value #CHECKPOINT_SECONDS} seconds while counting and both caches on close. A cancelled run keeps
 * all it counted; a killed one keeps its blob counts up to the last checkpoint (its trees are rebuilt
 * from them without reading a blob). The tree cache is written on close only: it holds the whole
 * history, and writing it during the run would cost time that grows with the history.
 *
 * <p>Not thread-safe: one thread samples; the checkpoint runs beside it.
 */
public final class CountSession implements AutoCloseable {

    static final int CHECKPOINT_SECONDS = 20;

    private final Path path;
    private final Repository repository;
    private final BlobCounts blobCounts = new BlobCounts();
    private BlobCountStore store;
    private TreeStore treeStore;
    private int savedTrees;
    private final HistorySampler sampler;
    private final ProgressMonitor warnings;
    private final ScheduledExecutorService checkpoints;
    private int savedSize;
    private boolean blobsLoaded;
    private OriginRules originRules = OriginRules.NONE;

    private CountSession(Path path, Repository repository, CacheSettings cache, int threads, ProgressMonitor warnings) {
        this.path = path;
        this.repository = repository;
        this.warnings = warnings;
        LanguageRules rules = LanguageRules.standard();
        this.store = cache.enabled() ? usableStore(cache, repository, rules, warnings) : null;
        this.sampler = new HistorySampler(repository, rules, blobCounts, threads);
        if (store != null) {
            treeStore = new TreeStore(store.file().resolveSibling("trees-rules" + rules.version() + ".bin"), rules.version());
            Map<ObjectId, DirStats> trees = treeStore.load(warnings::warn);
            sampler.preload(trees);
            savedTrees = trees.size();
        }
        this.checkpoints = store == null ? null : Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "oxidation-cache-checkpoint");
            thread.setDaemon(true);
            return thread;
        });
        if (checkpoints != null) {
            checkpoints.scheduleWithFixedDelay(this::save, CHECKPOINT_SECONDS, CHECKPOINT_SECONDS, TimeUnit.SECONDS);
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

    public Repository repository() {
        return repository;
    }

    /** The repository's short name for titles and file names. */
    public String displayName() {
        return RepositoryOpener.displayName(path);
    }

    public List<ReleaseTag> tags(Pattern pattern, TagOrder order) {
        return TagSelector.select(repository, pattern, order, warnings);
    }

    /** Marks the directories the user's rules name as vendored or generated in every later snapshot. */
    public void setOriginRules(OriginRules rules) {
        this.originRules = rules;
    }

    /** Samples the tags, saving the cache after each one. */
    public Timeline sampleAll(List<ReleaseTag> tags, ProgressMonitor monitor, Consumer<Snapshot> onSnapshot) {
        Timeline timeline = new Timeline(displayName(), List.of());
        for (int i = 0; i < tags.size(); i++) {
            if (!sampler.knows(tags.get(i).tree())) {
                loadBlobCounts(); // only now: a run whose trees are all cached never needs them
            }
            monitor.beginTask(tags.get(i).name(), i + 1, tags.size());
            Snapshot counted = sampler.sample(tags.get(i), monitor);
            Snapshot snapshot = counted.withRoot(originRules.apply(counted.root()));
            timeline = timeline.with(snapshot);
            onSnapshot.accept(snapshot);
        }
        return timeline;
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
                savedSize = store.loadInto(blobCounts, warnings::warn);
            }
        }
    }

    private synchronized void save() {
        int known = blobCounts.size();
        if (store == null || !blobsLoaded || known == savedSize) {
            return;
        }
        try {
            store.save(blobCounts);
            savedSize = known;
        } catch (IOException | RuntimeException e) {
            // Counting goes on without the cache; one warning, not one per tag.
            warnings.warn("cannot save the count cache in " + store.file().getParent() + " (" + describe(e)
                    + "); counting goes on without it");
            store = null;
        }
    }

    /** Saves the counted trees; on the sampling thread, between tags, as the sampler adds to them. */
    private void saveTrees() {
        Map<ObjectId, DirStats> trees = sampler.trees();
        if (treeStore == null || trees.size() == savedTrees) {
            return;
        }
        try {
            treeStore.save(trees);
            savedTrees = trees.size();
        } catch (IOException | RuntimeException e) {
            warnings.warn("cannot save the tree cache " + treeStore.file() + " (" + describe(e) + ")");
            treeStore = null;
        }
    }

    @Override
    public void close() {
        if (checkpoints != null) {
            checkpoints.shutdownNow();
        }
        try {
            save();
            saveTrees();
        } finally {
            sampler.close();
            repository.close();
        }
    }

    /** The blob store, or null with one warning when the cache folder cannot be made. */
    private static BlobCountStore usableStore(CacheSettings cache, Repository repository, LanguageRules rules,
                                              ProgressMonitor warnings) {
        Path file = CacheLocation.blobCountsFile(cache.root(), repository, rules.version());
        try {
            java.nio.file.Files.createDirectories(file.getParent());
            return new BlobCountStore(file, rules.version());
        } catch (IOException | RuntimeException e) {
            warnings.warn("cannot use the cache directory " + cache.root() + " (" + describe(e)
                    + "); counting goes on without it");
            return null;
        }
    }

    private static String describe(Exception e) {
        String name = e.getClass().getSimpleName();
        return switch (name) {
            case "AccessDeniedException" -> "permission denied";
            case "FileAlreadyExistsException", "NotDirectoryException" -> "a file is in the way";
            default -> e instanceof java.nio.file.FileSystemException f && f.getReason() != null
                    ? f.getReason().toLowerCase(java.util.Locale.ROOT)
                    : e.getMessage() == null ? name : e.getMessage();
        };
    }
}
