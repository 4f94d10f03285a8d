package org.oxidation.ui.export;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oxidation.chart.ViewState;
import org.oxidation.chart.compare.Colouring;
import org.oxidation.chart.timeline.TimelineChoices;
import org.oxidation.chart.timeline.TimelineMode;
import org.oxidation.export.CsvReader;
import org.oxidation.model.Timeline;
import org.oxidation.testing.GoldenImages;
import org.oxidation.testing.SmallTree;
import org.oxidation.ui.app.SampleData;

/**
 * Each view drawn headless, as File → Export as PNG… and the export command draw it, in a few states,
 * and compared with its committed reference under {@link GoldenImages#TOLERANCE}: the bundled kernel
 * sample for the timeline, the share and the compare, and a small counted tree for the drilled-in
 * treemap (the sample, read from CSV, has no directories to drill into). Make the references again with
 * {@code mvn -B test -Dtest=GoldenImageTest -Dgolden.update=true}.
 */
class GoldenImageTest {

    private static final int WIDTH = 800;
    private static final int HEIGHT = 500;

    @TempDir
    static Path dir;

    private static Timeline sample;

    @BeforeAll
    static void loadSample() {
        sample = SampleData.load().orElseThrow();
        HeadlessFx.start();
    }

    /** The view drawn from the state into an 800×500 PNG, as an export writes it, read back. */
    static BufferedImage draw(String viewId, ViewState state, String name) throws IOException {
        Path png = dir.resolve(name + ".png");
        var view = HeadlessFx.onFxThread(() -> ChartViews.create(viewId, ChartViews.Context.withoutRepository()));
        PngExporter.export(view, state, state.source(), png, WIDTH, HEIGHT, 1);
        return GoldenImages.read(png);
    }

    private static ViewState sampleState() {
        return ViewState.of(sample);
    }

    @Test
    void timelineByDefaultMatchesItsReference() throws IOException {
        GoldenImages.assertMatchesReference("timeline-default", draw("timeline", sampleState(), "timeline-default"));
    }

    @Test
    void timelineOfCAgainstRustMatchesItsReference() throws IOException {
        ViewState state = sampleState().withTimelineChoices(TimelineChoices.DEFAULT.withMode(TimelineMode.C_VS_RUST));
        GoldenImages.assertMatchesReference("timeline-c-vs-rust", draw("timeline", state, "timeline-c-vs-rust"));
    }

    @Test
    void shareOnALogScaleMatchesItsReference() throws IOException {
        GoldenImages.assertMatchesReference("share-log", draw("share", sampleState(), "share-log"));
    }

    @Test
    void treemapDrilledIntoASubsystemMatchesItsReference() throws IOException {
        ViewState state = SmallTree.state(SmallTree.tree());
        state = state.withChoices(state.choices().withTreemapPath(List.of("drivers/gpu")));
        GoldenImages.assertMatchesReference("treemap-drivers-gpu", draw("treemap", state, "treemap-drivers-gpu"));
    }

    @Test
    void compareColouredByTheChangeInCMatchesItsReference() throws IOException {
        ViewState state = sampleState().withChoices(sampleState().choices().withColouring(Colouring.C_CHANGE));
        GoldenImages.assertMatchesReference("compare-by-c", draw("compare", state, "compare-by-c"));
    }

    @Test
    void monthlySamplesByDateWithTagsMarkedAndTheDoublingTimeMatchTheirReferences() throws IOException {
        ViewState monthly = org.oxidation.testing.ExponentialRust.monthly();
        GoldenImages.assertMatchesReference("timeline-monthly-growth", draw("timeline", monthly, "timeline-monthly-growth"));
        GoldenImages.assertMatchesReference("share-monthly-growth", draw("share", monthly, "share-monthly-growth"));
    }

    /**
     * The comparison must see numbers, not only layout: the same timeline with the Rust of the last tag
     * doubled (titles, axes' tags and legend entries unchanged) is far outside the tolerance.
     */
    @Test
    void aTimelineWithAlteredNumbersFailsTheComparison() throws IOException {
        ViewState altered = ViewState.of(doubledRustAtLastTag());
        BufferedImage picture = draw("timeline", altered, "timeline-altered");
        BufferedImage reference = GoldenImages.read(GoldenImages.reference("timeline-default"));
        AssertionError failure = assertThrows(AssertionError.class,
                () -> GoldenImages.assertSimilar("timeline-altered", reference, picture));
        assertTrue(failure.getMessage().contains("above the tolerance"), failure.getMessage());
        double rms = GoldenImages.rms(reference, picture);
        assertTrue(rms > 2 * GoldenImages.TOLERANCE, "an altered chart differs clearly, not at the edge: " + rms);
    }

    /** The sample with every count of the last tag's Rust rows doubled, under the sample's own name. */
    private static Timeline doubledRustAtLastTag() throws IOException {
        String csv;
        try (InputStream in = SampleData.class.getResourceAsStream(SampleData.RESOURCE)) {
            csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String lastTag = sample.tags().get(sample.tags().size() - 1);
        String altered = csv.lines().map(line -> {
            String[] cells = line.split(",", -1);
            if (!cells[0].equals(lastTag) || !cells[4].equals("Rust")) {
                return line;
            }
            for (int i = 5; i < cells.length; i++) {
                if (cells[i].matches("\\d+")) { // the counts, not vendored_from's names
                    cells[i] = Long.toString(2 * Long.parseLong(cells[i]));
                }
            }
            return String.join(",", cells);
        }).collect(Collectors.joining("\n", "", "\n"));
        return CsvReader.read(new StringReader(altered), SampleData.SOURCE, "kernel");
    }

    @Test
    void theRmsDifferenceIsZeroForEqualPicturesAndTheMeanSquareOfTheDifferencesOtherwise() {
        BufferedImage white = new BufferedImage(2, 1, BufferedImage.TYPE_INT_RGB);
        white.setRGB(0, 0, 0xffffff);
        white.setRGB(1, 0, 0xffffff);
        BufferedImage changed = new BufferedImage(2, 1, BufferedImage.TYPE_INT_RGB);
        changed.setRGB(0, 0, 0xffffff);
        changed.setRGB(1, 0, 0xff00ff); // green 255 → 0 in one of six values: sqrt(255² / 6)
        assertTrue(GoldenImages.rms(white, white) == 0);
        org.junit.jupiter.api.Assertions.assertEquals(255 / Math.sqrt(6), GoldenImages.rms(white, changed), 1e-9);
    }
}
