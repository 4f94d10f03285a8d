package org.oxidation.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.oxidation.cli.TestCli;
import org.oxidation.testing.TestHistory;
import org.oxidation.chart.ViewState;
import org.oxidation.ui.export.ComparisonSources;

/** File → Open data…, Export as PNG… and Export data as CSV…, past their file choosers. */
class FileActionsTest extends WindowTest {


    private FileActions actions;
    private final List<String> errors = new ArrayList<>();



    private Path countedCsv() throws Exception {
        Path repo = dir.resolve("demo.git");
        try (TestHistory history = TestHistory.bare(repo)) {
            history.commit("v1.0", Map.of("drivers/net/a.c", "int a;\n", "rust/kernel/lib.rs", "fn k() {}\n"));
            history.commit("v1.1", Map.of("drivers/net/a.c", "int a;\n", "drivers/net/p.rs", "// p\nfn p() {}\n"));
        }
        Path csv = dir.resolve("demo.csv");
        assertEquals(0, TestCli.run("count", "--repo", repo.toString(), "--cache-dir", dir.resolve("cache").toString(),
                "--csv", csv.toString()));
        return csv;
    }

    private void showWindow() throws Exception {
        showWindow(UnaryOperator.identity());
        actions = new FileActions(window, ComparisonSources.snapshotsOnly(), () -> null, errors::add);
    }

    @Test
    void openDataShowsTheCsvAndExportDataWritesItBackUnchanged() throws Exception {
        Path csv = countedCsv();
        showWindow();
        interact(() -> actions.openData(csv));
        ViewState state = window.viewStateProperty().get();
        assertEquals(List.of("v1.0", "v1.1"), state.timeline().tags());
        assertEquals("demo.csv", state.source());
        // Group by is greyed out for CSV data, and its enabled holder says why on hover.
        javafx.scene.Node holder = lookup("#grouping-holder").query();
        assertTrue(lookup("#grouping").query().isDisabled());
        assertFalse(holder.isDisabled());
        assertEquals("Data read from a CSV keeps the grouping it was saved with; open a repository to group it "
                + "another way.", ((javafx.scene.control.Tooltip) holder.getProperties().get("javafx.scene.control.Tooltip"))
                .getText());
        javafx.scene.Node orderHolder = lookup("#tag-order-holder").query(); // the tag order too
        assertTrue(lookup("#tag-order").query().isDisabled());
        assertFalse(orderHolder.isDisabled());
        assertTrue(((javafx.scene.control.Tooltip) orderHolder.getProperties().get("javafx.scene.control.Tooltip"))
                .getText().endsWith("(data read from a CSV keeps its order)"));
        Path out = dir.resolve("again.csv");
        java.util.concurrent.CompletableFuture<Void> written = new java.util.concurrent.CompletableFuture<>();
        interact(() -> actions.exportCsv(state, out).thenRun(() -> written.complete(null)));
        written.get(30, java.util.concurrent.TimeUnit.SECONDS);
        assertEquals(Files.readAllLines(csv), Files.readAllLines(out));
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void exportAsPngWritesTheChosenSizeTimesTheScale() throws Exception {
        Path csv = countedCsv();
        showWindow();
        interact(() -> actions.openData(csv));
        Path png = dir.resolve("treemap.png");
        interact(() -> actions.exportPng("treemap", window.viewStateProperty().get(), png,
                new ExportPngDialog.Settings(800, 500, 2)));
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1600, image.getWidth());
        assertEquals(1000, image.getHeight());
        assertTrue(errors.isEmpty(), errors.toString());
        assertEquals("demo-treemap-v1.1.png", ExportNames.png(window.viewStateProperty().get(), "treemap"));
    }

    @Test
    void badFilesGiveOneSentenceAndTheWindowKeepsItsData() throws Exception {
        Path csv = countedCsv();
        showWindow();
        interact(() -> actions.openData(csv));
        Path notCsv = Files.writeString(dir.resolve("notes.csv"), "name,value\na,1\n");
        interact(() -> actions.openData(notCsv));
        Path missingDir = dir.resolve("missing/out.png");
        interact(() -> actions.exportPng("timeline", window.viewStateProperty().get(), missingDir,
                new ExportPngDialog.Settings(800, 500, 1)));
        assertEquals(List.of("not a counts CSV: notes.csv lacks the column(s) tag, commit, date, subsystem, language, "
                        + "files, lines, code, comment, blank",
                "cannot write " + missingDir + ": its directory " + missingDir.getParent() + " does not exist"), errors);
        assertEquals(List.of("v1.0", "v1.1"), window.viewStateProperty().get().timeline().tags());
    }
}
