package org.oxidation.ui.app;

import java.util.List;
import org.oxidation.chart.Sampling;
import org.oxidation.chart.TagMark;
import org.oxidation.model.Timeline;

/**
 * Where a count stands: the samples chosen (the tags the pattern selected, or one per interval along a
 * branch) and the timeline of those counted so far, in order, with the sampling and the tags it marks.
 * Immutable.
 */
record CountProgress(List<String> selectedTags, Timeline timeline, Sampling sampling, List<TagMark> marks) {

    CountProgress {
        selectedTags = List.copyOf(selectedTags);
        marks = List.copyOf(marks);
    }

    boolean isComplete() {
        return timeline.snapshots().size() == selectedTags.size();
    }
}
