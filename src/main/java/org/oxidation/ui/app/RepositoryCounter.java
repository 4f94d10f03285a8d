package org.oxidation.ui.app;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.oxidation.chart.Sampling;
import org.oxidation.chart.TagMark;
import org.oxidation.chart.compare.ComparisonSource;
import org.oxidation.git.CountSession;
import org.oxidation.git.ReleaseTag;
import org.oxidation.git.TagOrder;
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

    private RepositoryCounter(Path path, CountSession session) {
        this.path = path;
        this.session = session;
    }

    static RepositoryCounter open(Path path, AppConfig config, ProgressMonitor warnings) {
        return new RepositoryCounter(path, CountSession.open(path, config.cache(), config.threads(), warnings));
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
     * Selects the tags matching {@code pattern}, in {@code order}, and counts those not counted yet, publishing the progress
     * once before counting and after each tag; in a partial clone, git fetches the blobs a tag lacks when
     * {@code missingBlobsViaGit}.
     */
    CountProgress count(String pattern, TagOrder order, Sampling sampling, boolean missingBlobsViaGit,
                        ProgressMonitor monitor, Consumer<CountProgress> publish) {
        session.setMissingBlobsViaGit(missingBlobsViaGit);
        List<ReleaseTag> tags = Samplings.select(session, sampling, pattern, order);
        List<TagMark> marks = Samplings.marks(session, sampling, pattern);
        List<ReleaseTag> missing = tags.stream().filter(tag -> !isCounted(tag)).toList();
        publish.accept(progress(tags, sampling, marks));
        session.sampleAll(missing, monitor, snapshot -> {
            counted.put(snapshot.tag(), snapshot);
            publish.accept(progress(tags, sampling, marks));
        });
        return progress(tags, sampling, marks);
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

    private CountProgress progress(List<ReleaseTag> tags, Sampling sampling, List<TagMark> marks) {
        List<Snapshot> snapshots = tags.stream().filter(this::isCounted).map(tag -> counted.get(tag.name())).toList();
        return new CountProgress(tags.stream().map(ReleaseTag::name).toList(), new Timeline(source(), snapshots),
                sampling, marks);
    }

    @Override
    public void close() {
        session.close();
    }
}
