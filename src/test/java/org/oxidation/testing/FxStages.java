package org.oxidation.testing;

import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** One node alone on TestFX's primary stage, at a chosen size, for the tests of a single view or control. */
public final class FxStages {

    private FxStages() {
    }

    /** Shows the node {@code make} builds (on the FX thread) in a scene of the given size, and waits for it. */
    public static void show(double width, double height, Supplier<Parent> make) throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            stage.setScene(new Scene(make.get(), width, height));
            // A window test may have sized the shared stage itself (SmallWindowTest: 960 × 640), and a
            // stage keeps a size set on it whatever scene it gets next.
            stage.sizeToScene();
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    public static void hide() throws Exception {
        FxToolkit.setupStage(Stage::hide);
    }
}
