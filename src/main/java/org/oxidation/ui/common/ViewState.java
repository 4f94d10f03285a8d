package org.oxidation.ui.common;

import java.util.List;
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
 * @param tagA     the first tag of a comparison (null: the first tag)
 * @param tagB     the second tag of a comparison (null: the last tag)
 * @param tag      the tag of the single-tag views, the treemap (null: the last tag)
 * @param tagsToCome while a count runs, the chosen tags after the last one counted: the timelines' x
 *                 axis spans them already, so the charts fill in from left to right
 */
public record ViewState(Timeline timeline, String source, Grouping grouping, Metric metric,
                        Set<Origin.Kind> excluded, String tagA, String tagB, String tag, List<String> tagsToCome) {

    public ViewState {
        excluded = Set.copyOf(excluded);
        tagsToCome = List.copyOf(tagsToCome);
    }

    public ViewState(Timeline timeline, String source, Grouping grouping, Metric metric, Set<Origin.Kind> excluded,
                     String tagA, String tagB, String tag) {
        this(timeline, source, grouping, metric, excluded, tagA, tagB, tag, List.of());
    }

    public ViewState(Timeline timeline, String source, Grouping grouping, Metric metric, Set<Origin.Kind> excluded,
                     String tagA, String tagB) {
        this(timeline, source, grouping, metric, excluded, tagA, tagB, null);
    }

    public static ViewState of(Timeline timeline) {
        return new ViewState(timeline, timeline.source(), Grouping.KERNEL, Metric.LINES, Set.of(), null, null, null);
    }

    public ViewState withTimeline(Timeline newTimeline) {
        return new ViewState(newTimeline, source, grouping, metric, excluded, tagA, tagB, tag, tagsToCome);
    }

    public ViewState withGrouping(Grouping newGrouping) {
        return new ViewState(timeline, source, newGrouping, metric, excluded, tagA, tagB, tag, tagsToCome);
    }

    public ViewState withMetric(Metric newMetric) {
        return new ViewState(timeline, source, grouping, newMetric, excluded, tagA, tagB, tag, tagsToCome);
    }

    public ViewState withExcluded(Set<Origin.Kind> newExcluded) {
        return new ViewState(timeline, source, grouping, metric, newExcluded, tagA, tagB, tag, tagsToCome);
    }

    public ViewState withTags(String newTagA, String newTagB) {
        return new ViewState(timeline, source, grouping, metric, excluded, newTagA, newTagB, tag, tagsToCome);
    }

    public ViewState withTag(String newTag) {
        return new ViewState(timeline, source, grouping, metric, excluded, tagA, tagB, newTag, tagsToCome);
    }

    public ViewState withTagsToCome(List<String> tags) {
        return new ViewState(timeline, source, grouping, metric, excluded, tagA, tagB, tag, tags);
    }

    /** The tags along a timeline's x axis: those counted, then those still to come while a count runs. */
    public List<String> axisTags() {
        if (tagsToCome.isEmpty()) {
            return timeline.tags();
        }
        List<String> all = new java.util.ArrayList<>(timeline.tags());
        all.addAll(tagsToCome);
        return all;
    }

    /** The tag a single-tag view shows: {@link #tag()} if set and present, else the last sampled tag. */
    public String singleTag() {
        if (tag != null && timeline.snapshot(tag).isPresent()) {
            return tag;
        }
        return timeline.isEmpty() ? null : timeline.tags().get(timeline.tags().size() - 1);
    }
}
