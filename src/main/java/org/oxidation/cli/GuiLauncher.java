package org.oxidation.cli;

import java.nio.file.Path;
import org.oxidation.ui.app.OxidationApp;

/** Opens the window; kept apart so the headless commands never load JavaFX. */
final class GuiLauncher {

    private GuiLauncher() {
    }

    /** Blocks until the window is closed. */
    static int launch(Path repository) {
        OxidationApp.launchWith(repository);
        return 0;
    }
}
