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
        // The stage is shared by all tests and keeps a size set on it (SmallWindowTest, OriginRuleRedrawTest set
        // heights up to 857 px, taller than Monocle's 800 px screen, which put the status bar out of reach of
        // clicks): every window starts at its preferred size in the screen's corner.
        FxToolkit.setupStage(stage -> {
            stage.sizeToScene();
            stage.setX(0);
            stage.setY(0);
        });
        FxToolkit.showStage();
    }
}
