package org.oxidation.chart;

import java.util.List;
import java.util.Set;
import org.oxidation.chart.share.ShareChoices;
import org.oxidation.chart.timeline.TimelineChoices;
import org.oxidation.count.Grouping;
import org.oxidation.model.Origin;
import org.oxidation.model.Snapshot;
import org.oxidation.model.Timeline;

/**
 * Everything a view needs to draw itself: the data and every choice the user made, in the toolbar and
 * in the views' own controls ({@link ViewChoices}). Views are pure functions of it: a view's control
 * changes the state (through the window) rather than the picture, so the window, File → Export as PNG…
 * and the headless {@code export} command draw the same picture. Immutable.
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
 * @param order    the order of the tags, {@code version} or {@code date} (the count command's --order)
 * @param choices  the views' own choices: timeline mode, share scale, treemap drill-down, compare colouring
 * @param sampling how the samples were chosen: release tags, or every month (…) along a branch
 * @param tagMarks with interval samples, the tags of that history marked on the time axis
 * @param refSnapshots refs counted for the Compare view beyond the timeline's samples (a branch, a commit
 *                 typed in), by name
 * @param treesLoading true while a repository's trees are still to come: its snapshots without files are
 *                 its cached rows (exactly the rows of this state's grouping, left-out origins and origin
 *                 rules), which the Timeline and Rust share draw, while the Treemap and Compare, which
 *                 need every file, say "loading…" for them instead of drawing subsystems only
 * @param treesCancelled with {@code treesLoading}: loading the trees was cancelled, so they will not come
 *                 until the repository is counted again (File → Refresh); Treemap and Compare say so
 */
public record ViewState(Timeline timeline, String source, Grouping grouping, Metric metric,
                        Set<Origin.Kind> excluded, String tagA, String tagB, String tag, List<String> tagsToCome,
                        String order, ViewChoices choices, Sampling sampling, List<TagMark> tagMarks,
                        List<Snapshot> refSnapshots, boolean treesLoading, boolean treesCancelled) {

    /** What Treemap and Compare say for a tag whose tree was not loaded because its loading was cancelled. */
    public static final String TREES_CANCELLED = "Loading the trees from the count cache was cancelled: File → Refresh "
            + "loads them (the Timeline and Rust share are drawn from the cached rows).";

    /** The tag order of the count command's default. */
    public static final String VERSION_ORDER = "version";

    public ViewState {
        excluded = Set.copyOf(excluded);
        tagsToCome = List.copyOf(tagsToCome);
        java.util.Objects.requireNonNull(order);
        java.util.Objects.requireNonNull(choices);
        java.util.Objects.requireNonNull(sampling);
        tagMarks = List.copyOf(tagMarks);
        refSnapshots = List.copyOf(refSnapshots);
    }

    public ViewState(Timeline timeline, String source, Grouping grouping, Metric metric, Set<Origin.Kind> excluded,
                     String tagA, String tagB, String tag, List<String> tagsToCome, String order, ViewChoices choices) {
        this(timeline, source, grouping, metric, excluded, tagA, tagB, tag, tagsToCome, order, choices, Sampling.TAGS,
                List.of(), List.of(), false, false);
    }

    public ViewState(Timeline timeline, String source, Grouping grouping, Metric metric, Set<Origin.Kind> excluded,
                     String tagA, String tagB, String tag, List<String> tagsToCome) {
        this(timeline, source, grouping, metric, excluded, tagA, tagB, tag, tagsToCome, VERSION_ORDER,
                ViewChoices.DEFAULT);
    }

    public ViewState(Timeline timeline, String source, Grouping grouping, Metric metric, Set<Origin.Kind> excluded,
                     String tagA, String tagB, String tag) {
        this(timeline, source, grouping, metric, excluded, tagA, tagB, tag, List.of());
    }

    public static ViewState of(Timeline timeline) {
        return new ViewState(timeline, timeline.source(), Grouping.KERNEL, Metric.LINES, Set.of(), null, null, null);
    }

    public ViewState withTimeline(Timeline newTimeline) {
        return new ViewState(newTimeline, source, grouping, metric, excluded, tagA, tagB, tag, tagsToCome, order, choices,
                sampling, tagMarks, refSnapshots, treesLoading, treesCancelled);
    }

    /** The same choices over other data, e.g. the next tag counted or a CSV opened. */
    public ViewState withData(Timeline newTimeline, String newSource, List<String> newTagsToCome) {
        return new ViewState(newTimeline, newSource, grouping, metric, excluded, tagA, tagB, tag, newTagsToCome, order,
                choices, sampling, tagMarks, refSnapshots, treesLoading, treesCancelled);
    }

    public ViewState withGrouping(Grouping newGrouping) {
        return new ViewState(timeline, source, newGrouping, metric, excluded, tagA, tagB, tag, tagsToCome, order, choices,
                sampling, tagMarks, refSnapshots, treesLoading, treesCancelled);
    }

    public ViewState withMetric(Metric newMetric) {
        return new ViewState(timeline, source, grouping, newMetric, excluded, tagA, tagB, tag, tagsToCome, order, choices,
                sampling, tagMarks, refSnapshots, treesLoading, treesCancelled);
    }

    public ViewState withExcluded(Set<Origin.Kind> newExcluded) {
        return new ViewState(timeline, source, grouping, metric, newExcluded, tagA, tagB, tag, tagsToCome, order, choices,
                sampling, tagMarks, refSnapshots, treesLoading, treesCancelled);
    }

    public ViewState withTags(String newTagA, String newTagB) {
        return new ViewState(timeline, source, grouping, metric, excluded, newTagA, newTagB, tag, tagsToCome, order, choices,
                sampling, tagMarks, refSnapshots, treesLoading, treesCancelled);
    }

    public ViewState withTag(String newTag) {
        return new ViewState(timeline, source, grouping, metric, excluded, tagA, tagB, newTag, tagsToCome, order, choices,
                sampling, tagMarks, refSnapshots, treesLoading, treesCancelled);
    }

    public ViewState withTagsToCome(List<String> tags) {
        return new ViewState(timeline, source, grouping, metric, excluded, tagA, tagB, tag, tags, order, choices,
                sampling, tagMarks, refSnapshots, treesLoading, treesCancelled);
    }

    public ViewState withOrder(String newOrder) {
        return new ViewState(timeline, source, grouping, metric, excluded, tagA, tagB, tag, tagsToCome, newOrder, choices,
                sampling, tagMarks, refSnapshots, treesLoading, treesCancelled);
    }

    public ViewState withChoices(ViewChoices newChoices) {
        return new ViewState(timeline, source, grouping, metric, excluded, tagA, tagB, tag, tagsToCome, order, newChoices,
                sampling, tagMarks, refSnapshots, treesLoading, treesCancelled);
    }

    /** Other samples: the sampling, the tags marked among them (none for tags). */
    public ViewState withSampling(Sampling newSampling, List<TagMark> newMarks) {
        return new ViewState(timeline, source, grouping, metric, excluded, tagA, tagB, tag, tagsToCome, order, choices,
                newSampling, newMarks, refSnapshots, treesLoading, treesCancelled);
    }

    /** The same state with its trees still to come, or all there ({@link #treesLoading()}). */
    public ViewState withTreesLoading(boolean loading) {
        return new ViewState(timeline, source, grouping, metric, excluded, tagA, tagB, tag, tagsToCome, order, choices,
                sampling, tagMarks, refSnapshots, loading, false);
    }

    /**
     * The same state with the loading of its trees cancelled: the snapshots without files stay rows that
     * Treemap and Compare do not draw as trees, and they say that the trees were not loaded.
     */
    public ViewState withTreesCancelled() {
        return new ViewState(timeline, source, grouping, metric, excluded, tagA, tagB, tag, tagsToCome, order, choices,
                sampling, tagMarks, refSnapshots, true, true);
    }

    /**
     * Whether a single-tag or comparing view must wait for this snapshot's tree: it is one of the cached
     * rows drawn while the trees load.
     */
    public boolean waitsForTree(String tagName) {
        return treesLoading && tagName != null && timeline.snapshot(tagName).map(s -> !s.hasFiles()).orElse(true);
    }

    /** Refs counted for the Compare view beyond the timeline's samples. */
    public ViewState withRefSnapshots(List<Snapshot> snapshots) {
        return new ViewState(timeline, source, grouping, metric, excluded, tagA, tagB, tag, tagsToCome, order, choices,
                sampling, tagMarks, snapshots, treesLoading, treesCancelled);
    }

    /** A sample of the timeline, or a ref counted for the Compare view, by name. */
    public java.util.Optional<Snapshot> comparable(String name) {
        java.util.Optional<Snapshot> sample = timeline.snapshot(name);
        return sample.isPresent() ? sample : refSnapshots.stream().filter(s -> s.tag().equals(name)).findFirst();
    }

    /** Whether Compare's {@code name} is one of the timeline's samples or a ref counted for it. */
    public boolean canCompare(String name) {
        return name != null && comparable(name).isPresent();
    }

    public ViewState withTimelineChoices(TimelineChoices newChoices) {
        return withChoices(choices.withTimeline(newChoices));
    }

    public ViewState withShareChoices(ShareChoices newChoices) {
        return withChoices(choices.withShare(newChoices));
    }

    /**
     * What one group of the grouping is called in titles: "subsystem" (kernel), "MAINTAINERS section",
     * "directory" (the first N directories).
     */
    public String groupNoun() {
        String id = grouping.id();
        return id.equals("maintainers") ? "MAINTAINERS section" : id.startsWith("depth:") ? "directory" : "subsystem";
    }

    /**
     * What a title adds when code is left out, so that a chart never passes off the project's own code
     * as all of it: " (vendored and generated code left out)", or "" when nothing is.
     */
    public String leftOutNote() {
        boolean vendored = excluded.contains(Origin.Kind.VENDORED);
        boolean generated = excluded.contains(Origin.Kind.GENERATED);
        if (!vendored && !generated) {
            return "";
        }
        return " (" + (vendored && generated ? "vendored and generated" : vendored ? "vendored" : "generated")
                + " code left out)";
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

    /** The first tag compared: {@link #tagA()} when present, else the first sampled tag. */
    public String compareTagA() {
        List<String> tags = timeline.tags();
        return canCompare(tagA) ? tagA : tags.isEmpty() ? null : tags.get(0);
    }

    /** The second tag compared: {@link #tagB()} when present, else the last sampled tag. */
    public String compareTagB() {
        List<String> tags = timeline.tags();
        return canCompare(tagB) ? tagB : tags.isEmpty() ? null : tags.get(tags.size() - 1);
    }
}
