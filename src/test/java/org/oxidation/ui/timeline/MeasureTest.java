package org.oxidation.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oxidation.model.Breakdown;
import org.oxidation.model.LineCounts;
import org.oxidation.model.Snapshot;
import org.oxidation.model.Timeline;
import org.oxidation.chart.Metric;
import org.oxidation.chart.timeline.TimelineChoices;
import org.oxidation.chart.timeline.TimelineMode;
import org.oxidation.chart.ViewState;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * Every mode honours Measure: with code lines, the bands, the title and the tooltips count code lines,
 * the origin modes included (issue: "written vs vendored" used to stay in lines).
 */
class MeasureTest extends FxRobot {

    private TimelineView view;
    private ViewState state;

    /**
     * One tag: rust/ Rust 1000 lines (700 code), of which vendored 600 lines (450 code); drivers/gpu C
     * 500 lines (300 code), of which generated 200 lines (180 code) and vendored 100 lines (40 code).
     */
    private static Timeline timeline() {
        Map<String, Map<String, Breakdown.Row>> rows = new LinkedHashMap<>();
        rows.put("rust", Map.of("Rust", new Breakdown.Row(new LineCounts(10, 1000, 700, 200, 100, 5), 600, 0,
                Map.of("syn", "2.0.106"), 450, 0)));
        rows.put("drivers/gpu", Map.of("C", new Breakdown.Row(new LineCounts(4, 500, 300, 150, 50, 0), 100, 200,
                Map.of("zstd", ""), 40, 180)));
        return new Timeline("t", List.of(Snapshot.fromBreakdown("v1", "0".repeat(40),
                OffsetDateTime.parse("2024-01-01T00:00:00Z"), new Breakdown("kernel", rows))));
    }

    @BeforeEach
    void show() throws Exception {
        state = ViewState.of(timeline()).withMetric(Metric.CODE);
        view = ShownTimeline.show(state);
    }

    @AfterEach
    void hide() throws Exception {
        FxToolkit.setupStage(Stage::hide);
    }

    private Map<String, Long> bandsIn(TimelineMode mode) {
        interact(() -> view.show(state.withTimelineChoices(new TimelineChoices(mode, Set.of()))));
        Map<String, Long> bands = new LinkedHashMap<>();
        ShownTimeline.series(view).forEach((name, s) -> bands.put(name, s.getData().get(0).getYValue().longValue()));
        return bands;
    }

    @Test
    void everyModeCountsCodeLinesUnderCodeLines() {
        assertEquals(Map.of("C", 300L, "Rust", 700L), bandsIn(TimelineMode.C_VS_RUST));
        assertEquals(List.of("rust", "rust \u00b7 vendored"), List.copyOf(bandsIn(TimelineMode.RUST_BY_SUBSYSTEM).keySet()));
        assertEquals(Map.of("rust", 250L, "rust \u00b7 vendored", 450L), bandsIn(TimelineMode.RUST_BY_SUBSYSTEM));
        assertEquals(Map.of("drivers/gpu", 260L, "drivers/gpu \u00b7 vendored", 40L), bandsIn(TimelineMode.C_BY_SUBSYSTEM));
        assertEquals(700L, bandsIn(TimelineMode.RUST_PLACEMENT).get("rust/"));
        assertEquals(Map.of("written", 250L, "vendored", 450L), bandsIn(TimelineMode.RUST_ORIGIN));
        assertEquals(Map.of("written", 80L, "vendored", 40L, "generated", 180L), bandsIn(TimelineMode.C_ORIGIN));
        String title = lookup("#timeline-title").queryAs(Label.class).getText();
        assertTrue(title.endsWith("C code lines written for the project vs generated and vendored code"), title);
    }
}
