package org.oxidation.cli;

import java.nio.file.Path;

/** Opens the window; kept apart so the headless commands never load JavaFX. */
final class GuiLauncher {

    private GuiLauncher() {
    }

    static int launch(Path repository) {
        System.err.println("oxidation: the window is not built yet; use the count command");
        return 1;
    }
}
