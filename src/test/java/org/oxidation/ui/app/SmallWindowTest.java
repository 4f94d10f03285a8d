package org.oxidation.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The window at its smallest and at 1000 × 700: every choice of the toolbar on screen and readable. */
@org.junit.jupiter.api.Timeout(value = 120, unit = TimeUnit.SECONDS)
class SmallWindowTest extends WindowTest {

    /** The toolbar's controls, by id; the labels among them must show their whole text. */
    private static final List<String> TOOLBAR = List.of("#tag-pattern", "#matched-tags", "#tag-order", "#grouping",
            "#metric", "#exclude-vendored");

    private void showSampleAt(double width, double height) throws Exception {
        showWindow(UnaryOperator.identity());
        interact(() -> SampleData.load().ifPresent(sample -> window.showTimeline(sample, SampleData.SOURCE,
                List.of("--sample"))));
        FxToolkit.setupStage(stage -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        MainWindowTest.settle(window);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The text a labeled control draws: its text, or a shortened one ending in "…" when it has no room. */
    private static String shownText(Labeled labeled) {
        return ((Text) labeled.lookup(".text")).getText();
    }

    @ParameterizedTest(name = "{0} x {1}")
    @CsvSource({"960, 640", "1000, 700"})
    void everyChoiceOfTheToolbarIsOnScreenInFull(double width, double height) throws Exception {
        showSampleAt(width, height);
        double sceneWidth = window.node().getScene().getWidth();
        assertEquals(width, sceneWidth, "the scene took the window's width");
        for (String id : TOOLBAR) {
            Node control = lookup(id).query();
            Bounds bounds = control.localToScene(control.getBoundsInLocal());
            assertTrue(control.isVisible() && control.getScene() != null, id + " is shown");
            assertTrue(bounds.getMinX() >= 0 && bounds.getMaxX() <= sceneWidth, id + " lies inside the window: " + bounds);
            if (control instanceof Labeled labeled) {
                assertEquals(labeled.getText(), shownText(labeled), id + " is not cut short");
            }
        }
        Node toolbar = lookup("#choices-bar").query();
        Node views = lookup("#views").query();
        assertTrue(toolbar.localToScene(toolbar.getBoundsInLocal()).getMaxY()
                <= views.localToScene(views.getBoundsInLocal()).getMinY() + 0.5, "the views start below the toolbar");
    }

    @Test
    void atItsSmallestTheTimelinesTitleIsShownInFull() throws Exception {
        showSampleAt(MainWindow.MIN_WIDTH, MainWindow.MIN_HEIGHT);
        Labeled title = lookup("#timeline-title").queryAs(Labeled.class);
        assertEquals("linux (sample) — Rust lines by subsystem", title.getText());
        assertEquals(title.getText(), shownText(title));
    }
}
