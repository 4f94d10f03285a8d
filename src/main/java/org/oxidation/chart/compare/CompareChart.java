package org.oxidation.chart.compare;

import java.util.Comparator;
import java.util.List;
import java.util.function.ToLongFunction;
import org.oxidation.chart.Metric;
import org.oxidation.chart.ViewState;
import org.oxidation.layout.Units;
import org.oxidation.model.LineCounts;
import org.oxidation.model.Snapshot;
import org.oxidation.model.TagComparison;
import org.oxidation.model.TagComparison.SubsystemRow;

/**
 * What the Compare view draws for a state: the comparison of its two tags, the title and summary in
 * words, the colouring and the largest change it is scaled to. Computed off the FX thread (the
 * comparison itself may run git's rename detection); immutable and thread-safe.
 *
 * @param key the tags, commits and grouping compared: a state with the same key needs no new comparison
 */
public record CompareChart(Object key, String title, String summary, TagComparison comparison, String tagA,
                           String tagB, Colouring colouring, Metric metric) {

    /** What tells two comparisons apart: the tags, their commits, the grouping and what is left out. */
    public static Object keyOf(ViewState state) {
        String a = state.compareTagA();
        String b = state.compareTagB();
        return List.of(String.valueOf(a), String.valueOf(b), commit(state, a), commit(state, b), state.grouping().id(),
                state.excluded());
    }

    /** Whether the state has two tags to compare. */
    public static boolean comparable(ViewState state) {
        return state.compareTagA() != null && state.timeline().tags().size() >= 2;
    }

    /**
     * The chart of a comparable state.
     *
     * @param known a comparison of the same {@link #keyOf key} worked out before, or null to compare now
     */
    public static CompareChart of(ViewState state, ComparisonSource source, TagComparison known) {
        String a = state.compareTagA();
        String b = state.compareTagB();
        TagComparison comparison = known != null ? known : source.compare(state, a, b);
        Metric metric = state.metric();
        Colouring colouring = state.choices().colouring();
        String unit = metric.toString();
        String title = state.source() + " " + a + " → " + b + " — where Rust grew (area = " + unit
                + ", colour = change in " + colouring.language() + ")";
        return new CompareChart(keyOf(state), title, summary(comparison, metric), comparison, a, b, colouring, metric);
    }

    /** The largest change in the colouring's language, at least 1 so that no change divides by zero. */
    public long largestChange() {
        return Math.max(1, comparison.rows().stream().mapToLong(r -> Math.abs(change(r))).max().orElse(1));
    }

    /** A subsystem's change in the colouring's language. */
    public long change(SubsystemRow row) {
        ToLongFunction<LineCounts> measure = metric::of;
        return colouring == Colouring.RUST_CHANGE ? row.rustChange(measure) : row.cChange(measure);
    }

    private static String summary(TagComparison comparison, Metric metric) {
        ToLongFunction<LineCounts> measure = metric::of;
        SubsystemRow total = comparison.total();
        return "Rust " + Units.format(metric.of(total.rustA())) + " → " + Units.format(metric.of(total.rustB())) + " "
                + metric + " (" + signed(total.rustChange(measure)) + "), share "
                + Units.percent(total.shareA(measure)) + " → " + Units.percent(total.shareB(measure))
                + ";   C " + Units.format(metric.of(total.cA())) + " → " + Units.format(metric.of(total.cB()))
                + " (" + signed(total.cChange(measure)) + ");   " + unsafeSummary(total)
                + "\nMost Rust growth: " + biggestGrowth(comparison, measure);
    }

    /** "unsafe 1.2k → 3.4k Rust code lines": unsafe is a keyword in code, so it is always counted in code lines. */
    public static String unsafeSummary(SubsystemRow total) {
        return "unsafe " + Units.format(total.rustA().unsafeLines()) + " → " + Units.format(total.rustB().unsafeLines())
                + " Rust code lines";
    }

    /** The three subsystems whose Rust grew most: the answer to "where did it grow" in words. */
    static String biggestGrowth(TagComparison comparison, ToLongFunction<LineCounts> measure) {
        List<String> top = comparison.rows().stream()
                .filter(row -> row.rustChange(measure) > 0)
                .sorted(Comparator.comparingLong((SubsystemRow row) -> row.rustChange(measure)).reversed())
                .limit(3)
                .map(row -> row.subsystem() + " " + signed(row.rustChange(measure)))
                .toList();
        return top.isEmpty() ? "none" : String.join(", ", top);
    }

    /** "+1.2k", "−300", "±0". */
    public static String signed(long change) {
        return (change > 0 ? "+" : change < 0 ? "−" : "±") + Units.format(Math.abs(change));
    }

    private static String commit(ViewState state, String tag) {
        return tag == null ? "" : state.timeline().snapshot(tag).map(Snapshot::commitId).orElse("");
    }
}
