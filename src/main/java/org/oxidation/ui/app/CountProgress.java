package org.oxidation.ui.app;

import java.util.List;
import org.oxidation.chart.Sampling;
import org.oxidation.chart.TagMark;
import org.oxidation.model.Timeline;

/**
 * Where a count stands: the samples chosen (the tags the pattern selected, or one per interval along a
 * branch) and the timeline of those counted so far, in order, with the sampling and the tags it marks,
 * and the cached rows of samples whose trees are still to come in their place (snapshots without files,
 * made for {@code rows}' settings). Immutable.
 */
record CountProgress(List<String> selectedTags, Timeline timeline, Sampling sampling, List<TagMark> marks,
                     RepositoryCounter.RowSettings rows) {

    CountProgress {
        selectedTags = List.copyOf(selectedTags);
        marks = List.copyOf(marks);
    }

    boolean isComplete() {
        return timeline.snapshots().size() == selectedTags.size();
    }

    /** How many of the timeline's snapshots are cached rows whose trees are still to come. */
    long cachedRows() {
        return timeline.snapshots().stream().filter(snapshot -> !snapshot.hasFiles()).count();
    }
}
