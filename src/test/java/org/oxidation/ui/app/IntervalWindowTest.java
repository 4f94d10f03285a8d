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
import javafx.scene.chart.XYChart;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import org.junit.jupiter.api.Test;
import org.oxidation.chart.timeline.TimelineMode;
import org.oxidation.testing.DatedHistory;
import org.oxidation.ui.common.TimeOverlay;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window sampling a branch every month and comparing any two refs, on {@link DatedHistory}: commits
 * at chosen dates on main's first-parent chain, a side branch merged into it, an unmerged stable branch.
 */
class IntervalWindowTest extends WindowTest {

    private static final long TIMEOUT_SECONDS = 30;

    private void waitUntilStatus(String expected) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS,
                () -> expected.equals(statusText()));
        MainWindowTest.settle(window);
    }

    /** Opens the history, waits for its tags, then chooses every month on main in the Samples dialog. */
    private void sampleMainMonthly() throws Exception {
        showWindow(UnaryOperator.identity());
        Path repository = DatedHistory.write(dir);
        interact(() -> window.openRepository(repository));
        waitUntilStatus("demo: 3 tags counted.");
        clickOn("#matched-tags");
        clickOn("#sampling-every");
        interact(() -> lookup("#sampling-ref").queryAs(TextField.class).setText("main"));
        clickOn("OK");
        waitUntilStatus("demo: 4 samples counted (every month on main).");
    }

    @SuppressWarnings("unchecked")
    private XYChart<Number, Number> chart(String id) {
        return lookup(id).queryAs(XYChart.class);
    }

    private Map<String, List<Long>> seriesValues(String id) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Map<String, List<Long>> values = new LinkedHashMap<>();
            chart(id).getData().forEach(s -> values.put(s.getName(),
                    s.getData().stream().map(d -> d.getYValue().longValue()).toList()));
            return values;
        }).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    @Test
    void monthlySamplesOfMainTakeTheLastFirstParentCommitBeforeEachFirstOfTheMonth() throws Exception {
        sampleMainMonthly();
        interact(() -> lookup("#timeline-mode").queryAs(ChoiceBox.class).setValue(TimelineMode.C_VS_RUST));
        MainWindowTest.settle(window);

        assertEquals(List.of("2024-02-01", "2024-03-01", "2024-04-01", "2024-05-01"),
                window.viewStateProperty().get().timeline().tags());
        // c2, c2 (February had no commit on main's first-parent line; the side branch's is not one), c3, merge.
        assertEquals(Map.of("C", List.of(2L, 2L, 3L, 3L), "Rust", List.of(1L, 1L, 3L, 6L)), seriesValues("#timeline-chart"));
        assertEquals("4 samples: 2024-02-01 … 2024-05-01", lookup("#matched-tags").queryAs(Label.class).getText());
        List<String> tooltips = WaitForAsyncUtils.asyncFx(() -> chart("#timeline-chart").getData().get(1).getData().stream()
                .map(d -> org.oxidation.ui.common.LazyTooltips.textOf(d.getNode())).toList())
                .get();
        assertEquals(List.of("2024-02-01\nRust: 1 lines", "2024-03-01\nRust: 1 lines", "2024-04-01\nRust: 3 lines",
                "2024-05-01\nRust: 6 lines"), tooltips);
    }

    @Test
    void onTheDateAxisSamplesSitInProportionToTheirCommitDatesUnderMonthTicks() throws Exception {
        sampleMainMonthly();

        List<Double> xs = WaitForAsyncUtils.asyncFx(() -> {
            List<Double> centres = new ArrayList<>();
            for (XYChart.Data<Number, Number> point : chart("#timeline-chart").getData().get(0).getData()) {
                var bounds = point.getNode().getBoundsInParent();
                centres.add((bounds.getMinX() + bounds.getMaxX()) / 2);
            }
            return centres;
        }).get();
        // Commits c2 (twice), c3 and the merge: from c2, 0, 0, 40 and 69 days (2024 is a leap year).
        double c2 = DatedHistory.day(DatedHistory.C2);
        double c3 = DatedHistory.day(DatedHistory.C3);
        double merge = DatedHistory.day(DatedHistory.MERGE);
        assertEquals(40.0, c3 - c2, 1e-9);
        assertEquals(69.0, merge - c2, 1e-9);
        double span = xs.get(3) - xs.get(0);
        assertTrue(span > 300, "the plot is wide: " + span);
        assertEquals(xs.get(0), xs.get(1), 0.01, "one commit, one place");
        assertEquals(40.0 / 69.0, (xs.get(2) - xs.get(0)) / span, 0.002);

        List<String> ticks = WaitForAsyncUtils.asyncFx(() -> {
            var axis = (javafx.scene.chart.ValueAxis<Number>) chart("#timeline-chart").getXAxis();
            return axis.getTickMarks().stream().map(tick -> axis.getTickLabelFormatter().toString(tick.getValue()))
                    .filter(label -> !label.isEmpty()).toList();
        }).get();
        assertEquals(List.of("Feb 2024", "Mar 2024", "Apr 2024"), ticks);
    }

    @Test
    void tagsInMainsHistoryAreMarkedOnTheTimeAxisAndAnUnmergedBranchsTagIsNot() throws Exception {
        sampleMainMonthly();

        List<String> marks = WaitForAsyncUtils.asyncFx(() -> lookup("." + TimeOverlay.TAG_MARK_CLASS).queryAll().stream()
                .filter(Node::isVisible)
                .map(node -> ((Tooltip) node.getProperties().get("javafx.scene.control.Tooltip")).getText()).sorted().toList())
                .get();
        // v0.9 came with the merged side branch; v2.0 is on stable only; c1's date is before the first sample.
        assertEquals(List.of("v0.9\ntagged commit of 2024-02-10", "v1.0\ntagged commit of 2024-03-05"), marks);
    }

    /** The doubling time in months of Rust 1, 1, 3, 6 lines at 0, 0, 40 and 69 days, by least squares on ln(lines). */
    private static String expectedDoublingMonths() {
        double[] days = {0, 0, 40, 69};
        double[] logs = {Math.log(1), Math.log(1), Math.log(3), Math.log(6)};
        double meanX = (days[0] + days[1] + days[2] + days[3]) / 4;
        double meanY = (logs[0] + logs[1] + logs[2] + logs[3]) / 4;
        double covariance = 0;
        double variance = 0;
        for (int i = 0; i < 4; i++) {
            covariance += (days[i] - meanX) * (logs[i] - meanY);
            variance += (days[i] - meanX) * (days[i] - meanX);
        }
        double doublingDays = Math.log(2) / (covariance / variance);
        return String.format(java.util.Locale.ROOT, "%.1f", doublingDays / (365.2425 / 12));
    }

    @Test
    void theDoublingTimeIsDrawnOnTheTimelineAndSaidInTheStatusBarAndTheCompareSummary() throws Exception {
        sampleMainMonthly();
        clickOn("#timeline-growth");
        MainWindowTest.settle(window);
        String months = expectedDoublingMonths();

        assertEquals("Rust lines double every " + months + " months",
                lookup("." + TimeOverlay.TREND_LABEL_CLASS).queryAs(Label.class).getText());
        assertEquals("Rust lines double every " + months + " months (2024-02-01 → 2024-05-01, least-squares fit)",
                lookup("#growth-text").queryAs(Label.class).getText());
        interact(() -> window.selectView("compare"));
        MainWindowTest.settle(window);
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> summary().endsWith(
                "Rust lines double every " + months + " months (fit 2024-02-01 → 2024-05-01)"));
    }

    private void typeRef(String pickerId, String ref) {
        interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<String> picker = lookup(pickerId).queryAs(ComboBox.class);
            picker.getEditor().setText(ref);
            picker.setValue(ref);
        });
    }

    private void compareSideWithMain() throws Exception {
        interact(() -> window.selectView("compare"));
        MainWindowTest.settle(window);
        typeRef("#compare-tag-a", "side");
        waitUntilStatus("Compare: side counted.");
        typeRef("#compare-tag-b", "main");
        waitUntilStatus("Compare: main counted.");
    }

    private String summary() {
        return lookup("#compare-summary").queryAs(Label.class).getText();
    }

    @Test
    void compareOfTwoBranchesTypedAsRefsShowsTheirDifference() throws Exception {
        sampleMainMonthly();
        compareSideWithMain();

        // side: rust/lib.rs 1 + drivers/x.rs 3 = 4 Rust lines; main: + rust/more.rs 2 + rust/big.rs 6 = 12.
        // C: kernel/a.c 2 on side; + kernel/b.c 1 on main.
        WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> summary().startsWith("Rust 4 → 12 lines (+8)"));
        assertTrue(summary().contains("C 2 → 3 (+1)"), summary());
        List<String> files = WaitForAsyncUtils.asyncFx(() -> lookup(".table-view").queryAll().stream()
                .filter(node -> node instanceof javafx.scene.control.TableView<?> table && !table.getItems().isEmpty()
                        && table.getItems().get(0) instanceof org.oxidation.model.TagComparison.RustFileChange)
                .flatMap(node -> ((javafx.scene.control.TableView<?>) node).getItems().stream())
                .map(item -> (org.oxidation.model.TagComparison.RustFileChange) item)
                .map(change -> change.change() + " " + change.path()).toList()).get();
        assertEquals(List.of("ADDED rust/big.rs", "ADDED rust/more.rs"), files, "git's file list, through the repository");
        assertTrue(lookup("#compare-title").queryAs(Label.class).getText().startsWith("demo side → main"));
    }

    @Test
    void aRefGitDoesNotKnowSaysSoInTheStatusBarAndTheCompareStays() throws Exception {
        sampleMainMonthly();
        compareSideWithMain();
        String before = summary();

        typeRef("#compare-tag-a", "no-such-branch");
        waitUntilStatus("Compare: no such ref or commit: 'no-such-branch'. Still comparing side → main.");

        assertEquals(before, summary());
        assertEquals("side", window.viewStateProperty().get().compareTagA());
        assertEquals("side", lookup("#compare-tag-a").queryAs(ComboBox.class).getValue(), "the typed ref is put back");
    }
}
