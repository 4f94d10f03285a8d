package org.oxidation.testing;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.oxidation.chart.Sampling;
import org.oxidation.chart.TagMark;
import org.oxidation.chart.ViewState;
import org.oxidation.model.Breakdown;
import org.oxidation.model.LineCounts;
import org.oxidation.model.Snapshot;
import org.oxidation.model.Timeline;

/**
 * Synthetic samples whose Rust grows exactly exponentially: Rust lines 1000 · 2^(t / doubling days) in
 * rust/ and a constant 50,000 lines of C in kernel/, from 2023-01-01 every {@code everyDays} days.
 */
public final class ExponentialRust {

    public static final OffsetDateTime START = OffsetDateTime.parse("2023-01-01T00:00:00Z");

    private ExponentialRust() {
    }

    /** The samples, named s0, s1, …. */
    public static Timeline timeline(int samples, int everyDays, double doublingDays) {
        List<Snapshot> snapshots = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            long rust = Math.round(1000 * Math.pow(2, (double) i * everyDays / doublingDays));
            snapshots.add(Snapshot.fromBreakdown("s" + i, String.format("%040d", i), START.plusDays((long) everyDays * i),
                    breakdown(rust)));
        }
        return new Timeline("synthetic", snapshots);
    }

    /** One sample's rows: {@code rust} lines of Rust in rust/ (none when 0), 50,000 of C in kernel/. */
    public static Breakdown breakdown(long rust) {
        Map<String, Map<String, Breakdown.Row>> rows = new java.util.HashMap<>();
        rows.put("kernel", Map.of("C", new Breakdown.Row(new LineCounts(9, 50_000, 50_000, 0, 0, 0), 0, 0)));
        if (rust > 0) {
            rows.put("rust", Map.of("Rust", new Breakdown.Row(new LineCounts(3, rust, rust, 0, 0, 0), 0, 0)));
        }
        return new Breakdown("kernel", rows);
    }

    /**
     * Eighteen monthly samples (every 30 days, named by their dates) doubling every 120 days, sampled
     * every month on main with tags v1.0 … v1.5 marked every 90 days, the doubling time drawn.
     */
    public static ViewState monthly() {
        Timeline numbered = timeline(18, 30, 120);
        List<Snapshot> named = numbered.snapshots().stream()
                .map(s -> Snapshot.fromBreakdown(s.date().toLocalDate().toString(), s.commitId(), s.date(), s.loaded()))
                .toList();
        List<TagMark> marks = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            marks.add(new TagMark("v1." + i, START.plusDays(90L * i + 5)));
        }
        ViewState state = ViewState.of(new Timeline("synthetic", named))
                .withSampling(Sampling.every("1m", "main", null, null, true), marks);
        return state.withChoices(state.choices().withGrowth(true));
    }
}
