package org.oxidation.ui.export;

import org.oxidation.chart.ViewState;
import org.oxidation.chart.compare.ComparisonSource;
import org.oxidation.git.CountSession;
import org.oxidation.git.TagComparer;
import org.oxidation.model.Snapshot;

/**
 * The comparison sources a Compare view can be given: through a count session's open repository, or
 * from the snapshots alone. Stateless and thread-safe.
 */
public final class ComparisonSources {

    private ComparisonSources() {
    }

    /** Compares with git's rename detection in the repository the session has open. */
    public static ComparisonSource ofSession(CountSession session) {
        return (state, tagA, tagB) -> session.compare(snapshot(state, tagA), snapshot(state, tagB), state.grouping(),
                state.excluded());
    }

    /** Compares the snapshots alone: subsystem rows and crates, no file lists. */
    public static ComparisonSource snapshotsOnly() {
        return (state, tagA, tagB) -> TagComparer.compare(null, snapshot(state, tagA), snapshot(state, tagB),
                state.grouping(), state.excluded());
    }

    private static Snapshot snapshot(ViewState state, String tag) {
        return state.comparable(tag).orElseThrow();
    }
}
