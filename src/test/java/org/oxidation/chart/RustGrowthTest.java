package org.oxidation.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.oxidation.model.Timeline;
import org.oxidation.testing.ExponentialRust;
import org.oxidation.ui.app.SampleData;

class RustGrowthTest {

    @Test
    void exponentialRustSaysItsDoublingTimeOverTheSamples() {
        ViewState state = ViewState.of(ExponentialRust.timeline(6, 60, 120));

        assertEquals("Rust lines double every 3.9 months (s0 → s5, least-squares fit)", RustGrowth.sentence(state));
    }

    @Test
    void stableTagsInVersionOrderWhoseDatesGoBackHaveNoDoublingTimeAndStayByTag() {
        // The sample's v6.1.192 is committed on 2026-11-16, after v7.3.4 (2026-11-15) that follows it.
        Timeline sample = SampleData.load().orElseThrow();
        ViewState state = ViewState.of(sample);
        state = state.withChoices(state.choices().withPlacement(Placement.BY_DATE));

        assertTrue(RustGrowth.of(state).isEmpty());
        assertEquals("No doubling time: the tags' dates do not follow their order", RustGrowth.sentence(state));
        assertFalse(SampleAxis.byDate(state), "chosen by date, drawn by tag");
        assertFalse(SampleAxis.of(state).byDate());
    }
}
