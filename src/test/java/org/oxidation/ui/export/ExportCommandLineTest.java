package org.oxidation.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.oxidation.chart.Metric;
import org.oxidation.chart.ViewState;
import org.oxidation.chart.share.ShareChoices;
import org.oxidation.count.Grouping;
import org.oxidation.model.Origin;
import org.oxidation.testing.TwoTags;

/** The export line a state gives: every choice away from its default, nothing else, quoted for a shell. */
class ExportCommandLineTest {

    private final ViewState state = TwoTags.state();

    @Test
    void aDefaultViewOfCsvDataNeedsOnlyTheInputTheChartAndTheFile() {
        ExportCommandLine line = new ExportCommandLine(List.of("--from-csv", "/data/linux.csv"), null, List.of());
        assertEquals("oxidation export --from-csv /data/linux.csv --chart timeline --png out.png",
                line.line(state, "timeline", "out.png", PngExporter.DEFAULT_WIDTH, PngExporter.DEFAULT_HEIGHT, 1));
    }

    @Test
    void aRepositorysCountingChoicesAndTheViewsOwnComeOutAsOptionsQuotedWhereAShellNeedsIt() {
        ExportCommandLine line = new ExportCommandLine(List.of("--repo", "/src/my linux"), "^v6\\.\\d+$",
                List.of("drivers/gpu/drm/amd/include/**=generated"));
        ViewState chosen = state.withOrder("date").withGrouping(Grouping.depth(2)).withMetric(Metric.CODE)
                .withExcluded(Set.of(Origin.Kind.VENDORED))
                .withShareChoices(new ShareChoices(false, List.of("drivers/gpu"), Set.of("all code")));
        assertEquals(List.of("export", "--repo", "/src/my linux", "--tags", "^v6\\.\\d+$", "--order", "date",
                "--group", "depth:2", "--exclude", "vendored", "--origin", "drivers/gpu/drm/amd/include/**=generated",
                "--measure", "code-lines", "--chart", "share", "--share-scale", "linear", "--subsystem", "drivers/gpu",
                "--hide", "all code", "--png", "s.png", "--width", "800", "--height", "500", "--scale", "2"),
                line.arguments(chosen, "share", "s.png", 800, 500, 2));
        String shell = line.line(chosen, "share", "s.png", 800, 500, 2);
        assertTrue(shell.startsWith("oxidation export --repo '/src/my linux' --tags '^v6\\.\\d+$' --order date "), shell);
        assertTrue(shell.contains(" --hide 'all code' "), shell);
    }

    @Test
    void aShareWithNoSubsystemTickedSaysSoRatherThanFallingBackToTheDefault() {
        ExportCommandLine line = new ExportCommandLine(List.of("--sample"), null, List.of());
        ViewState none = state.withShareChoices(ShareChoices.DEFAULT.withTicked(List.of()));
        assertEquals(List.of("export", "--sample", "--chart", "share", "--no-subsystems", "--png", "p.png"),
                line.arguments(none, "share", "p.png", PngExporter.DEFAULT_WIDTH, PngExporter.DEFAULT_HEIGHT, 1));
    }

    @Test
    void aWordWithAQuoteIsQuotedSoThatAShellGivesItBack() {
        assertEquals("'it'\\''s'", ExportCommandLine.quote("it's"));
        assertEquals("drivers/gpu", ExportCommandLine.quote("drivers/gpu"));
    }
}
