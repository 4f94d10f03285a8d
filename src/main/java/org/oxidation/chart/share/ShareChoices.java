package org.oxidation.chart.share;

import java.util.List;
import java.util.Set;

/**
 * What the user chose in the Rust share view. Immutable.
 *
 * @param logScale whether the percent axis is logarithmic
 * @param ticked   the subsystems drawn beside the overall line, or null for the default choice (the few
 *                 with most Rust where Rust is still a minority), which follows the data as it grows
 * @param hidden   names of the lines the legend hides
 */
public record ShareChoices(boolean logScale, List<String> ticked, Set<String> hidden) {

    /** Log scale (Rust is well under 1 % of the kernel), the default subsystems, everything drawn. */
    public static final ShareChoices DEFAULT = new ShareChoices(true, null, Set.of());

    public ShareChoices {
        ticked = ticked == null ? null : List.copyOf(ticked);
        hidden = Set.copyOf(hidden);
    }

    public ShareChoices withLogScale(boolean log) {
        return new ShareChoices(log, ticked, hidden);
    }

    public ShareChoices withTicked(List<String> newTicked) {
        return new ShareChoices(logScale, newTicked, hidden);
    }

    public ShareChoices withHidden(Set<String> newHidden) {
        return new ShareChoices(logScale, ticked, newHidden);
    }
}
