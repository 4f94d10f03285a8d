package org.oxidation.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.shape.Polyline;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.oxidation.chart.ViewState;
import org.oxidation.model.Snapshot;
import org.oxidation.model.Timeline;
import org.oxidation.testing.ExponentialRust;
import org.oxidation.ui.common.TimeOverlay;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The Timeline's doubling time on synthetic exponential data: Rust lines that double every 120 days,
 * sampled every 60 days, are drawn with a dashed fit labelled with that doubling time in months.
 */
class GrowthLineTest extends FxRobot {

    private static final double DOUBLING_DAYS = 120;

    @AfterEach
    void hide() throws Exception {
        FxToolkit.setupStage(Stage::hide);
    }

    private static ViewState withGrowth(boolean growth) {
        ViewState state = ViewState.of(ExponentialRust.timeline(6, 60, DOUBLING_DAYS));
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
        Timeline rust = ExponentialRust.timeline(6, 60, DOUBLING_DAYS);
        List<Snapshot> samples = new ArrayList<>(List.of(Snapshot.fromBreakdown("s-1", "f".repeat(40),
                ExponentialRust.START.minusDays(60), ExponentialRust.breakdown(0))));
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
