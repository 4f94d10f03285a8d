package org.oxidation.chart.share;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.oxidation.layout.Share;
import org.oxidation.model.Breakdown;
import org.oxidation.model.LineCounts;
import org.oxidation.chart.Metric;

/**
 * The Rust share of one part of the code (everything, or one subsystem) at every tag, with the counts
 * it comes from. Immutable and thread-safe.
 *
 * @param name the series name: {@link #OVERALL} or a subsystem
 * @param rust Rust lines (or code lines) per tag
 * @param c    C lines (or code lines) per tag
 */
public record ShareLine(String name, long[] rust, long[] c) {

    public static final String OVERALL = "all code";
    private static final String RUST = "Rust";
    private static final String C = "C";

    /** Equal counts, not the same arrays: a chart worked out again from the same rows equals the one before. */
    @Override
    public boolean equals(Object other) {
        return other instanceof ShareLine that && name.equals(that.name) && java.util.Arrays.equals(rust, that.rust)
                && java.util.Arrays.equals(c, that.c);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(name, java.util.Arrays.hashCode(rust), java.util.Arrays.hashCode(c));
    }

    public double share(int tag) {
        return Share.of(rust[tag], c[tag]);
    }

    public int tags() {
        return rust.length;
    }

    /** The share of the whole code base. */
    static ShareLine overall(List<Breakdown> tags, Metric metric) {
        return new ShareLine(OVERALL, perTag(tags, b -> b.total(RUST), metric), perTag(tags, b -> b.total(C), metric));
    }

    /** The share within one subsystem. */
    static ShareLine of(String subsystem, List<Breakdown> tags, Metric metric) {
        return new ShareLine(subsystem, perTag(tags, b -> b.row(subsystem, RUST).counts(), metric),
                perTag(tags, b -> b.row(subsystem, C).counts(), metric));
    }

    /** Subsystems with Rust at any tag, most Rust at the last tag first. */
    static List<String> subsystemsWithRust(List<Breakdown> tags) {
        Set<String> names = new LinkedHashSet<>();
        tags.forEach(b -> b.subsystems().stream().filter(s -> b.row(s, RUST).counts().lines() > 0).forEach(names::add));
        Breakdown last = tags.isEmpty() ? null : tags.get(tags.size() - 1);
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(Comparator.<String>comparingLong(s -> last == null ? 0 : -last.row(s, RUST).counts().lines())
                .thenComparing(Comparator.naturalOrder()));
        return sorted;
    }

    /** Above this share a subsystem is Rust's own (the kernel's rust/): a flat line near 100 %. */
    static final double MOSTLY_RUST = 0.9;

    /**
     * The subsystems worth a line at first sight: the ones with most Rust where Rust is still a minority
     * or a rival of C, since a line flat near 100 % says nothing about growth.
     */
    static List<String> defaultSelection(List<Breakdown> tags, Metric metric, int count) {
        if (tags.isEmpty()) {
            return List.of();
        }
        int last = tags.size() - 1;
        return subsystemsWithRust(tags).stream()
                .filter(s -> of(s, tags, metric).share(last) < MOSTLY_RUST)
                .limit(count)
                .toList();
    }

    private static long[] perTag(List<Breakdown> tags, java.util.function.Function<Breakdown, LineCounts> counts,
                                 Metric metric) {
        return tags.stream().mapToLong(b -> metric.of(counts.apply(b))).toArray();
    }
}
