package org.oxidation.ui.common;

import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.Parent;
import org.oxidation.chart.ViewState;

/**
 * A view that draws a {@link ViewState}: the same class serves the window's tab and the headless PNG
 * export. A view is a pure function of the state: its own controls (a mode, a scale, a drill-down) do not
 * change the picture directly but hand a new state to {@link #setOnStateChange}'s listener, which the
 * window keeps and shows back. Used on the FX thread only.
 */
public interface ChartView {

    /** The node to place in a tab and to snapshot for export (title, axes and legend included). */
    Parent node();

    /** Redraws for a new state; cheap enough to call on every completed tag. */
    void show(ViewState state);

    /** A short name for menus and file names: "timeline", "share", "treemap", "compare". */
    String id();

    /**
     * Receives the new state when the user changes a choice in the view's own controls. Without a
     * listener (an export) the view shows the new state itself.
     */
    void setOnStateChange(Consumer<ViewState> listener);

    /** Text for the PNG's metadata beyond the common keys (e.g. which tags are drawn). */
    default Map<String, String> metadata() {
        return Map.of();
    }
}
