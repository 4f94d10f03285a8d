package org.oxidation.ui.app;

import java.util.function.Supplier;
import org.oxidation.chart.ViewState;
import org.oxidation.chart.compare.ComparisonSource;
import org.oxidation.model.TagComparison;
import org.oxidation.ui.export.ComparisonSources;

/**
 * Compares two tags through the repository the window's count session has open (no second repository
 * is opened); data without a repository (the sample, a CSV) is compared from its snapshots alone.
 * Thread-safe: the window compares on its chart thread, exports on the FX thread.
 */
final class RepositoryComparisons implements ComparisonSource {

    private final Supplier<ComparisonSource> openRepository;

    /** @param openRepository the open session's comparisons, or null while no repository is open */
    RepositoryComparisons(Supplier<ComparisonSource> openRepository) {
        this.openRepository = openRepository;
    }

    @Override
    public TagComparison compare(ViewState state, String tagA, String tagB) {
        ComparisonSource repository = openRepository.get();
        boolean counted = state.comparable(tagA).map(s -> s.hasFiles()).orElse(false);
        return (repository == null || !counted ? ComparisonSources.snapshotsOnly() : repository)
                .compare(state, tagA, tagB);
    }
}
