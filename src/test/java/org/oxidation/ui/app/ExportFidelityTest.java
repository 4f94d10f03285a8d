package org.oxidation.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.Clipboard;
import org.junit.jupiter.api.Test;
import org.oxidation.testing.FxReads;
import org.oxidation.chart.Metric;
import org.oxidation.chart.timeline.TimelineMode;
import org.oxidation.cli.TestCli;
import org.oxidation.testing.GoldenImages;
import org.oxidation.testing.PngText;
import org.oxidation.testing.DatedHistory;
import org.oxidation.testing.TestHistory;
import org.oxidation.chart.Sampling;
import org.oxidation.ui.common.TimeOverlay;
import org.oxidation.ui.common.TileMap;
import org.oxidation.ui.export.ComparisonSources;
import org.oxidation.ui.export.PngExporter;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What you see is what you export: in each view, every choice is changed in the window, then File →
 * Export as PNG… and the line View → Copy as command puts on the clipboard, run as a command, must give
 * the same picture (within the golden tolerance), and that picture must not be the view's default one.
 */
class ExportFidelityTest extends WindowTest {

    private static final long TIMEOUT_SECONDS = 30;


    private FileActions actions;
    private final List<String> errors = new ArrayList<>();



    private void showWindow() throws Exception {
        showWindow(UnaryOperator.identity());
        actions = new FileActions(window, ComparisonSources.snapshotsOnly(), () -> null, errors::add);
    }

    private void showSample(String viewId) throws Exception {
        showWindow();
        interact(() -> window.showTimeline(SampleData.load().orElseThrow(), SampleData.SOURCE, List.of("--sample")));
        interact(() -> window.selectView(viewId));
    }

    private void waitUntil(String query, String text) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> FxReads.onFx(() -> lookup(query).queryAll().stream()
                .anyMatch(node -> node instanceof Label label && label.getText().startsWith(text))));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private <T> void choose(String id, T value) {
        interact(() -> {
            javafx.scene.Node picker = lookup(id).query();
            if (picker instanceof javafx.scene.control.ComboBox<?> combo) {
                ((javafx.scene.control.ComboBox<T>) combo).getSelectionModel().select(value);
            } else {
                lookup(id).queryAs(ChoiceBox.class).setValue(value);
            }
        });
    }

    private void clickLegendEntry(String name) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> legendEntry(name) != null);
        clickOn(legendEntry(name));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Node legendEntry(String name) {
        return FxReads.onFx(() -> lookup(".series-legend-item").queryAll().stream()
                .filter(node -> node.isVisible() && ((Label) node).getText().equals(name)).findFirst().orElse(null));
    }

    /** View → Copy as command, then the clipboard's text. */
    private String copyAsCommand() throws Exception {
        interact(() -> menuItem("menu-copy-command").fire());
        return WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString())
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    private MenuItem menuItem(String id) {
        MenuBar bar = lookup(".menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(item -> id.equals(item.getId())).findFirst().orElseThrow();
    }

    /**
     * Exports the view through the window at the default size, runs the copied line with its --png
     * pointed into the test's folder (and {@code extra}, e.g. where the cache is), and asserts both
     * pictures alike, the PNG's Command key the copied line, and the picture unlike the view's default.
     */
    private void assertExportEqualsCommand(String viewId, String copied, String defaultLine, String... extra)
            throws Exception {
        Path fromWindow = dir.resolve("window.png");
        interact(() -> actions.exportPng(viewId, window.viewStateProperty().get(), fromWindow,
                new ExportPngDialog.Settings(PngExporter.DEFAULT_WIDTH, PngExporter.DEFAULT_HEIGHT, 1)));
        assertTrue(errors.isEmpty(), errors.toString());

        List<String> words = ShellWords.split(copied);
        assertEquals("oxidation", words.get(0));
        Path fromCommand = dir.resolve("command.png");
        List<String> args = withPng(words.subList(1, words.size()), fromCommand);
        args.addAll(List.of(extra));
        assertEquals(0, TestCli.run(args.toArray(String[]::new)), args.toString());

        GoldenImages.assertSimilar(viewId + "-window-vs-command", GoldenImages.read(fromCommand),
                GoldenImages.read(fromWindow));
        assertEquals(ShellWords.join(withPng(words, fromWindow)), PngText.of(fromWindow).get("Command"));

        Path byDefault = dir.resolve("default.png");
        List<String> defaults = withPng(ShellWords.split(defaultLine), byDefault);
        defaults.addAll(List.of(extra));
        assertEquals(0, TestCli.run(defaults.toArray(String[]::new)));
        double rms = GoldenImages.rms(GoldenImages.read(byDefault), GoldenImages.read(fromWindow));
        assertTrue(rms > GoldenImages.TOLERANCE, "the export shows the choices, not the default view: " + rms);
    }

    private static List<String> withPng(List<String> words, Path png) {
        List<String> replaced = new ArrayList<>(words);
        replaced.set(replaced.indexOf("--png") + 1, png.toString());
        return replaced;
    }

    @Test
    void timelineExportsItsModeHiddenSeriesAndMeasureAsTheCopiedCommandDraws() throws Exception {
        showSample("timeline");
        choose("#metric", Metric.CODE);
        choose("#timeline-mode", TimelineMode.C_VS_RUST);
        waitUntil("#timeline-title", "linux (sample) — C and Rust code lines");
        clickLegendEntry("C");

        String copied = copyAsCommand();
        assertEquals("oxidation export --sample --measure code-lines --chart timeline --mode c-vs-rust --hide C "
                + "--png linux_sample_-timeline-v6.1.170-v7.3.4.png", copied);
        assertExportEqualsCommand("timeline", copied, "export --sample --chart timeline --png x.png");
    }

    @Test
    void shareExportsItsScaleTicksAndHiddenLinesAsTheCopiedCommandDraws() throws Exception {
        showSample("share");
        waitUntil("#share-title", "linux (sample) — Rust share");
        clickOn(lookup("#share-log-scale").queryAs(CheckBox.class));
        WaitForAsyncUtils.waitForFxEvents();
        tick("rust");
        clickLegendEntry("all code");

        String copied = copyAsCommand();
        assertEquals("oxidation export --sample --chart share --share-scale linear --subsystem rust "
                + "--subsystem drivers/gpu --subsystem drivers/android --subsystem samples --hide 'all code' "
                + "--png linux_sample_-share-v6.1.170-v7.3.4.png", copied);
        assertExportEqualsCommand("share", copied, "export --sample --chart share --png x.png");
    }

    /** Ticks a subsystem in the list beside the share chart by clicking its check box. */
    private void tick(String subsystem) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS,
                () -> FxReads.onFx(() -> lookup("#share-subsystems").queryAs(ListView.class).getItems().contains(subsystem)));
        Node cell = lookup(".list-cell").queryAll().stream()
                .filter(node -> node instanceof javafx.scene.control.ListCell<?> listCell
                        && subsystem.equals(listCell.getItem())).findFirst().orElseThrow();
        clickOn(from(cell).lookup(".check-box").queryAs(CheckBox.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void compareExportsItsTagsAndColouringAsTheCopiedCommandDraws() throws Exception {
        showSample("compare");
        waitUntil("#compare-title", "linux (sample) v6.1.170 → v7.3.4");
        interact(() -> lookup("#compare-tag-a").queryAs(ComboBox.class).getSelectionModel().select("v6.12.107"));
        interact(() -> lookup("#compare-tag-b").queryAs(ComboBox.class).getSelectionModel().select("v7.2.6"));
        clickOn("#compare-colour-c");
        waitUntil("#compare-title", "linux (sample) v6.12.107 → v7.2.6 — where Rust grew (area = lines, colour = change in C)");

        String copied = copyAsCommand();
        assertEquals("oxidation export --sample --chart compare --tag v6.12.107 --tag v7.2.6 --colour c "
                + "--png linux_sample_-compare-v6.12.107-v7.2.6.png", copied);
        assertExportEqualsCommand("compare", copied, "export --sample --chart compare --png x.png");
    }

    /** v1.0 and v1.1 of a small tree with Rust in drivers/gpu/nova and rust/. */
    private Path repository() throws Exception {
        Path repository = dir.resolve("demo.git");
        try (TestHistory history = TestHistory.bare(repository)) {
            Map<String, String> files = new LinkedHashMap<>();
            files.put("kernel/sched.c", "int a;\nint b;\n");
            files.put("drivers/gpu/drm/drm.c", "int d;\n".repeat(40));
            files.put("drivers/gpu/drm/kms.c", "int k;\n".repeat(20));
            files.put("rust/kernel/lib.rs", "fn f() {}\n".repeat(10));
            history.commit("v1.0", files);
            files.put("drivers/gpu/nova/nova.rs", "fn n() {}\n".repeat(30));
            history.commit("v1.1", files);
        }
        return repository;
    }

    @Test
    void treemapExportsItsTagAndDrillDownAsTheCopiedCommandDraws() throws Exception {
        Path repository = repository();
        showWindow();
        interact(() -> window.openRepository(repository));
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS,
                () -> "demo: 2 tags counted.".equals(statusText()));
        interact(() -> window.selectView("treemap"));
        waitUntil(".chart-title", "demo v1.1");
        choose("#treemap-tag", "v1.0");
        waitUntil(".chart-title", "demo v1.0");
        clickOn(tile("drivers/gpu/drm"));
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> tile("drivers/gpu/drm/drm.c") != null);
        WaitForAsyncUtils.waitForFxEvents();

        String copied = copyAsCommand();
        assertEquals("oxidation export --repo " + repository.toAbsolutePath() + " --chart treemap --tag v1.0 "
                + "--open drivers/gpu --open drivers/gpu/drm --png demo-treemap-v1.0.png", copied);
        String cache = dir.resolve("cache").toString();
        assertExportEqualsCommand("treemap", copied, "export --repo " + repository.toAbsolutePath()
                + " --chart treemap --png x.png", "--cache-dir", cache);
    }

    /** The dated history sampled every month on main in the window, as File → Samples… chooses it. */
    private Path sampledMonthly() throws Exception {
        Path repository = DatedHistory.write(dir);
        showWindow();
        interact(() -> window.openRepository(repository));
        waitUntil("#status-text", "demo: 3 tags counted.");
        interact(() -> assertEquals(null, window.applySampling(Sampling.every("1m", "main", null, null, true))));
        waitUntil("#status-text", "demo: 4 samples counted (every month on main).");
        return repository;
    }

    @Test
    void aMonthlyTimelineWithTagsMarkedAndItsDoublingTimeExportsAsTheCopiedCommandDraws() throws Exception {
        Path repository = sampledMonthly();
        clickOn("#timeline-growth");
        waitUntil("." + TimeOverlay.TREND_LABEL_CLASS, "Rust lines double every");

        String copied = copyAsCommand();
        assertEquals("oxidation export --repo " + repository.toAbsolutePath() + " --every 1m --ref main --mark-tags "
                + "--chart timeline --growth --png demo-timeline-2024-02-01-2024-05-01.png", copied);
        assertExportEqualsCommand("timeline", copied, "export --repo " + repository.toAbsolutePath()
                + " --chart timeline --png x.png", "--cache-dir", dir.resolve("cache").toString());
    }

    @Test
    void aCompareOfRefsTypedInExportsAsTheCopiedCommandDraws() throws Exception {
        Path repository = sampledMonthly();
        interact(() -> window.selectView("compare"));
        interact(() -> lookup("#compare-tag-a").queryAs(ComboBox.class).setValue("side"));
        waitUntil("#status-text", "Compare: side counted.");
        interact(() -> lookup("#compare-tag-b").queryAs(ComboBox.class).setValue("stable"));
        waitUntil("#status-text", "Compare: stable counted.");
        waitUntil("#compare-title", "demo side → stable");

        String copied = copyAsCommand();
        assertEquals("oxidation export --repo " + repository.toAbsolutePath() + " --ref side --ref stable "
                + "--chart compare --png demo-compare-side-stable.png", copied);
        assertExportEqualsCommand("compare", copied, "export --repo " + repository.toAbsolutePath()
                + " --chart compare --png x.png", "--cache-dir", dir.resolve("cache").toString());
    }

    /** Where the middle of the tile of {@code path} is on the screen, or null when none is drawn. */
    private javafx.geometry.Point2D tile(String path) {
        TileMap map = lookup("#treemap-map").queryAs(TileMap.class);
        return map.tiles().stream().filter(tile -> path.equals(tile.path())).findFirst()
                .map(tile -> map.localToScreen(tile.rect().x() + tile.rect().width() / 2, tile.rect().y() + tile.rect().height() / 2))
                .orElse(null);
    }

    /** Names the state no longer draws leave it, so a copied line never names what is not there. */
    @Test
    void hiddenSeriesOfAnotherModeOrOfAnUntickedSubsystemLeaveTheCopiedLine() throws Exception {
        showSample("timeline");
        choose("#timeline-mode", TimelineMode.C_VS_RUST);
        waitUntil("#timeline-title", "linux (sample) — C and Rust lines");
        clickLegendEntry("C");
        choose("#timeline-mode", TimelineMode.RUST_BY_SUBSYSTEM);
        assertEquals("oxidation export --sample --chart timeline --png linux_sample_-timeline-v6.1.170-v7.3.4.png",
                copyAsCommand());

        interact(() -> window.selectView("share"));
        waitUntil("#share-title", "linux (sample) — Rust share");
        clickLegendEntry("drivers/gpu");
        tick("drivers/gpu"); // unticks it: it was one of the defaults
        assertEquals("oxidation export --sample --chart share --subsystem drivers/android --subsystem samples "
                + "--png linux_sample_-share-v6.1.170-v7.3.4.png", copyAsCommand());
    }
}
