package org.oxidation.ui.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.oxidation.chart.Breakdowns;
import org.oxidation.chart.Sampling;
import org.oxidation.chart.TagMark;
import org.oxidation.chart.compare.ComparisonSource;
import org.oxidation.count.Grouping;
import org.oxidation.count.origin.OriginResolver;
import org.oxidation.count.origin.OriginSettings;
import org.oxidation.git.CountSession;
import org.oxidation.git.NewTagWarmUp;
import org.oxidation.git.ReleaseTag;
import org.oxidation.git.TagOrder;
import org.oxidation.model.Origin;
import org.oxidation.model.ProgressMonitor;
import org.oxidation.model.Snapshot;
import org.oxidation.model.Timeline;
import org.oxidation.ui.export.ComparisonSources;
import org.oxidation.ui.export.Samplings;

/**
 * One open repository and the snapshots counted from it in this session, so that a refresh or another
 * tag pattern counts only the tags not seen before. Not thread-safe: used by the one background thread.
 */
final class RepositoryCounter implements AutoCloseable {

    private final Path path;
    private final CountSession session;
    /** By tag name; a tag moved to another commit is counted again. */
    private final Map<String, Snapshot> counted = new HashMap<>();
    /** The origin settings the counted snapshots were decided under ({@link OriginSettings#describe}). */
    private String resolvedWith;
    /** Whether the session was readied for a new tag ({@link NewTagWarmUp}). */
    private boolean readied;
    /** The last tag's recent tree being read ahead, or null (set before the read-ahead hands this counter over). */
    private volatile RecentAhead recentAhead;

    /** The last tag's snapshot from the recent tree file, read ahead under these origin settings ({@link OriginSettings#describe}). */
    private record RecentAhead(ReleaseTag tag, String origins, java.util.concurrent.CompletableFuture<Optional<Snapshot>> snapshot) {
    }

    private RepositoryCounter(Path path, CountSession session) {
        this.path = path;
        this.session = session;
    }

    static RepositoryCounter open(Path path, AppConfig config, ProgressMonitor warnings) {
        return new RepositoryCounter(path, CountSession.open(path, config.cache(), config.threads(), warnings));
    }

    /**
     * Reads what a reopening's first count asks for first: the repository's release tags (the window's
     * default pattern and order) and the breakdown cache (loaded whole, whatever the grouping asked).
     * Called by the read-ahead before it hands this counter over.
     *
     * @param origins the origin settings the window will decide origins with, or null when unknown
     * @return what reads the last tag's tree from the recent tree file with its origins decided under
     *         {@code origins}, to run on the read-ahead's thread after the hand-over: {@link #count} takes
     *         it for the Treemap when the tag and the settings are the window's
     */
    Runnable readAhead(OriginSettings origins) {
        List<ReleaseTag> tags = session.tags(org.oxidation.git.TagSelector.compile(org.oxidation.git.TagSelector.DEFAULT_PATTERN),
                TagOrder.VERSION);
        session.cachedRows(tags, Grouping.KERNEL, Set.of());
        if (tags.isEmpty() || origins == null) {
            return () -> { };
        }
        RecentAhead ahead = new RecentAhead(tags.get(tags.size() - 1), origins.describe(), new java.util.concurrent.CompletableFuture<>());
        recentAhead = ahead;
        return () -> {
            try {
                ahead.snapshot().complete(session.recentSnapshot(ahead.tag(), new OriginResolver(origins)));
            } catch (RuntimeException e) {
                ahead.snapshot().complete(Optional.empty()); // the window's count reads it and meets the error
            }
        };
    }

    /** Comparisons through this counter's open repository. */
    ComparisonSource comparisons() {
        return ComparisonSources.ofSession(session);
    }

    Path path() {
        return path;
    }

    String source() {
        return session.displayName();
    }

    /**
     * Selects the tags matching {@code pattern}, in {@code order}, and counts those not counted yet,
     * publishing the progress once before counting and after each tag. When this counter has counted
     * nothing yet (the repository was just opened), the first progress holds the rows the count cache
     * has for {@code rows}' settings, so that the window draws its Timeline before any tree is loaded;
     * each counted tag's rows are kept in the cache for the next opening. In a partial clone, git fetches
     * the blobs a tag lacks when {@code missingBlobsViaGit}.
     *
     * @param rowsShown called after cached rows were published and before any tree (the recent tree file's
     *                  too) is read, and again after the recent tree's tag was published and before the tree
     *                  cache is read; it returns once the window has drawn them (or has waited long enough)
     */
    CountProgress count(String pattern, TagOrder order, Sampling sampling, RowSettings rows,
                        boolean missingBlobsViaGit, ProgressMonitor monitor, Consumer<CountProgress> publish,
                        Runnable rowsShown) {
        session.setMissingBlobsViaGit(missingBlobsViaGit);
        List<ReleaseTag> tags = Samplings.select(session, sampling, pattern, order);
        List<TagMark> marks = Samplings.marks(session, sampling, pattern);
        resolveWith(rows.origins());
        Map<String, Snapshot> cached = counted.isEmpty() && rows.fromCache()
                ? session.cachedRows(tags, rows.grouping(), rows.excluded()) : Map.of();
        Function<Map<String, Snapshot>, CountProgress> progress = shown -> progress(tags, shown, sampling, marks, rows);
        publish.accept(progress.apply(cached));
        if (!cached.isEmpty()) {
            // Reading a tree, even the recent tree file's one, would take a processor from drawing the rows.
            rowsShown.run();
            if (takeFromRecentTree(tags.get(tags.size() - 1), cached, rows)) {
                publish.accept(progress.apply(cached));
                // The Treemap, when its tab is on screen, is drawn from it before the tree cache takes a processor.
                rowsShown.run();
            }
        }
        List<ReleaseTag> missing = tags.stream().filter(tag -> !isCounted(tag)).toList();
        Map<String, ReleaseTag> byName = new HashMap<>();
        tags.forEach(tag -> byName.put(tag.name(), tag));
        int[] cachedToCome = {(int) missing.stream().filter(tag -> cached.containsKey(tag.name())).count()};
        Set<String> shownAlone = tags.isEmpty() ? Set.of()
                : new java.util.HashSet<>(List.of(tags.get(0).name(), tags.get(tags.size() - 1).name()));
        session.sampleAll(viewedFirst(missing, cached, tags), monitor, snapshot -> {
            counted.put(snapshot.tag(), snapshot);
            session.rememberRows(byName.get(snapshot.tag()), snapshot, rows.grouping(), rows.excluded());
            boolean wasCached = cached.containsKey(snapshot.tag());
            cachedToCome[0] -= wasCached ? 1 : 0;
            // The cached rows already draw a tag's picture: its tree changes it for Treemap and Compare only,
            // so the trees behind the rows are handed over together, not redrawn one by one; but the trees
            // those views show first (the last tag, then the first) as soon as they are there.
            if (!wasCached || cachedToCome[0] == 0 || shownAlone.contains(snapshot.tag())) {
                publish.accept(progress.apply(cached));
            }
            if (monitor.isCancelled()) {
                // Trees from the caches read no blob, where sampling looks for a cancel: a reopening stops here.
                throw new java.util.concurrent.CancellationException("cancelled after " + snapshot.tag());
            }
        });
        readyForANewTag(tags);
        return progress.apply(Map.of());
    }

    /**
     * Takes the last tag's counted tree from the session's recent tree file when it holds it, as
     * sampling it would give it, without the tree cache (whose size grows with the whole history): the
     * Treemap, and Compare's newer side, are drawn from it before the other trees are loaded.
     *
     * @return whether it was there
     */
    private boolean takeFromRecentTree(ReleaseTag last, Map<String, Snapshot> cached, RowSettings rows) {
        if (!cached.containsKey(last.name()) || isCounted(last)) {
            return false;
        }
        Optional<Snapshot> recent = readAhead(last).or(() -> session.recentSnapshot(last));
        recent.ifPresent(snapshot -> {
            Breakdowns.sameAs(snapshot, cached.get(last.name()), rows.grouping(), rows.excluded());
            counted.put(last.name(), snapshot);
        });
        return recent.isPresent();
    }

    /**
     * The last tag's snapshot the read-ahead read, when it read that tag under the origin settings of
     * this count (waiting for it if it is still at it); taken once.
     */
    private Optional<Snapshot> readAhead(ReleaseTag last) {
        RecentAhead ahead = recentAhead;
        recentAhead = null;
        if (ahead == null || !ahead.tag().equals(last) || !ahead.origins().equals(resolvedWith)) {
            return Optional.empty();
        }
        return ahead.snapshot().join();
    }

    /**
     * Once all was drawn from the caches (no blob read: a reopening), readies the session for a Refresh
     * that brings a new tag, on a thread of its own while the window shows what is counted: a session
     * that counted blobs has run that code already.
     */
    private void readyForANewTag(List<ReleaseTag> tags) {
        if (!readied && !tags.isEmpty() && session.blobsRead() == 0) {
            readied = true;
            NewTagWarmUp.start(session, tags.get(tags.size() - 1));
        }
    }

    /**
     * The order to sample the trees behind cached rows in: the last tag first (the Treemap's), then the
     * first (Compare's other one), then the rest; deciding each tree's origins takes a kernel tree some
     * 0.1 s, so this makes those views ready a hundred tags sooner. Tags not cached keep their order, in
     * which the sampler reuses each directory's previous version.
     */
    private static List<ReleaseTag> viewedFirst(List<ReleaseTag> missing, Map<String, Snapshot> cached,
                                                List<ReleaseTag> tags) {
        if (missing.size() < 3 || !missing.stream().allMatch(tag -> cached.containsKey(tag.name()))) {
            return missing;
        }
        List<ReleaseTag> ordered = new ArrayList<>();
        for (ReleaseTag first : List.of(tags.get(tags.size() - 1), tags.get(0))) {
            if (missing.contains(first)) {
                ordered.add(first);
            }
        }
        missing.stream().filter(tag -> !ordered.contains(tag)).forEach(ordered::add);
        return ordered;
    }

    /**
     * Decides origins in the session as the window does, so that the snapshots it hands over are shown as
     * they are; those counted before under other settings are decided again here, off the FX thread.
     */
    private void resolveWith(OriginSettings origins) {
        session.setOrigins(origins);
        String settings = origins.describe();
        if (!settings.equals(resolvedWith) && !counted.isEmpty()) {
            OriginResolver resolver = new OriginResolver(origins);
            counted.replaceAll((tag, snapshot) -> resolver.resolve(snapshot));
        }
        resolvedWith = settings;
    }

    /**
     * The rows a window draws before the trees are there: for this grouping, these left-out origins and
     * these origin settings only (rows of other settings would draw another picture).
     *
     * @param fromCache false to draw nothing before the trees are loaded (bench reopen's "before" path)
     */
    record RowSettings(Grouping grouping, Set<Origin.Kind> excluded, OriginSettings origins, boolean fromCache) {
        RowSettings {
            excluded = Set.copyOf(excluded);
        }

        /** Whether these rows serve a state: the same grouping and left-out origins (the origins are the model's). */
        boolean serve(Grouping otherGrouping, Set<Origin.Kind> otherExcluded, OriginSettings otherOrigins) {
            return grouping.id().equals(otherGrouping.id()) && excluded.equals(Set.copyOf(otherExcluded))
                    && origins.describe().equals(otherOrigins.describe());
        }
    }

    /**
     * Counts refs for the Compare view (a branch, a commit id, rev~N), each named by its text; an
     * {@link org.oxidation.model.InputException} for a ref git cannot resolve.
     */
    List<Snapshot> countRefs(List<String> refs, ProgressMonitor monitor) {
        List<ReleaseTag> resolved = session.refs(refs);
        List<Snapshot> snapshots = new java.util.ArrayList<>();
        session.sampleAll(resolved, monitor, snapshots::add);
        return snapshots;
    }

    private boolean isCounted(ReleaseTag tag) {
        Snapshot known = counted.get(tag.name());
        return known != null && known.commitId().equals(tag.commit().name());
    }

    /** Each sample's counted snapshot, else its cached rows; a sample with neither is still to come. */
    private CountProgress progress(List<ReleaseTag> tags, Map<String, Snapshot> cached, Sampling sampling,
                                   List<TagMark> marks, RowSettings rows) {
        List<Snapshot> snapshots = new ArrayList<>();
        for (ReleaseTag tag : tags) {
            if (isCounted(tag)) {
                snapshots.add(counted.get(tag.name()));
            } else if (cached.containsKey(tag.name())) {
                snapshots.add(cached.get(tag.name()));
            }
        }
        return new CountProgress(tags.stream().map(ReleaseTag::name).toList(), new Timeline(source(), snapshots),
                sampling, marks, rows);
    }

    @Override
    public void close() {
        session.close();
    }
}
