package org.oxidation.ui.app;

import java.util.List;
import org.oxidation.model.Timeline;

/**
 * Where a count stands: the tags the pattern selected and the timeline of those counted so far, in tag
 * order, with the cached rows of tags whose trees are still to come in their place (snapshots without
 * files, made for {@code rows}' settings). Immutable.
 */
record CountProgress(List<String> selectedTags, Timeline timeline, RepositoryCounter.RowSettings rows) {

    CountProgress {
        selectedTags = List.copyOf(selectedTags);
    }

    boolean isComplete() {
        return timeline.snapshots().size() == selectedTags.size();
    }

    /** How many of the timeline's snapshots are cached rows whose trees are still to come. */
    long cachedRows() {
        return timeline.snapshots().stream().filter(snapshot -> !snapshot.hasFiles()).count();
    }
}
