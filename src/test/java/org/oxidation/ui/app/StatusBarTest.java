package org.oxidation.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Button;
import javafx.scene.control.ProgressBar;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.oxidation.git.CacheSettings;
import org.oxidation.testing.FxStages;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A reopening of a kernel clone at 1,100 px filled the status bar (the cached tags, "No doubling time: the
 * tags' dates do not follow their order", the progress): the Cancel button was cut to "…".
 */
class StatusBarTest extends FxRobot {

    private MainWindowModel model;

    @AfterEach
    void hide() throws Exception {
        FxStages.hide();
    }

    @Test
    void whileACountRunsInAFullStatusBarCancelKeepsItsWordAndTheProgressBarStaysVisible() throws Exception {
        model = new MainWindowModel(new AppConfig(new CacheSettings(false, null), 1, RecentRepositories.inMemory(),
                java.util.function.UnaryOperator.identity(), RememberedChoices.inMemory()));
        FxStages.show(1100, 40, () -> new StatusBar(model, () -> { }).node());
        WaitForAsyncUtils.asyncFx(() -> {
            model.status.set("kernel: 8 tags (cached); loading the trees for Treemap and Compare from the count cache…");
            model.growth.set("No doubling time: the tags' dates do not follow their order");
            model.progressText.set("tag 3/8 v6.12.113 · 12,034 files · 410 MB/s");
            model.running.set(true);
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        Button cancel = lookup("#cancel").queryButton();
        assertEquals("Cancel", ((Text) cancel.lookup(".text")).getText());
        ProgressBar bar = lookup("#progress").queryAs(ProgressBar.class);
        assertTrue(bar.getWidth() >= 80, "progress bar " + bar.getWidth() + " px wide");
    }

    @Test
    void theBarIsAsTallWhenACountEndsAsWhileItRanSoTheChartsAboveKeepTheirSize() throws Exception {
        model = new MainWindowModel(new AppConfig(new CacheSettings(false, null), 1, RecentRepositories.inMemory(),
                java.util.function.UnaryOperator.identity(), RememberedChoices.inMemory()));
        javafx.scene.Parent[] bar = new javafx.scene.Parent[1];
        FxStages.show(1100, 300, () -> {
            bar[0] = new StatusBar(model, () -> { }).node();
            javafx.scene.layout.BorderPane window = new javafx.scene.layout.BorderPane(new javafx.scene.layout.Pane());
            window.setBottom(bar[0]);
            return window;
        });
        WaitForAsyncUtils.asyncFx(() -> {
            model.status.set("kernel: 8 tags (cached); loading the trees…");
            model.progressText.set("tag 3/8 v6.12.113");
            model.running.set(true);
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        double running = WaitForAsyncUtils.asyncFx(() -> bar[0].getLayoutBounds().getHeight()).get();
        WaitForAsyncUtils.asyncFx(() -> {
            model.running.set(false);
            model.status.set("kernel: 8 tags counted.");
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        double idle = WaitForAsyncUtils.asyncFx(() -> bar[0].getLayoutBounds().getHeight()).get();
        assertTrue(running > 32, "the Cancel button makes the running bar " + running + " px tall");
        assertEquals(running, idle, "idle bar");
    }
}
