package org.oxidation.ui.app;

import java.nio.file.Path;
import java.util.function.Supplier;
import org.eclipse.jgit.lib.Repository;
import org.oxidation.git.RepositoryOpener;
import org.oxidation.model.TagComparison;
import org.oxidation.ui.common.ComparisonSource;
import org.oxidation.ui.common.ViewState;
import org.oxidation.ui.compare.ComparisonSources;

/**
 * Compares two tags with git's rename detection in the repository the window shows, opened read-only
 * on first use and kept until another repository is shown; data without a repository (the sample, a
 * CSV) is compared from its snapshots alone. Thread-safe: the window compares on a background thread
 * and exports on the FX thread.
 */
final class RepositoryComparisons implements ComparisonSource, AutoCloseable {

    private final Supplier<Path> currentRepository;
    private Path openPath;
    private Repository open;

    RepositoryComparisons(Supplier<Path> currentRepository) {
        this.currentRepository = currentRepository;
    }

    @Override
    public synchronized TagComparison compare(ViewState state, String tagA, String tagB) {
        Path path = currentRepository.get();
        if (path == null || !state.timeline().snapshot(tagA).map(s -> s.hasFiles()).orElse(false)) {
            return ComparisonSources.snapshotsOnly().compare(state, tagA, tagB);
        }
        if (!path.equals(openPath)) {
            close();
            open = RepositoryOpener.open(path);
            openPath = path;
        }
        return ComparisonSources.ofRepository(open).compare(state, tagA, tagB);
    }

    @Override
    public synchronized void close() {
        if (open != null) {
            open.close();
            open = null;
            openPath = null;
        }
    }
}
