package org.oxidation.chart.compare;

import org.oxidation.chart.ViewState;
import org.oxidation.model.TagComparison;

/**
 * Compares two tags of the current data. The window and the export command compare through the one
 * repository their count session has open (git's rename detection gives the Rust files added, removed
 * and renamed); data without a repository is compared from its snapshots alone. Called off the FX
 * thread with tags present in the timeline; implementations are thread-safe.
 */
@FunctionalInterface
public interface ComparisonSource {

    TagComparison compare(ViewState state, String tagA, String tagB);
}
