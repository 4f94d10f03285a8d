package org.oxidation.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.oxidation.chart.share.ShareChart;
import org.oxidation.chart.share.ShareChoices;
import org.oxidation.chart.timeline.TimelineChart;
import org.oxidation.model.Breakdown;
import org.oxidation.model.LineCounts;
import org.oxidation.model.Origin;
import org.oxidation.model.Snapshot;
import org.oxidation.model.Timeline;

/** A subsystem keeps its colour whatever the settings (issue 21, item 3). */
class SeriesColoursTest {

    /**
     * One tag of Rust in five subsystems whose order by lines, by code lines and without vendored code
     * all differ: drivers/block is first by lines (900, 100 code, 600 vendored), drivers/pwm first by
     * code lines (800, 700 code).
     */
    private static ViewState state() {
        Map<String, Map<String, Breakdown.Row>> rows = new LinkedHashMap<>();
        rows.put("drivers/block", rust(900, 100, 600));
        rows.put("drivers/pwm", rust(800, 700, 0));
        rows.put("drivers/gpu", rust(500, 400, 0));
        rows.put("drivers/net", rust(450, 300, 0));
        rows.put("rust", rust(300, 200, 0));
        Snapshot tag = Snapshot.fromBreakdown("v1", "0".repeat(40), OffsetDateTime.parse("2024-01-01T00:00:00Z"),
                new Breakdown("kernel", rows));
        return ViewState.of(new Timeline("t", List.of(tag)));
    }

    private static Map<String, Breakdown.Row> rust(long lines, long code, long vendored) {
        return Map.of("Rust", new Breakdown.Row(new LineCounts(1, lines, code, lines - code, 0, 0), vendored, 0,
                Map.of(), vendored * code / lines, 0));
    }

    private static Map<String, Hue> timelineHues(ViewState state) {
        return TimelineChart.of(state).series().stream().filter(s -> !s.hatched())
                .collect(Collectors.toMap(TimelineChart.Series::name, TimelineChart.Series::hue));
    }

    @Test
    void aSubsystemKeepsItsColourWhenMeasureOrLeftOutCodeReordersTheBands() {
        ViewState lines = state();
        ViewState code = lines.withMetric(Metric.CODE);
        ViewState withoutVendored = lines.withExcluded(Set.of(Origin.Kind.VENDORED));
        List<String> byLines = TimelineChart.of(lines).series().stream().filter(s -> !s.hatched())
                .map(TimelineChart.Series::name).toList();
        List<String> byCode = TimelineChart.of(code).series().stream().map(TimelineChart.Series::name).toList();
        assertNotEquals(byLines, byCode, "the settings do reorder the bands");
        assertEquals("drivers/block", byLines.get(0));
        assertEquals("drivers/pwm", byCode.get(0));

        Map<String, Hue> before = timelineHues(lines);
        assertEquals(5, Set.copyOf(before.values()).size(), "five subsystems, five colours");
        assertEquals(before, timelineHues(code));
        assertEquals(before, timelineHues(withoutVendored));
    }

    @Test
    void theRustShareDrawsASubsystemInItsTimelineColour() {
        ViewState state = state();
        Map<String, Hue> timeline = timelineHues(state);
        ShareChart share = ShareChart.of(state.withShareChoices(
                new ShareChoices(true, List.copyOf(timeline.keySet()), Set.of())));
        share.lines().stream().skip(1).forEach(line -> assertEquals(timeline.get(line.name()), line.hue(), line.name()));
        assertEquals(Hue.RUST, share.lines().get(0).hue(), "all code");
    }

    @Test
    void aSubsystemWhoseNameHashesLikeAnothersHasTheSameColourAloneInTheShareAsBesideItInTheTimeline() {
        String first = "drivers/a";
        String second = java.util.stream.IntStream.range(0, 1000).mapToObj(i -> "drivers/b" + i)
                .filter(name -> SeriesColours.preferred(name) == SeriesColours.preferred(first))
                .findFirst().orElseThrow();
        Map<String, Map<String, Breakdown.Row>> rows = new LinkedHashMap<>();
        rows.put(first, rust(500, 500, 0));
        rows.put(second, rust(400, 400, 0));
        ViewState state = ViewState.of(new Timeline("t", List.of(Snapshot.fromBreakdown("v1", "0".repeat(40),
                OffsetDateTime.parse("2024-01-01T00:00:00Z"), new Breakdown("kernel", rows)))));
        Map<String, Hue> timeline = timelineHues(state);
        assertNotEquals(timeline.get(first), timeline.get(second), "drawn together, they differ");
        ShareChart share = ShareChart.of(state.withShareChoices(new ShareChoices(true, List.of(second), Set.of())));
        assertEquals(timeline.get(second), share.lines().get(1).hue());
    }

    @Test
    void namesDrawnTogetherNeverShareAColourWhileThePaletteLasts() {
        List<String> names = java.util.stream.IntStream.range(0, Hue.SERIES_COLOURS)
                .mapToObj(i -> "drivers/d" + i).toList();
        Map<String, Hue> hues = SeriesColours.among(names);
        assertEquals(Hue.SERIES_COLOURS, Set.copyOf(hues.values()).size());
        assertEquals(hues, SeriesColours.among(reversed(names)), "the order they are drawn in does not matter");
        assertEquals(Hue.series(SeriesColours.preferred("rust")), SeriesColours.among(List.of("rust")).get("rust"));
    }

    private static List<String> reversed(List<String> names) {
        List<String> copy = new java.util.ArrayList<>(names);
        java.util.Collections.reverse(copy);
        return copy;
    }
}
