package org.oxidation.git;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
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
 * tag needs counting, the cached blob counts), samples tags, and saves both caches every
 * {@value #CHECKPOINT_SECONDS} seconds while counting and on close. A cancelled run keeps all it
 * counted; a killed one keeps what it counted up to the last checkpoint. The tree cache grows by
 * appending ({@link TreeStore}), so a checkpoint costs what was counted since the last one.
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
    private long savedTrees;
    private final HistorySampler sampler;
    private final ProgressMonitor warnings;
    private final ScheduledExecutorService checkpoints;
    private boolean blobsLoaded;
    private OriginRules originRules = OriginRules.NONE;
    /** Held while a tag is sampled: the tree cache is saved between tags, never in the middle of one. */
    private final Object sampling = new Object();

    private CountSession(Path path, Repository repository, CacheSettings cache, int threads, ProgressMonitor warnings) {
        this.path = path;
        this.repository = repository;
        this.warnings = warnings;
        LanguageRules rules = LanguageRules.standard();
        this.store = cache.enabled() ? usableStore(cache, repository, rules, warnings) : null;
        this.sampler = new HistorySampler(repository, rules, blobCounts, threads);
        sampler.beforeBlobCountsAreAsked(this::loadBlobCounts); // a run whose trees are all cached never needs them
        if (store != null) {
            treeStore = new TreeStore(store.file().resolveSibling("trees-rules" + rules.version() + ".bin"), rules.version());
            sampler.preload(treeStore.load(warnings::warn));
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

    /** Samples the tags in turn, handing each snapshot to {@code onSnapshot} as soon as it is made. */
    public Timeline sampleAll(List<ReleaseTag> tags, ProgressMonitor monitor, Consumer<Snapshot> onSnapshot) {
        if (tags.stream().anyMatch(tag -> !sampler.knows(tag.tree()))) {
            // Load the blob counts beside the cached tags and the first new tag's scan; after its scan that
            // tag waits for them (HistorySampler.beforeBlobCountsAreAsked).
            Thread loader = new Thread(this::loadBlobCounts, "oxidation-cache-load");
            loader.setDaemon(true);
            loader.start();
        }
        Timeline timeline = new Timeline(displayName(), List.of());
        for (int i = 0; i < tags.size(); i++) {
            monitor.beginTask(tags.get(i).name(), i + 1, tags.size());
            Snapshot counted;
            synchronized (sampling) {
                counted = sampler.sample(tags.get(i), monitor);
            }
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
                store.loadInto(blobCounts, warnings::warn);
            }
        }
    }

    private synchronized void save() {
        if (store == null || !blobsLoaded) {
            return;
        }
        try {
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
    }

    /** Appends the trees counted since the last save, between two tags. */
    private void saveTrees() {
        synchronized (sampling) {
            long built = sampler.treesBuilt();
            if (treeStore == null || built == savedTrees) {
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
            checkpoints.shutdownNow();
        }
        try {
            checkpoint();
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
