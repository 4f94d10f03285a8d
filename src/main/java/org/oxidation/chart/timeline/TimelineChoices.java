package org.oxidation.chart.timeline;

import java.util.Set;

/**
 * What the user chose in the Timeline: what is stacked, and which series the legend hides. Immutable.
 *
 * @param mode   what is stacked
 * @param hidden names of the series hidden from the chart (still listed in the legend)
 */
public record TimelineChoices(TimelineMode mode, Set<String> hidden) {

    /** What a first look shows: Rust by subsystem, everything drawn. */
    public static final TimelineChoices DEFAULT = new TimelineChoices(TimelineMode.RUST_BY_SUBSYSTEM, Set.of());

    public TimelineChoices {
        java.util.Objects.requireNonNull(mode);
        hidden = Set.copyOf(hidden);
    }

    public TimelineChoices withMode(TimelineMode newMode) {
        return new TimelineChoices(newMode, hidden);
    }

    public TimelineChoices withHidden(Set<String> newHidden) {
        return new TimelineChoices(mode, newHidden);
    }
}
