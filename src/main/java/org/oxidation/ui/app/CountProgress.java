package org.oxidation.ui.app;

import java.util.List;
import org.oxidation.model.Timeline;

/**
 * Where a count stands: the tags the pattern selected and the timeline of those counted so far, in tag
 * order. Immutable.
 */
record CountProgress(List<String> selectedTags, Timeline timeline) {

    CountProgress {
        selectedTags = List.copyOf(selectedTags);
    }

    boolean isComplete() {
        return timeline.snapshots().size() == selectedTags.size();
    }
}
