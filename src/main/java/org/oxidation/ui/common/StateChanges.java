package org.oxidation.ui.common;

import java.util.Objects;
import java.util.function.Consumer;
import org.oxidation.chart.ViewState;

/**
 * Where a view sends the state its controls ask for: to the window's listener when there is one (the
 * window keeps the state and shows it back to the view), else straight back to the view. FX thread only.
 */
public final class StateChanges {

    private final Consumer<ViewState> showItself;
    private Consumer<ViewState> listener;

    /** @param showItself the view's own {@code show}, used while no listener is set */
    public StateChanges(Consumer<ViewState> showItself) {
        this.showItself = Objects.requireNonNull(showItself);
    }

    public void setListener(Consumer<ViewState> newListener) {
        listener = Objects.requireNonNull(newListener);
    }

    /** Hands the changed state on. */
    public void publish(ViewState changed) {
        (listener == null ? showItself : listener).accept(changed);
    }
}
