package org.oxidation.chart.compare;

import java.util.Comparator;
import java.util.List;
import java.util.function.ToLongFunction;
import org.oxidation.chart.Metric;
import org.oxidation.chart.RustGrowth;
import org.oxidation.chart.ViewState;
import org.oxidation.layout.Units;
import org.oxidation.model.LineCounts;
import org.oxidation.model.Snapshot;
import org.oxidation.model.TagComparison;
import org.oxidation.model.TagComparison.SubsystemRow;

/**
 * What the Compare view draws for a state: the comparison of its two tags, the title and summary in
 * words, the colouring and the largest change it is scaled to. A comparison whose A comes after its B
 * in the timeline is drawn as asked, as the change from A to B ({@code backwards}): the words say so and
 * speak of change and shrinkage, not growth, since code written between the tags shows as removed. Computed off the FX thread (the
 * comparison itself may run git's rename detection); immutable and thread-safe.
 *
 * @param key the tags, commits and grouping compared: a state with the same key needs no new comparison
 */
public record CompareChart(Object key, String title, String summary, TagComparison comparison, String tagA,
                           String tagB, Colouring colouring, Metric metric, boolean backwards) {

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
        boolean backwards = isBackwards(state, a, b);
        String title = state.source() + " " + a + " → " + b + " — where Rust " + (backwards ? "changed" : "grew")
                + (state.groupNoun().equals("subsystem") ? "" : ", by " + state.groupNoun()) + " (area = " + unit + ", colour = change in " + colouring.language() + ")" + state.leftOutNote();
        String summary = summary(comparison, metric) + growth(state, a, b);
        if (backwards) {
            summary = "A (" + a + ") is newer than B (" + b + "): read as a change from A back to B, so code added "
                    + "between them shows as removed. Choose the older tag as A to see growth.\n" + summary;
        }
        return new CompareChart(keyOf(state), title, summary, comparison, a, b, colouring, metric, backwards);
    }

    /** ";   Rust lines double every 7.5 months (least-squares fit from A to B)", or "" when Rust does not grow. */
    static String growth(ViewState state, String a, String b) {
        return RustGrowth.between(state, a, b).map(fit -> ";   Rust " + state.metric() + " "
                + fit.describe().replace("doubles", "double") + " (fit " + a + " → " + b + ")").orElse("");
    }

    /** Whether A comes after B: later in the timeline's order, or committed later. */
    static boolean isBackwards(ViewState state, String a, String b) {
        List<String> tags = state.timeline().tags();
        if (tags.contains(a) && tags.contains(b) && tags.indexOf(a) > tags.indexOf(b)) {
            return true;
        }
        return state.comparable(a).flatMap(sa -> state.comparable(b)
                .map(sb -> sa.date() != null && sb.date() != null && sa.date().isAfter(sb.date()))).orElse(false);
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
                + "\n" + biggestChange(comparison, measure);
    }

    /**
     * "Rust code lines with unsafe 1.2k → 3.4k": the number is of lines, not of unsafe blocks, and unsafe
     * is a keyword in code, so it is always counted in code lines.
     */
    public static String unsafeSummary(SubsystemRow total) {
        return "Rust code lines with unsafe " + Units.format(total.rustA().unsafeLines()) + " → "
                + Units.format(total.rustB().unsafeLines());
    }

    /**
     * The three subsystems whose Rust grew most, the answer to "where did it grow" in words; when none
     * grew (a comparison back in time), the three whose Rust shrank most.
     */
    static String biggestChange(TagComparison comparison, ToLongFunction<LineCounts> measure) {
        List<String> growth = largest(comparison, measure, 1);
        if (!growth.isEmpty()) {
            return "Most Rust growth: " + String.join(", ", growth);
        }
        List<String> shrinkage = largest(comparison, measure, -1);
        return shrinkage.isEmpty() ? "Rust unchanged in every subsystem"
                : "Most Rust shrinkage: " + String.join(", ", shrinkage);
    }

    /** The three largest changes of one sign (1 growth, -1 shrinkage), as "drivers/gpu +200". */
    private static List<String> largest(TagComparison comparison, ToLongFunction<LineCounts> measure, int sign) {
        return comparison.rows().stream()
                .filter(row -> Long.signum(row.rustChange(measure)) == sign)
                .sorted(Comparator.comparingLong((SubsystemRow row) -> -sign * row.rustChange(measure)))
                .limit(3)
                .map(row -> row.subsystem() + " " + signed(row.rustChange(measure)))
                .toList();
    }

    /** "+1.2k", "−300", "±0". */
    public static String signed(long change) {
        return (change > 0 ? "+" : change < 0 ? "−" : "±") + Units.format(Math.abs(change));
    }

    private static String commit(ViewState state, String tag) {
        return tag == null ? "" : state.comparable(tag).map(Snapshot::commitId).orElse("");
    }
}
