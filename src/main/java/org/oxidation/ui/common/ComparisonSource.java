package org.oxidation.ui.common;

import org.oxidation.model.TagComparison;

/**
 * Compares two tags of the current data, with the repository at hand for git's rename detection. The
 * main window provides one when it has a repository open (see {@code org.oxidation.git.TagComparer});
 * views without one compare the snapshots alone. Called on the FX thread with tags present in the
 * timeline: implementations should be quick or cache.
 */
@FunctionalInterface
public interface ComparisonSource {

    TagComparison compare(ViewState state, String tagA, String tagB);
}
