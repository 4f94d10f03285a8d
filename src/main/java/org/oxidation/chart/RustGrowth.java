package org.oxidation.chart;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.oxidation.layout.GrowthRate;
import org.oxidation.model.Breakdown;
import org.oxidation.model.Snapshot;

/**
 * How fast Rust grows in what a state shows: the doubling time of all Rust lines (or code lines, as
 * measured) over the samples, from a least-squares fit of their logarithm against the commit dates
 * ({@link GrowthRate}). The Timeline and the Rust share draw it, the status bar and the Compare view's
 * summary say it. Samples whose dates do not follow their order have none. Stateless and thread-safe.
 */
public final class RustGrowth {

    private static final String RUST = "Rust";

    private RustGrowth() {
    }

    /** The fit over every sample of the state's timeline, or empty when Rust does not grow there. */
    public static Optional<GrowthRate.Fit> of(ViewState state) {
        return fit(state.timeline().snapshots(), state);
    }

    /**
     * The fit from A to B of a comparison: over the timeline's samples committed from A's date to B's
     * when both are samples, else over A and B alone (refs counted for the comparison).
     */
    public static Optional<GrowthRate.Fit> between(ViewState state, String a, String b) {
        Optional<Snapshot> first = state.comparable(a);
        Optional<Snapshot> last = state.comparable(b);
        if (first.isEmpty() || last.isEmpty()) {
            return Optional.empty();
        }
        OffsetDateTime from = first.get().date().isBefore(last.get().date()) ? first.get().date() : last.get().date();
        OffsetDateTime to = first.get().date().isBefore(last.get().date()) ? last.get().date() : first.get().date();
        List<Snapshot> samples = state.timeline().tags().containsAll(List.of(a, b))
                ? state.timeline().snapshots().stream().filter(s -> !s.date().isBefore(from) && !s.date().isAfter(to)).toList()
                : List.of(first.get(), last.get());
        return fit(samples, state);
    }

    /**
     * "Rust lines double every 7.5 months (2019-01-01 → 2025-06-01, least-squares fit)", why there is
     * none for samples out of date order, or "".
     */
    public static String sentence(ViewState state) {
        List<String> tags = state.timeline().tags();
        if (!SampleAxis.inDateOrder(state.timeline().snapshots())) {
            return "No doubling time: the tags' dates do not follow their order";
        }
        return of(state).map(fit -> "Rust " + state.metric() + " " + fit.describe().replace("doubles", "double")
                + " (" + tags.get(0) + " → " + tags.get(tags.size() - 1) + ", least-squares fit)").orElse("");
    }

    /** Total Rust of the state's measure in each sample. */
    public static long[] rustPerSample(List<Snapshot> samples, ViewState state) {
        return samples.stream().map(s -> Breakdowns.of(s, state.grouping(), state.excluded()))
                .mapToLong((Breakdown b) -> state.metric().of(b.total(RUST))).toArray();
    }

    /**
     * No fit when the samples' dates do not follow their order (release tags of several stable branches):
     * a point release of an old branch dated after the newest release would read as Rust shrinking, and
     * a fit against those dates measures when point releases were made, not how the code grew.
     */
    private static Optional<GrowthRate.Fit> fit(List<Snapshot> samples, ViewState state) {
        if (!SampleAxis.inDateOrder(samples)) {
            return Optional.empty();
        }
        return GrowthRate.of(samples.stream().map(Snapshot::date).toList(), rustPerSample(samples, state));
    }
}
