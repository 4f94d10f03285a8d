package org.oxidation.ui.common;

import java.util.Set;
import org.oxidation.count.Grouping;
import org.oxidation.model.Origin;
import org.oxidation.model.Timeline;

/**
 * Everything a view needs to draw itself: the data and the user's choices. Views are pure functions of
 * it, so the window and the headless export draw the same picture. Immutable.
 *
 * @param timeline the snapshots counted so far (grows while counting runs)
 * @param source   where the data came from, for titles and file names ("linux", "sample.csv")
 * @param grouping how files are grouped into subsystems
 * @param metric   lines or code lines
 * @param excluded origins left out of every chart and total (e.g. VENDORED)
 * @param tagA     the first tag of a comparison or the tag of a treemap (null: the first / last tag)
 * @param tagB     the second tag of a comparison (null: the last tag)
 */
public record ViewState(Timeline timeline, String source, Grouping grouping, Metric metric,
                        Set<Origin.Kind> excluded, String tagA, String tagB) {

    public ViewState {
        excluded = Set.copyOf(excluded);
    }

    public static ViewState of(Timeline timeline) {
        return new ViewState(timeline, timeline.source(), Grouping.KERNEL, Metric.LINES, Set.of(), null, null);
    }

    public ViewState withTimeline(Timeline newTimeline) {
        return new ViewState(newTimeline, source, grouping, metric, excluded, tagA, tagB);
    }

    public ViewState withGrouping(Grouping newGrouping) {
        return new ViewState(timeline, source, newGrouping, metric, excluded, tagA, tagB);
    }

    public ViewState withMetric(Metric newMetric) {
        return new ViewState(timeline, source, grouping, newMetric, excluded, tagA, tagB);
    }

    public ViewState withExcluded(Set<Origin.Kind> newExcluded) {
        return new ViewState(timeline, source, grouping, metric, newExcluded, tagA, tagB);
    }

    public ViewState withTags(String newTagA, String newTagB) {
        return new ViewState(timeline, source, grouping, metric, excluded, newTagA, newTagB);
    }

    /** The tag a single-tag view shows: tagA if set and present, else the last sampled tag. */
    public String singleTag() {
        if (tagA != null && timeline.snapshot(tagA).isPresent()) {
            return tagA;
        }
        return timeline.isEmpty() ? null : timeline.tags().get(timeline.tags().size() - 1);
    }
}
