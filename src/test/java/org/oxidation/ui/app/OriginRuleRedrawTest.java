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
import javafx.scene.control.Label;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Shape;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.oxidation.chart.Metric;
import org.oxidation.testing.TestHistory;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the Timeline keeps when an origin rule is added (issue 21): each subsystem its colour, and the y axis
 * its top label.
 */
@org.junit.jupiter.api.Timeout(value = 180, unit = TimeUnit.SECONDS)
class OriginRuleRedrawTest extends WindowTest {

    /** Marks all of drivers/gpu vendored: its own band shrinks to nothing and the bands are ranked anew. */
    private static final String RULE = "drivers/gpu/**=vendored";

    /** {@code lines} lines of Rust, each one of code except every third, a comment. */
    private static String rust(int lines) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            text.append(i % 3 == 2 ? "// note\n" : "let x = 1;\n");
        }
        return text.toString();
    }

    /**
     * One tag, Rust by subsystem: drivers/gpu 900 lines (most), drivers/net 600, rust 450, drivers/block 300,
     * kernel C 100. The rule takes drivers/gpu's 900 out of its own band.
     */
    private Path history() throws Exception {
        Path repository = dir.resolve("demo.git");
        try (TestHistory history = TestHistory.bare(repository)) {
            history.commit("v1.0", Map.of("drivers/gpu/nova/nova.rs", rust(900), "drivers/net/phy.rs", rust(600),
                    "rust/kernel/lib.rs", rust(450), "drivers/block/rnull.rs", rust(300),
                    "kernel/sched.c", "int a;\n".repeat(100)));
        }
        return repository;
    }

    private void openCounted() throws Exception {
        showWindow(UnaryOperator.identity());
        Path repository = history();
        interact(() -> window.openRepository(repository));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> "demo: 1 tag counted.".equals(statusText()));
        MainWindowTest.settle(window);
    }

    @SuppressWarnings("unchecked")
    private XYChart<Number, Number> chart() {
        return lookup("#timeline-chart").queryAs(XYChart.class);
    }

    /** The colour each band of its own lines (not hatched) is filled with on screen, bottom first. */
    private Map<String, Color> bandColours() throws Exception {
        MainWindowTest.settle(window);
        return WaitForAsyncUtils.asyncFx(() -> {
            Map<String, Color> colours = new LinkedHashMap<>();
            for (XYChart.Series<Number, Number> series : chart().getData()) {
                Node fill = series.getNode().lookup(".chart-series-area-fill");
                fill.applyCss();
                Paint paint = ((Shape) fill).getFill();
                if (paint instanceof Color colour) {
                    colours.put(series.getName(), colour);
                }
            }
            return colours;
        }).get(30, TimeUnit.SECONDS);
    }

    private List<String> bandOrder() throws Exception {
        MainWindowTest.settle(window);
        return WaitForAsyncUtils.asyncFx(() -> chart().getData().stream().map(XYChart.Series::getName).toList())
                .get(30, TimeUnit.SECONDS);
    }

    @Test
    void eachSubsystemKeepsItsColourWhenAnOriginRuleIsAddedAndTheMeasureSwitched() throws Exception {
        openCounted();
        List<String> before = bandOrder();
        Map<String, Color> colours = bandColours();
        assertEquals(List.of("drivers/gpu", "drivers/net", "rust", "drivers/block"), before, "ranked by lines");

        interact(() -> assertTrue(window.applyOriginRules(RULE)));
        List<String> ruled = bandOrder();
        assertEquals(List.of("drivers/gpu", "drivers/gpu · vendored", "drivers/net", "rust", "drivers/block"), ruled,
                "drivers/gpu's lines are a hatched band of their own");
        assertSameColours(colours, bandColours());

        interact(() -> lookup("#metric").queryAs(ChoiceBox.class).setValue(Metric.CODE));
        assertSameColours(colours, bandColours());
        interact(() -> lookup("#exclude-vendored").queryAs(javafx.scene.control.CheckBox.class).setSelected(true));
        Map<String, Color> leftOut = bandColours();
        assertEquals(List.of("drivers/net", "rust", "drivers/block"), List.copyOf(leftOut.keySet()));
        assertSameColours(colours, leftOut);
    }

    /** Every band drawn in both has the same colour; at least three are compared. */
    private static void assertSameColours(Map<String, Color> expected, Map<String, Color> actual) {
        List<String> compared = new ArrayList<>();
        actual.forEach((name, colour) -> {
            if (expected.containsKey(name)) {
                assertEquals(expected.get(name), colour, name);
                compared.add(name);
            }
        });
        assertTrue(compared.size() >= 3, "compared " + compared);
    }

    @Test
    void theYAxisKeepsItsTopLabelAfterAnOriginRuleAtEveryWindowHeight() throws Exception {
        openCounted();
        interact(() -> assertTrue(window.applyOriginRules(RULE)));
        interact(() -> lookup("#exclude-vendored").queryAs(javafx.scene.control.CheckBox.class).setSelected(true));
        MainWindowTest.settle(window);
        // Left: drivers/net 600 + rust 450 + drivers/block 300 = 1,350 lines of Rust. Ticks 1, 2 or 5 times a
        // power of ten apart, at most five intervals: 500 apart (270 would need more), so the axis ends at 1,500.
        List<Integer> missing = new ArrayList<>();
        for (int height = 500; height < 800; height += 3) { // within the headless screen
            int windowHeight = height;
            FxToolkit.setupStage(stage -> stage.setHeight(windowHeight));
            WaitForAsyncUtils.waitForFxEvents();
            boolean shown = WaitForAsyncUtils.asyncFx(() -> topLabelShown("1.5k")).get(30, TimeUnit.SECONDS);
            if (!shown) {
                missing.add(height);
            }
        }
        assertEquals(List.of(), missing, "window heights whose y axis lacks its top label");
    }

    /** Whether the y axis shows a tick label with this text at its top end. */
    private boolean topLabelShown(String text) {
        Node axis = chart().getYAxis();
        double top = axis.localToScene(axis.getLayoutBounds()).getMinY();
        return ((javafx.scene.Parent) axis).getChildrenUnmodifiable().stream().filter(node -> node instanceof Text)
                .map(Text.class::cast)
                .anyMatch(label -> label.getText().equals(text) && label.isVisible()
                        && Math.abs(label.localToScene(label.getBoundsInLocal()).getCenterY() - top) < 12);
    }
}
