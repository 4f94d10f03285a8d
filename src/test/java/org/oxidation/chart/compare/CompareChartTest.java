package org.oxidation.chart.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.oxidation.chart.ViewState;
import org.oxidation.model.TagComparison;
import org.oxidation.testing.TwoTags;
import org.oxidation.ui.export.ComparisonSources;

/** The compare chart's model: its words, its colouring and when it compares again. */
class CompareChartTest {

    private final ViewState state = TwoTags.state();

    /** Rust 60 → 260 lines in 30 days: it doubles every 30 · ln 2 / ln(260 / 60) days, in months of 30.44 days. */
    private static final String DOUBLING_MONTHS = String.format(java.util.Locale.ROOT, "%.1f",
            30 * Math.log(2) / Math.log(260.0 / 60) / (365.2425 / 12));
    private final AtomicInteger comparisons = new AtomicInteger();
    private final ComparisonSource counting = (s, a, b) -> {
        comparisons.incrementAndGet();
        return ComparisonSources.snapshotsOnly().compare(s, a, b);
    };

    @Test
    void colouredByTheChangeInCItsScaleIsTheLargestChangeInC() {
        ViewState byC = state.withChoices(state.choices().withColouring(Colouring.C_CHANGE));
        CompareChart chart = CompareChart.of(byC, counting, null);
        assertEquals("src v1.0 → v1.1 — where Rust grew (area = lines, colour = change in C)", chart.title());
        // C grew in drivers/net only (+100); Rust in drivers/gpu (+200).
        assertEquals(100, chart.largestChange());
        assertEquals(200, CompareChart.of(state, counting, null).largestChange());
        assertEquals("Rust 60 → 260 lines (+200), share 9.1% → 27%;   C 600 → 700 (+100);   "
                + "Rust code lines with unsafe 0 → 0\nMost Rust growth: drivers/gpu +200;   Rust lines double every "
                + DOUBLING_MONTHS + " months (fit v1.0 → v1.1)", chart.summary());
        assertEquals(false, chart.backwards());
    }

    @Test
    void aComparisonFromTheNewerTagReadsAsAChangeBackInTimeAndNamesTheLargestShrinkage() {
        CompareChart chart = CompareChart.of(state.withTags("v1.1", "v1.0"), counting, null);
        assertEquals(true, chart.backwards());
        assertEquals("src v1.1 → v1.0 — where Rust changed (area = lines, colour = change in Rust)", chart.title());
        // From v1.1 to v1.0 drivers/gpu loses its 200 lines of Rust (nova.rs) and drivers/net its 100 of C.
        assertEquals("A (v1.1) is newer than B (v1.0): read as a change from A back to B, so code added between "
                + "them shows as removed. Choose the older tag as A to see growth.\n"
                + "Rust 260 → 60 lines (−200), share 27% → 9.1%;   C 700 → 600 (−100);   "
                + "Rust code lines with unsafe 0 → 0\nMost Rust shrinkage: drivers/gpu −200;   Rust lines double every "
                + DOUBLING_MONTHS + " months (fit v1.1 → v1.0)", chart.summary());
        assertEquals(-200, chart.comparison().rows().stream().filter(r -> r.subsystem().equals("drivers/gpu"))
                .findFirst().orElseThrow().rustChange(org.oxidation.model.LineCounts::lines));
    }

    @Test
    void anotherColouringOfTheSameTagsNeedsNoNewComparison() {
        CompareChart first = CompareChart.of(state, counting, null);
        ViewState byC = state.withChoices(state.choices().withColouring(Colouring.C_CHANGE));
        assertEquals(first.key(), CompareChart.keyOf(byC));
        TagComparison known = first.comparison();
        assertSame(known, CompareChart.of(byC, counting, known).comparison());
        assertEquals(1, comparisons.get());
        assertNotEquals(first.key(), CompareChart.keyOf(state.withTags("v1.1", "v1.0")));
    }

    @Test
    void theCommandLinesWordForAColouringReadsBackAsTheColouring() {
        for (Colouring colouring : Colouring.values()) {
            assertEquals(colouring, Colouring.parse(colouring.id()));
        }
    }
}
