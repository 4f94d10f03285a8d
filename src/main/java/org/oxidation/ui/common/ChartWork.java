package org.oxidation.ui.common;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * Works out a view's chart model on one injected executor and draws it on the FX thread. With
 * {@link #ON_CALLER} (exports, tests) the model is computed and drawn at once; with a background
 * executor (the window) the FX thread only draws, and only the newest model asked for is drawn, so a
 * burst of states (tags arriving while counting) draws the last one. Call from the FX thread.
 */
public final class ChartWork<M> {

    /** Computes where it is asked, so that {@code show} has drawn when it returns: for exports. */
    public static final Executor ON_CALLER = Runnable::run;

    private final Executor executor;
    private long asked;
    private boolean skipEqual;
    /** The model last drawn, while {@link #skippingEqualModels} (FX thread). */
    private M drawn;

    public ChartWork(Executor executor) {
        this.executor = Objects.requireNonNull(executor);
    }

    /**
     * Draws a model only when it differs from the one drawn last: for views whose models compare by value,
     * so that a state that changes nothing they show (a reopened window's last tag gaining its tree) is
     * not drawn again. A failure drawn in between is followed by any model.
     */
    public ChartWork<M> skippingEqualModels() {
        skipEqual = true;
        return this;
    }

    /**
     * Computes a model and draws it, unless another was asked for meanwhile; a failure is drawn by
     * {@code failed} with its one-sentence message.
     */
    public void run(Supplier<M> compute, Consumer<M> draw, Consumer<String> failed) {
        long ticket = ++asked;
        if (executor == ON_CALLER) {
            drawUnlessDrawn(compute.get(), draw);
            return;
        }
        try {
            executor.execute(() -> computeAndHandOver(ticket, compute, draw, failed));
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            // The window is closing and its chart thread has stopped: there is nothing left to draw on.
        }
    }

    /** On the executor: computes, then hands the model (or the failure) to the FX thread. */
    private void computeAndHandOver(long ticket, Supplier<M> compute, Consumer<M> draw, Consumer<String> failed) {
        try {
            M model = compute.get();
            Platform.runLater(() -> {
                if (ticket == asked) { // read on the FX thread, where it is written
                    drawUnlessDrawn(model, draw);
                }
            });
        } catch (RuntimeException e) {
            String message = String.valueOf(e.getMessage());
            Platform.runLater(() -> {
                if (ticket == asked) {
                    drawn = null;
                    failed.accept(message);
                }
            });
        }
    }

    private void drawUnlessDrawn(M model, Consumer<M> draw) {
        if (!skipEqual || !model.equals(drawn)) {
            drawn = skipEqual ? model : null;
            draw.accept(model);
        }
    }
}
