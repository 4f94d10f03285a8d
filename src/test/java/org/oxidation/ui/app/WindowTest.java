package org.oxidation.ui.app;

import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.oxidation.git.CacheSettings;
import org.oxidation.model.ProgressMonitor;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * A test of the main window on the TestFX stage, counting with two threads into a cache in the test's
 * own folder; the window is shut down after each test.
 */
abstract class WindowTest extends FxRobot {

    @TempDir
    Path dir;

    MainWindow window;

    /** The choices kept across the windows of one test, as the user's preferences keep them across runs. */
    final RememberedChoices remembered = RememberedChoices.inMemory();

    /** The repositories opened in the windows of one test, as the user's preferences keep them. */
    final RecentRepositories recent = RecentRepositories.inMemory();

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeWindow() throws Exception {
        if (window != null) {
            FxToolkit.setupFixture(() -> window.shutdown());
        }
        FxToolkit.cleanupStages();
    }

    void showWindow(UnaryOperator<ProgressMonitor> monitorWrapper) throws Exception {
        AppConfig config = new AppConfig(new CacheSettings(true, dir.resolve("cache")), 2,
                recent, monitorWrapper, remembered);
        window = FxToolkit.setupFixture(() -> new MainWindow(config));
        FxToolkit.setupSceneRoot(() -> window.node());
        // At the window's own size in the screen's corner, whatever size an earlier test gave the shared
        // stage: a stage taller than the headless screen (800 px) puts the status bar out of the robot's reach.
        FxToolkit.setupStage(stage -> {
            stage.sizeToScene();
            stage.setX(0);
            stage.setY(0);
        });
        FxToolkit.showStage();
    }

    /**
     * The status bar's text, read on the FX thread: a lookup from the test's thread can meet the scene
     * graph while the window changes it (an IndexOutOfBoundsException inside {@code lookupAll}, seen once).
     */
    String statusText() {
        return org.oxidation.testing.FxReads.onFx(
                () -> lookup("#status-text").queryAs(javafx.scene.control.Label.class).getText());
    }

    /** Whether the window's error dialog is up, asked on the FX thread while the window may still change. */
    boolean errorDialogShown() {
        return org.oxidation.testing.FxReads.onFx(() -> lookup("#error-dialog").tryQuery().isPresent());
    }

    /** The Timeline's series on screen, by name: each tag's value, once the chart asked for is drawn. */
    java.util.Map<String, java.util.List<Long>> timelineValues() throws Exception {
        MainWindowTest.settle(window);
        return org.testfx.util.WaitForAsyncUtils.asyncFx(() -> {
            java.util.Map<String, java.util.List<Long>> values = new java.util.LinkedHashMap<>();
            javafx.scene.chart.XYChart<?, ?> chart = lookup("#timeline-chart").queryAs(javafx.scene.chart.XYChart.class);
            for (javafx.scene.chart.XYChart.Series<?, ?> series : chart.getData()) {
                values.put(series.getName(), series.getData().stream()
                        .map(d -> ((Number) d.getYValue()).longValue()).toList());
            }
            return values;
        }).get(60, java.util.concurrent.TimeUnit.SECONDS);
    }
}
