package org.oxidation.ui.compare;

import org.eclipse.jgit.lib.Repository;
import org.oxidation.git.TagComparer;
import org.oxidation.model.Snapshot;
import org.oxidation.model.TagComparison;
import org.oxidation.ui.common.ComparisonSource;
import org.oxidation.ui.common.ViewState;

/** The comparison sources a {@link CompareView} can be given. Stateless and thread-safe. */
public final class ComparisonSources {

    private ComparisonSources() {
    }

    /** Compares with git's rename detection in the repository the timeline was counted from. */
    public static ComparisonSource ofRepository(Repository repository) {
        return (state, tagA, tagB) -> compare(repository, state, tagA, tagB);
    }

    /** Compares the snapshots alone: subsystem rows and crates, no file lists. */
    public static ComparisonSource snapshotsOnly() {
        return (state, tagA, tagB) -> compare(null, state, tagA, tagB);
    }

    private static TagComparison compare(Repository repository, ViewState state, String tagA, String tagB) {
        Snapshot a = state.timeline().snapshot(tagA).orElseThrow();
        Snapshot b = state.timeline().snapshot(tagB).orElseThrow();
        return TagComparer.compare(repository, a, b, state.grouping(), state.excluded());
    }
}
