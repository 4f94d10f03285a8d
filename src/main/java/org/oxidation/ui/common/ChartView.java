package org.oxidation.ui.common;

import java.util.Map;
import javafx.scene.Parent;

/**
 * A view that draws a {@link ViewState}: the same object serves the window's tab and the headless PNG
 * export. Used on the FX thread only.
 */
public interface ChartView {

    /** The node to place in a tab and to snapshot for export (title, axes and legend included). */
    Parent node();

    /** Redraws for a new state; cheap enough to call on every completed tag. */
    void show(ViewState state);

    /** A short name for menus and file names: "timeline", "share", "treemap", "compare". */
    String id();

    /** Text for the PNG's metadata beyond the common keys (e.g. which tags are drawn). */
    default Map<String, String> metadata() {
        return Map.of();
    }
}
