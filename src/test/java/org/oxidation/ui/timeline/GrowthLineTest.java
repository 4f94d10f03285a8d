package org.oxidation.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.shape.Polyline;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.oxidation.chart.ViewState;
import org.oxidation.model.Breakdown;
import org.oxidation.model.LineCounts;
import org.oxidation.model.Snapshot;
import org.oxidation.model.Timeline;
import org.oxidation.ui.common.TimeOverlay;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The Timeline's doubling time on synthetic exponential data: Rust lines that double every 120 days,
 * sampled every 60 days, are drawn with a dashed fit labelled with that doubling time in months.
 */
class GrowthLineTest extends FxRobot {

    private static final OffsetDateTime START = OffsetDateTime.parse("2023-01-01T00:00:00Z");
    private static final double DOUBLING_DAYS = 120;

    @AfterEach
    void hide() throws Exception {
        FxToolkit.setupStage(Stage::hide);
    }

    /** Six samples 60 days apart: Rust 1000 · 2^(t / 120 days) in rust/, and a constant 50,000 lines of C. */
    static Timeline exponentialRust() {
        List<Snapshot> samples = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            long rust = Math.round(1000 * Math.pow(2, i * 60 / DOUBLING_DAYS));
            Breakdown breakdown = new Breakdown("kernel", Map.of(
                    "rust", Map.of("Rust", new Breakdown.Row(new LineCounts(3, rust, rust, 0, 0, 0), 0, 0)),
                    "kernel", Map.of("C", new Breakdown.Row(new LineCounts(9, 50_000, 50_000, 0, 0, 0), 0, 0))));
            samples.add(Snapshot.fromBreakdown("s" + i, String.valueOf(i).repeat(40), START.plusDays(60L * i), breakdown));
        }
        return new Timeline("synthetic", samples);
    }

    private static ViewState withGrowth(boolean growth) {
        ViewState state = ViewState.of(exponentialRust());
        return state.withChoices(state.choices().withGrowth(growth));
    }

    @Test
    void rustThatDoublesEvery120DaysIsLabelledAsDoublingEvery3point9Months() throws Exception {
        TimelineView view = ShownTimeline.show(withGrowth(true));

        Label label = (Label) view.node().lookup("." + TimeOverlay.TREND_LABEL_CLASS);
        assertNotNull(label, "the dashed fit is drawn with its label");
        // 120 days in months of 365.2425 / 12 days; rounding of the counts moves it far less than 0.05.
        String months = String.format(Locale.ROOT, "%.1f", DOUBLING_DAYS / (365.2425 / 12));
        assertEquals("3.9", months);
        assertEquals("Rust lines double every " + months + " months", label.getText());
        Polyline line = (Polyline) view.node().lookup("." + TimeOverlay.TREND_CLASS);
        assertEquals(12, line.getPoints().size(), "one point of the fit per sample");
    }

    @Test
    void theFitStartsAtTheFirstSampleWithRust() throws Exception {
        Timeline rust = exponentialRust();
        Breakdown noRust = new Breakdown("kernel", Map.of(
                "kernel", Map.of("C", new Breakdown.Row(new LineCounts(9, 50_000, 50_000, 0, 0, 0), 0, 0))));
        List<Snapshot> samples = new ArrayList<>(List.of(Snapshot.fromBreakdown("s-1", "f".repeat(40), START.minusDays(60), noRust)));
        samples.addAll(rust.snapshots());
        ViewState state = ViewState.of(new Timeline("synthetic", samples));
        TimelineView view = ShownTimeline.show(state.withChoices(state.choices().withGrowth(true)));

        Polyline line = (Polyline) view.node().lookup("." + TimeOverlay.TREND_CLASS);
        assertEquals(12, line.getPoints().size(), "no point of the fit before Rust arrived: 6 of 7 samples");
    }

    @Test
    void theDashedFitIsOnlyDrawnWhenChosen() throws Exception {
        TimelineView view = ShownTimeline.show(withGrowth(false));

        assertNull(view.node().lookup("." + TimeOverlay.TREND_LABEL_CLASS));
    }
}
