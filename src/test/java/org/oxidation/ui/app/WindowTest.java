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
                RecentRepositories.inMemory(), monitorWrapper, remembered);
        window = FxToolkit.setupFixture(() -> new MainWindow(config));
        FxToolkit.setupSceneRoot(() -> window.node());
        // The stage is shared: a test that set its size (OriginRuleRedrawTest: up to 857 px high, past the
        // headless screen) would leave the status bar off screen, where clicks on Cancel are lost.
        FxToolkit.setupStage(javafx.stage.Stage::sizeToScene);
        FxToolkit.showStage();
    }
}
