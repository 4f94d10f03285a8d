package org.oxidation.ui.export;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * Starts the JavaFX toolkit for rendering without a window, on Monocle's headless software pipeline when
 * there is no display. Thread-safe; starting twice is harmless.
 */
public final class HeadlessFx {

    private HeadlessFx() {
    }

    /** Starts the toolkit if it is not running yet and waits until it is. */
    /** JavaFX warns on every start that it runs from the class path; it does so on purpose here. */
    private static final java.util.logging.Logger JAVAFX_LOG = quietJavaFxLog();

    public static java.util.logging.Logger quietJavaFxLog() {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger("javafx");
        logger.setLevel(java.util.logging.Level.SEVERE);
        return logger;
    }

    public static synchronized void start() {
        if (System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null) {
            // Read once when the toolkit starts: they must be set before, and a caller's own choice wins.
            setIfAbsent("glass.platform", "Monocle");
            setIfAbsent("monocle.platform", "Headless");
            setIfAbsent("prism.order", "sw");
        }
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            started.countDown();
        }
        Platform.setImplicitExit(false);
        try {
            started.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting JavaFX", e);
        }
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    /**
     * Runs the work on the FX thread (directly when already on it) and returns its result; its runtime
     * exceptions are rethrown as they are.
     */
    public static <T> T onFxThread(Supplier<T> work) throws IOException {
        if (Platform.isFxApplicationThread()) {
            return work.get();
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while drawing", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IOException("drawing failed: " + e.getCause(), e.getCause());
        }
    }
}
