package org.oxidation.git;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.eclipse.jgit.lib.ObjectId;

/**
 * A count session's use of its {@link RecentTree} file: read once (on a thread of its own when
 * {@link #startLoading} asks early), the last tag the session sampled in the order its tags were listed
 * (the tag a window's Treemap shows, and the likeliest base of a fetched tag), and the file rewritten with
 * that tag's tree once, unless it holds that tree or a tag listed after it already.
 *
 * <p>The listing's order, not commit time: a kernel's stable releases of old branches (v6.1.192) often
 * come out after the newest mainline release (v7.3.4), the last tag by version. A session that listed no
 * tags (sampling only what it was handed) keeps the newest by commit time, and a tag outside a listing (a
 * Compare ref) is not kept.
 *
 * <p>Thread-safe: every method holds the session's sampling lock, under which the sampler's trees are
 * read; the file is read and written on the threads this class starts or the caller's.
 */
final class RecentTreeKeeper {

    private final RecentTree file;
    private final Object lock;
    private final Consumer<String> warn;
    /** What the file held when it was read (null: not read yet). */
    private Optional<RecentTree.Loaded> loaded;
    private CompletableFuture<Optional<RecentTree.Loaded>> loading;
    /** The tag the file is to hold next: the last sampled in {@link #listed}. */
    private ReleaseTag last;
    /** The session's tags in the order they were last listed (the window's axis order), or empty. */
    private List<ReleaseTag> listed = List.of();
    /** The tree the file was saved with by this session, to save it once. */
    private ObjectId saved;
    private Thread saver;

    /** {@code file} null when the session has no cache: then nothing is read or saved. */
    RecentTreeKeeper(RecentTree file, Object lock, Consumer<String> warn) {
        this.file = file;
        this.lock = lock;
        this.warn = warn;
    }

    /**
     * Reads the file on a thread of its own, unless it was read: a run whose tags all have rows never
     * waits for it (its CPU is the cost), one after a fetch finds it read.
     */
    void startLoading() {
        synchronized (lock) {
            if (loaded == null && loading == null && file != null) {
                loading = new CompletableFuture<>();
                Thread loader = new Thread(() -> loading.complete(file.load(warn)), "oxidation-recent-tree-load");
                loader.setDaemon(true);
                loader.start();
            }
        }
    }

    /** The file's tag and trees, read once; empty without a usable file. */
    Optional<RecentTree.Loaded> loaded() {
        synchronized (lock) {
            if (loaded == null) {
                loaded = loading != null ? loading.join() : file == null ? Optional.empty() : file.load(warn);
            }
            return loaded;
        }
    }

    /** Notes the session's tags as listed for sampling, in their order (a later listing replaces it). */
    void listed(List<ReleaseTag> tags) {
        synchronized (lock) {
            listed = List.copyOf(tags);
        }
    }

    /** Notes a tag the session sampled: the last one in the listing is the file's next tag. */
    void sampled(ReleaseTag tag) {
        synchronized (lock) {
            if (listed.isEmpty() ? last == null || tag.date().toEpochSecond() >= last.date().toEpochSecond()
                    : listed.contains(tag) && (last == null || listed.indexOf(tag) >= listed.indexOf(last))) {
                last = tag;
            }
        }
    }

    /**
     * The root tree a new tag is likeliest to be a change of: the last tag sampled in the listing's order
     * (the file's next tag), else the file's tag when it was read; null when neither is known.
     */
    ObjectId likeliestBase() {
        synchronized (lock) {
            if (last != null) {
                return last.tree();
            }
            return loaded != null && loaded.isPresent() ? loaded.get().tag().tree() : null;
        }
    }

    /** Saves on a thread of its own (once), beside the caller's work; {@link #finish} waits for it. */
    void startSaving(HistorySampler sampler, BooleanSupplier folderUsable) {
        synchronized (lock) {
            if (file != null && saver == null) {
                saver = new Thread(() -> save(sampler, folderUsable), "oxidation-recent-tree-save");
                saver.setDaemon(true);
                saver.start();
            }
        }
    }

    /** Waits for a save started before, then saves what was sampled since (on close). */
    void finish(HistorySampler sampler, BooleanSupplier folderUsable) {
        Thread started;
        synchronized (lock) {
            started = saver;
        }
        if (started != null) {
            try {
                started.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        save(sampler, folderUsable);
    }

    /**
     * Rewrites the file with the last tag sampled, unless the file holds that tag's tree already or a tag
     * listed after it (a session that counted only an old branch's new release keeps it).
     */
    private void save(HistorySampler sampler, BooleanSupplier folderUsable) {
        synchronized (lock) {
            if (file == null || last == null || last.tree().equals(saved) || !folderUsable.getAsBoolean()) {
                return;
            }
            RecentTree.Tag tag = RecentTree.Tag.of(last);
            saved = tag.tree();
            Optional<RecentTree.Tag> held = loaded != null ? loaded.map(RecentTree.Loaded::tag) : file.loadTag(warn);
            if (held.isPresent() && (held.get().tree().equals(tag.tree()) || comesAfterLast(held.get()))) {
                return;
            }
            try {
                file.save(tag, sampler.treesUnder(tag.tree()), sampler::blobOf);
            } catch (IOException | RuntimeException e) {
                warn.accept("cannot save the recent tree " + file.file() + " (" + CountSession.describe(e) + ")");
            }
        }
    }

    /** Whether the file's tag comes after the one to save: listed after it, or newer when nothing was listed. */
    private boolean comesAfterLast(RecentTree.Tag held) {
        if (listed.isEmpty()) {
            return held.epochSecond() > last.date().toEpochSecond();
        }
        for (int i = listed.indexOf(last) + 1; i < listed.size(); i++) {
            if (listed.get(i).name().equals(held.name()) && listed.get(i).tree().equals(held.tree())) {
                return true;
            }
        }
        return false;
    }
}
