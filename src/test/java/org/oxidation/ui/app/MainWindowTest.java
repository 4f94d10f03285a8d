package org.oxidation.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.Test;
import org.oxidation.testing.FxReads;
import org.oxidation.testing.Waits;
import org.oxidation.count.Grouping;
import org.oxidation.model.ProgressMonitor;
import org.oxidation.model.Timeline;
import org.oxidation.testing.TestHistory;
import org.oxidation.chart.Metric;
import org.oxidation.chart.timeline.TimelineMode;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

@org.junit.jupiter.api.Timeout(value = 180, unit = TimeUnit.SECONDS)
class MainWindowTest extends WindowTest {

    private static final long TIMEOUT_SECONDS = 30;

    // Each file's counts are stated beside it, worked out by reading it.
    private static final String SCHED_C = "int a;\nint b;\n";          // C, 2 lines, 2 code
    private static final String DRM_C = "/* drm */\nint d;\n\n";        // C, 3 lines, 1 code
    private static final String LIB_RS = "// lib\nfn f() {}\n";          // Rust, 2 lines, 1 code
    private static final String NOVA_RS = "fn n() {\n}\n";               // Rust, 2 lines, 2 code
    private static final String PHY_RS = "// phy\n\nfn p() {}\n";        // Rust, 3 lines, 1 code
    private static final String ETH_C = "int e;\n";                      // C, 1 line, 1 code





    /**
     * v1.0: C 2+3 = 5 lines, Rust 2 (rust/). v1.1 adds Rust in drivers/gpu: C 5, Rust 4.
     * v1.2 adds drivers/net with Rust and C: C 6, Rust 7.
     */
    private Path threeTagHistory() throws Exception {
        Path repository = dir.resolve("demo.git");
        try (TestHistory history = TestHistory.bare(repository)) {
            Map<String, String> files = new LinkedHashMap<>();
            files.put("kernel/sched.c", SCHED_C);
            files.put("drivers/gpu/drm.c", DRM_C);
            files.put("rust/kernel/lib.rs", LIB_RS);
            history.commit("v1.0", files);
            files.put("drivers/gpu/nova/nova.rs", NOVA_RS);
            history.commit("v1.1", files);
            files.put("drivers/net/phy.rs", PHY_RS);
            files.put("drivers/net/eth.c", ETH_C);
            history.commit("v1.2", files);
        }
        return repository;
    }


    private void openAndWaitUntilCounted(Path repository) throws Exception {
        interact(() -> window.openRepository(repository));
        waitUntilStatus("demo: 3 tags counted.");
    }

    private void waitUntilStatus(String expected) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS,
                () -> expected.equals(statusText()));
    }

    /**
     * Waits until the charts asked for so far are worked out on the window's chart thread and drawn: a
     * task queued behind them runs once they are computed, and their drawing was queued on the FX thread.
     */
    static void settle(MainWindow window) throws Exception {
        java.util.concurrent.CompletableFuture.runAsync(() -> { }, window.chartExecutor()).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Series name → y values of the chart once drawn, read on the FX thread. */
    private Map<String, List<Number>> seriesOf(String chartId) throws Exception {
        settle(window);
        return WaitForAsyncUtils.asyncFx(() -> {
            XYChart<?, ?> chart = lookup(chartId).queryAs(XYChart.class);
            Map<String, List<Number>> values = new LinkedHashMap<>();
            for (XYChart.Series<?, ?> series : chart.getData()) {
                values.put(series.getName(), series.getData().stream().map(d -> (Number) d.getYValue()).toList());
            }
            return values;
        }).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    @SuppressWarnings("unchecked")
    private <T> void choose(String choiceBoxId, T value) {
        interact(() -> lookup(choiceBoxId).queryAs(ChoiceBox.class).setValue(value));
    }

    private static List<Number> longs(long... values) {
        return java.util.Arrays.stream(values).boxed().map(Number.class::cast).toList();
    }

    private static List<Long> asLongs(List<Number> values) {
        return values.stream().map(Number::longValue).toList();
    }

    @Test
    void openingARepositoryCountsEveryTagAndTheTimelineShowsTheLineCounts() throws Exception {
        showWindow(UnaryOperator.identity());
        openAndWaitUntilCounted(threeTagHistory());
        choose("#timeline-mode", TimelineMode.C_VS_RUST);

        Map<String, List<Number>> series = seriesOf("#timeline-chart");
        assertEquals(List.of("C", "Rust"), List.copyOf(series.keySet()));
        assertEquals(asLongs(longs(5, 5, 6)), asLongs(series.get("C")));
        assertEquals(asLongs(longs(2, 4, 7)), asLongs(series.get("Rust")));
        assertEquals("3 tags: v1.0 … v1.2", lookup("#matched-tags").queryAs(Label.class).getText());
        assertEquals("demo — C and Rust lines", lookup("#timeline-title").queryAs(Label.class).getText());
    }

    @Test
    void aCacheWarningStaysInTheStatusAfterTheCountEnds() throws Exception {
        Path repository = threeTagHistory();
        try (org.eclipse.jgit.lib.Repository git = org.oxidation.git.RepositoryOpener.open(repository)) {
            int rules = org.oxidation.count.LanguageRules.standard().version();
            Path trees = org.oxidation.git.CacheLocation.blobCountsFile(dir.resolve("cache"), git, rules)
                    .resolveSibling("trees-rules" + rules + ".bin");
            java.nio.file.Files.createDirectories(trees.getParent());
            java.nio.file.Files.writeString(trees, "not a cache");
        }
        showWindow(UnaryOperator.identity());
        interact(() -> window.openRepository(repository));
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS,
                () -> statusText().startsWith("demo: 3 tags counted. Warning: ignoring the tree cache "));
        assertTrue(statusText().endsWith("it will be rebuilt"),
                statusText());
    }

    @Test
    void everyWarningOfTheCountIsListedBehindTheStatusBarsLink() throws Exception {
        Path repository = dir.resolve("demo.git");
        try (TestHistory history = TestHistory.bare(repository)) {
            ObjectId commit = history.commit("v1.0", Map.of("kernel/sched.c", SCHED_C));
            ObjectId tree;
            try (org.eclipse.jgit.revwalk.RevWalk walk = new org.eclipse.jgit.revwalk.RevWalk(history.repository())) {
                tree = walk.parseCommit(commit).getTree().getId();
            }
            history.rawTag("v1.1", tree);
            history.rawTag("v1.2", history.blob(TestHistory.text(ETH_C)));
        }
        showWindow(UnaryOperator.identity());
        assertFalse(lookup("#warnings-link").query().isVisible(), "no warnings yet");
        interact(() -> window.openRepository(repository));
        waitUntilStatus("demo: 1 tag counted. Last warning: skipping tag v1.2: it points at a blob, not a commit");

        Hyperlink link = lookup("#warnings-link").queryAs(Hyperlink.class);
        assertEquals("2 warnings…", link.getText());
        clickOn(link);
        WaitForAsyncUtils.waitForFxEvents();
        String listed = lookup("#warnings-list").queryAs(TextArea.class).getText();
        assertEquals("skipping tag v1.1: it points at a tree, not a commit\n\n"
                + "skipping tag v1.2: it points at a blob, not a commit", listed);
        assertEquals("The last count gave 2 warnings",
                lookup("#warnings-dialog").queryAs(DialogPane.class).getHeaderText());

        Timeline other = window.viewStateProperty().get().timeline();
        interact(() -> window.showTimeline(other, "other.csv", List.of("--from-csv", "other.csv")));
        assertFalse(lookup("#warnings-link").query().isVisible(), "the warnings were about the repository no longer shown");
    }

    @Test
    void aViewNotOnScreenCatchesUpWhenItsTabIsChosen() throws Exception {
        showWindow(UnaryOperator.identity());
        openAndWaitUntilCounted(threeTagHistory());
        ComboBox<?> tagB = lookup("#compare-tag-b").queryAs(ComboBox.class);
        assertTrue(tagB.getItems().isEmpty(), "Compare (and its git diff) waits until it is looked at");
        clickOn(lookup(".tab-label").match(org.testfx.matcher.control.LabeledMatchers.hasText("Compare")).queryLabeled());
        assertEquals(List.of("v1.0", "v1.1", "v1.2"), List.copyOf(tagB.getItems()));
        assertEquals("v1.2", tagB.getValue());
        // git's rename detection runs off the FX thread; the comparison is drawn when it is done.
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> FxReads.onFx(() -> lookup("#compare-title").tryQuery()
                .map(node -> ((Label) node).getText().equals("demo v1.0 → v1.2 — where Rust grew (area = lines, colour = change in Rust)"))
                .orElse(false)));
    }

    @Test
    void shareViewShowsRustOverCPlusRustPerTag() throws Exception {
        showWindow(UnaryOperator.identity());
        openAndWaitUntilCounted(threeTagHistory());
        clickOn(lookup(".tab-label").match(org.testfx.matcher.control.LabeledMatchers.hasText("Rust share"))
                .queryLabeled()); // the tab, not another label that says "Rust share"
        clickOn("#share-log-scale"); // linear: the chart's values are then the shares themselves

        Map<String, List<Number>> series = seriesOf("#share-chart");
        // Ticked by default: the subsystems with most Rust that also hold C.
        assertEquals(List.of("all code", "drivers/net", "drivers/gpu"), List.copyOf(series.keySet()));
        assertShares(List.of(2.0 / 7, 4.0 / 9, 7.0 / 13), series.get("all code"));
        assertShares(List.of(0.0, 2.0 / 5, 2.0 / 5), series.get("drivers/gpu"));
        assertShares(List.of(0.0, 0.0, 3.0 / 4), series.get("drivers/net"));
    }

    private static void assertShares(List<Double> expected, List<Number> actual) {
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), actual.get(i).doubleValue(), 1e-12, "tag " + i);
        }
    }

    @Test
    void switchingTheGroupingOrTheMetricRedrawsTheSeries() throws Exception {
        showWindow(UnaryOperator.identity());
        openAndWaitUntilCounted(threeTagHistory());
        choose("#timeline-mode", TimelineMode.RUST_BY_SUBSYSTEM);
        assertEquals(Set.of("drivers/net", "drivers/gpu", "rust"), seriesOf("#timeline-chart").keySet());

        choose("#grouping", ChoicesBar.GROUPINGS.get(1)); // first directory only
        Map<String, List<Number>> byTopDirectory = seriesOf("#timeline-chart");
        assertEquals(List.of("drivers", "rust"), List.copyOf(byTopDirectory.keySet()));
        assertEquals(asLongs(longs(0, 2, 5)), asLongs(byTopDirectory.get("drivers")));

        choose("#timeline-mode", TimelineMode.C_VS_RUST);
        choose("#metric", Metric.CODE);
        Map<String, List<Number>> code = seriesOf("#timeline-chart");
        assertEquals(asLongs(longs(3, 3, 4)), asLongs(code.get("C")));
        assertEquals(asLongs(longs(1, 3, 4)), asLongs(code.get("Rust")));
        assertEquals(Grouping.depth(1).id(), window.viewStateProperty().get().grouping().id());
    }

    @Test
    void originRulesMarkGeneratedCodeAndTheToggleLeavesItOut() throws Exception {
        showWindow(UnaryOperator.identity());
        openAndWaitUntilCounted(threeTagHistory());
        interact(() -> assertTrue(window.applyOriginRules("# register headers\ndrivers/gpu=generated\n")));
        choose("#timeline-mode", TimelineMode.C_ORIGIN);
        Map<String, List<Number>> byOrigin = seriesOf("#timeline-chart");
        assertEquals(List.of("written", "generated"), List.copyOf(byOrigin.keySet()));
        assertEquals(asLongs(longs(2, 2, 3)), asLongs(byOrigin.get("written")));   // sched.c 2 (+ eth.c 1 at v1.2)
        assertEquals(asLongs(longs(3, 3, 3)), asLongs(byOrigin.get("generated"))); // drivers/gpu/drm.c 3

        clickOn("#exclude-vendored");
        choose("#timeline-mode", TimelineMode.C_VS_RUST);
        Map<String, List<Number>> left = seriesOf("#timeline-chart");
        assertEquals(asLongs(longs(2, 2, 3)), asLongs(left.get("C")));
        assertEquals(asLongs(longs(2, 2, 5)), asLongs(left.get("Rust")), "nova.rs under drivers/gpu is left out too");

        interact(() -> assertFalse(window.applyOriginRules("drivers/gpu=handwritten")));
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, this::errorDialogShown);
        assertTrue(lookup("#error-dialog").queryAs(DialogPane.class).getContentText()
                .startsWith("origin rules: label 'handwritten' must be vendored, generated or written"));
    }

    /** Set when the count held at the second tag was let go by a cancel (not by the wait's bound). */
    private final AtomicBoolean releasedByCancel = new AtomicBoolean();

    /** Counting the second tag waits until cancelled, so that a cancel surely lands mid-run. */
    private UnaryOperator<ProgressMonitor> blockingOnSecondTag() {
        AtomicBoolean blockOnce = new AtomicBoolean(true);
        return org.oxidation.testing.Monitors.afterEachTaskBegins((monitor, index) -> {
            if (index == 2 && blockOnce.getAndSet(false)) {
                releasedByCancel.set(Waits.until(monitor::isCancelled, TIMEOUT_SECONDS));
            }
        });
    }

    private void openAndWaitForTagTwo() throws Exception {
        Path repository = threeTagHistory();
        interact(() -> window.openRepository(repository));
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> FxReads.onFx(() -> lookup("#cancel").query().isVisible()
                && lookup("#progress-text").queryAs(Label.class).getText().startsWith("tag 2/3 v1.1")));
    }

    /** The tick labels of a chart's tag axis, where a tag sits (x = 0, 1, …). */
    private List<String> tagAxisLabels(String chartId) throws Exception {
        XYChart<?, ?> chart = lookup(chartId).queryAs(XYChart.class);
        @SuppressWarnings("unchecked")
        javafx.scene.chart.ValueAxis<Number> axis = (javafx.scene.chart.ValueAxis<Number>) chart.getXAxis();
        return WaitForAsyncUtils.asyncFx(() -> {
            List<String> labels = new java.util.ArrayList<>();
            for (int x = 0; x <= axis.getUpperBound(); x++) {
                labels.add(axis.getTickLabelFormatter().toString(x));
            }
            return labels;
        }).get();
    }

    @Test
    void whileTheFirstCountRunsTheTimelinesSpanEveryChosenTag() throws Exception {
        showWindow(blockingOnSecondTag());
        openAndWaitForTagTwo();
        assertEquals(List.of("v1.0"), window.viewStateProperty().get().timeline().tags());
        assertEquals(List.of("v1.0", "v1.1", "v1.2"), tagAxisLabels("#timeline-chart"), "the tags to come are on the axis");
        assertEquals(List.of(1), seriesOf("#timeline-chart").values().stream().map(List::size).distinct().toList(),
                "data for the counted tag only");

        clickOn("#cancel");
        waitUntilStatus("Cancelled: 1 of 3 tags counted.");
        assertEquals(List.of("v1.0", ""), tagAxisLabels("#timeline-chart"), "a cancelled count leaves no empty tags behind");
    }

    @Test
    void closingTheWindowDuringARunStopsItPromptlyAndKeepsWhatWasCounted() throws Exception {
        showWindow(blockingOnSecondTag());
        openAndWaitForTagTwo();
        interact(window::shutdown); // what closing the window does
        // Promptly, without a clock: the count held at tag 2 was let go by the cancel that closing sends.
        assertTrue(releasedByCancel.get(), "closing the window cancelled the count");
        try (var files = Files.walk(dir.resolve("cache"))) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().startsWith("blobs-rules")),
                    "the blobs counted before closing are in the cache");
        }
        assertEquals(List.of("v1.0"), window.viewStateProperty().get().timeline().tags(), "no half-counted tag shown");
    }

    @Test
    void cancellingARunStopsItShowsSoAndLeavesTheWindowUsable() throws Exception {
        showWindow(blockingOnSecondTag());
        openAndWaitForTagTwo();
        clickOn("#cancel");
        waitUntilStatus("Cancelled: 1 of 3 tags counted.");
        assertFalse(lookup("#cancel").query().isVisible());
        assertEquals(List.of("v1.0"), window.viewStateProperty().get().timeline().tags());

        // Still usable: Enter in the tag field counts again, keeping v1.0 and adding the rest.
        clickOn("#tag-pattern");
        interact(() -> lookup("#tag-pattern").queryAs(TextField.class).setText("^v1\\.[0-9]$"));
        type(KeyCode.ENTER);
        waitUntilStatus("demo: 3 tags counted.");
        assertEquals(List.of("v1.0", "v1.1", "v1.2"), window.viewStateProperty().get().timeline().tags());
    }

    @Test
    void aDirectoryThatIsNotARepositoryShowsAnErrorDialogWithOneSentence() throws Exception {
        showWindow(UnaryOperator.identity());
        Path plain = Files.createDirectories(dir.resolve("plain"));
        interact(() -> window.openRepository(plain));
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, this::errorDialogShown);

        DialogPane dialog = lookup("#error-dialog").queryAs(DialogPane.class);
        assertEquals("Not a git repository: " + plain + ".", dialog.getContentText());
        clickOn("OK");
        assertTrue(lookup("#welcome-open").query().isVisible(), "the welcome view stays");
        assertFalse(lookup("#cancel").query().isVisible());
    }

    @Test
    void clickingALegendEntryHidesItsSeriesAndClickingAgainShowsIt() throws Exception {
        showWindow(UnaryOperator.identity());
        openAndWaitUntilCounted(threeTagHistory());
        choose("#timeline-mode", TimelineMode.C_VS_RUST);
        Node rustEntry = lookup(".series-legend-item").match((Label label) -> label.getText().equals("Rust"))
                .query();

        clickOn(rustEntry);
        assertEquals(List.of("C"), List.copyOf(seriesOf("#timeline-chart").keySet()));
        assertTrue(rustEntry.getStyleClass().contains("hidden-series"));

        clickOn(rustEntry);
        assertEquals(List.of("C", "Rust"), List.copyOf(seriesOf("#timeline-chart").keySet()));
    }

    @Test
    void aBreadcrumbClickInTheTreemapLeavesTheFocusOutOfTheTagField() throws Exception {
        showWindow(UnaryOperator.identity());
        openAndWaitUntilCounted(threeTagHistory());
        interact(() -> lookup("#views").queryAs(javafx.scene.control.TabPane.class).getSelectionModel()
                .select(lookup("#views").queryAs(javafx.scene.control.TabPane.class).getTabs().stream()
                        .filter(tab -> tab.getText().equals("Treemap")).findFirst().orElseThrow()));
        settle(window);
        org.oxidation.ui.common.TileMap map = lookup("#treemap-map").queryAs(org.oxidation.ui.common.TileMap.class);
        org.oxidation.ui.common.MapTile drivers = map.tiles().stream().filter(tile -> "drivers/gpu".equals(tile.path()))
                .findFirst().orElseThrow();
        moveTo(map.localToScreen(drivers.rect().x() + 20, drivers.rect().y() + 6), org.testfx.robot.Motion.DIRECT); // its header
        clickOn(javafx.scene.input.MouseButton.PRIMARY);
        settle(window);
        assertEquals(List.of("drivers/gpu"), window.viewStateProperty().get().choices().treemapPath());

        clickOn(lookup(".hyperlink").match((Hyperlink link) -> link.getText().equals("demo")).queryAs(Hyperlink.class));
        settle(window);
        assertEquals(List.of(), window.viewStateProperty().get().choices().treemapPath(), "back at the top");
        Node focused = window.node().getScene().getFocusOwner();
        assertFalse(focused != null && "tag-pattern".equals(focused.getId()), "focus went to " + focused);
    }

    @Test
    void anInvalidTagPatternKeepsTheLastGoodOneAndSaysSoInTheStatusBar() throws Exception {
        showWindow(UnaryOperator.identity());
        openAndWaitUntilCounted(threeTagHistory());
        TextField field = lookup("#tag-pattern").queryAs(TextField.class);
        clickOn(field);
        interact(() -> field.setText("^v1.(0"));
        type(KeyCode.ENTER);
        settle(window);
        String status = statusText();
        assertEquals("Tag pattern not changed: invalid tag pattern '^v1.(0': Unclosed group; the charts still show "
                + "the tags of " + org.oxidation.git.TagSelector.DEFAULT_PATTERN + ".", status);
        assertTrue(field.getStyleClass().contains("invalid"), "the field is marked invalid");
        assertEquals(List.of("v1.0", "v1.1", "v1.2"), window.viewStateProperty().get().timeline().tags());

        interact(() -> field.setText("^v1\\.[01]$"));
        type(KeyCode.ENTER);
        waitUntilStatus("demo: 2 tags counted.");
        assertFalse(field.getStyleClass().contains("invalid"), "a good pattern clears the mark");
    }

    @Test
    void whileARepositoryOpensTheWelcomeScreenSaysSoInsteadOfOfferingToOpenAnother() throws Exception {
        showWindow(UnaryOperator.identity());
        assertTrue(lookup("#welcome-open").query().isVisible());
        Path repository = threeTagHistory();
        AtomicBoolean openOffered = new AtomicBoolean(true);
        AtomicBoolean openingSaid = new AtomicBoolean(false);
        // Looked at in the same FX event as the opening starts: before any counted tag replaces the welcome.
        interact(() -> {
            window.openRepository(repository);
            openOffered.set(lookup("#welcome-open").query().isVisible());
            openingSaid.set(lookup("#welcome-opening").query().isVisible());
        });
        assertFalse(openOffered.get(), "no second Open while one opens");
        assertTrue(openingSaid.get());
        waitUntilStatus("demo: 3 tags counted.");
    }

    @Test
    void refreshSaysInTheStatusBarHowManyTagsWereNew() throws Exception {
        showWindow(UnaryOperator.identity());
        openAndWaitUntilCounted(threeTagHistory());
        push(KeyCode.F5);
        waitUntilStatus("demo: refreshed, no new tag (3 tags).");
    }

    @Test
    void aTitleSaysWhenVendoredAndGeneratedCodeIsLeftOut() throws Exception {
        showWindow(UnaryOperator.identity());
        openAndWaitUntilCounted(threeTagHistory());
        clickOn("#exclude-vendored");
        settle(window);
        assertEquals("demo — Rust lines by subsystem (vendored and generated code left out)",
                lookup("#timeline-title").queryAs(Label.class).getText());
    }

    @Test
    void theNextWindowPutsBackMeasureModeAndTabAndTheRepositorysGrouping() throws Exception {
        showWindow(UnaryOperator.identity());
        Path repository = threeTagHistory();
        openAndWaitUntilCounted(repository);
        choose("#metric", Metric.CODE);
        choose("#timeline-mode", TimelineMode.C_VS_RUST);
        choose("#grouping", ChoicesBar.GROUPINGS.get(1));
        settle(window);
        interact(() -> window.selectView("share"));
        FxToolkit.setupFixture(() -> window.shutdown());

        showWindow(UnaryOperator.identity());
        assertEquals(Metric.CODE, lookup("#metric").queryAs(ChoiceBox.class).getValue());
        assertEquals(TimelineMode.C_VS_RUST, window.viewStateProperty().get().choices().timeline().mode());
        assertEquals("share", window.selectedView().id());
        assertEquals(Grouping.KERNEL, lookup("#grouping").queryAs(ChoiceBox.class).getValue(), "no repository yet");
        openAndWaitUntilCounted(repository);
        assertEquals("depth:1", window.viewStateProperty().get().grouping().id(), "this repository's grouping");
    }
}
