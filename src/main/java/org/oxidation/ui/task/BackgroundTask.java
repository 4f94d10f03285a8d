package org.oxidation.ui.task;

import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.concurrent.Task;
import org.oxidation.model.InputException;
import org.oxidation.model.ProgressMonitor;

/**
 * Runs plain work that reports through a {@link ProgressMonitor} as a JavaFX {@link Task}: progress and
 * message follow the monitor ("tag 3/8 v6.12.107 · 12,034 files · 410 MB/s"), the monitor's
 * {@code isCancelled} follows {@link #cancel()}, partial results reach the FX thread in order (the newest
 * one: while the FX thread is still busy with one, those published meanwhile but the last are skipped,
 * as each partial is the whole result so far; reopening 100 cached tags published 100 partials in 3 s,
 * and redrawing every one kept the window busy 13 s), and the
 * end is mapped to exactly one callback: success, cancelled ({@link CancellationException}), input error
 * ({@link InputException}, its one sentence) or failure (anything else).
 *
 * <p>Cancelling only raises a flag and never interrupts the worker: an interrupt can close JGit's pack
 * file channels under a reader. The cancelled callback therefore fires when the work has really stopped.
 *
 * <p>Configure and {@link #start} on the FX thread; callbacks run on the FX thread. {@link #cancel} may be
 * called from any thread.
 *
 * @param <T> the result
 * @param <P> a partial result, e.g. the timeline after each counted tag
 */
public final class BackgroundTask<T, P> {

    /** Work that reports progress and may publish partial results; runs off the FX thread. */
    @FunctionalInterface
    public interface Work<T, P> {
        T run(ProgressMonitor monitor, Consumer<P> publish);
    }

    /** One daemon thread for all background work: it never keeps the JVM alive, and jobs run in order. */
    private static final ExecutorService DEFAULT_EXECUTOR = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "oxidation-background");
        thread.setDaemon(true);
        return thread;
    });

    private final Work<T, P> work;
    private final AtomicBoolean cancelRequested = new AtomicBoolean();
    private Consumer<P> onPartial = partial -> { };
    private Consumer<T> onSuccess = result -> { };
    private Runnable onCancelled = () -> { };
    private String unit = "tag";
    private Consumer<String> onInputError = message -> { };
    private Consumer<Throwable> onFailure = failure -> { };
    private Consumer<String> onWarning = message -> { };
    private Task<T> task;

    private BackgroundTask(Work<T, P> work) {
        this.work = Objects.requireNonNull(work);
    }

    public static <T, P> BackgroundTask<T, P> of(Work<T, P> work) {
        return new BackgroundTask<>(work);
    }

    /** What one of the monitor's steps counts, in the progress text: "tag" (the default) or "sample". */
    public BackgroundTask<T, P> unit(String noun) {
        unit = Objects.requireNonNull(noun);
        return this;
    }

    public BackgroundTask<T, P> onPartial(Consumer<P> callback) {
        onPartial = Objects.requireNonNull(callback);
        return this;
    }

    public BackgroundTask<T, P> onSuccess(Consumer<T> callback) {
        onSuccess = Objects.requireNonNull(callback);
        return this;
    }

    public BackgroundTask<T, P> onCancelled(Runnable callback) {
        onCancelled = Objects.requireNonNull(callback);
        return this;
    }

    /** Receives the one-sentence message of an {@link InputException}. */
    public BackgroundTask<T, P> onInputError(Consumer<String> callback) {
        onInputError = Objects.requireNonNull(callback);
        return this;
    }

    /** Receives any other exception: a bug or an environment fault, not the user's input. */
    public BackgroundTask<T, P> onFailure(Consumer<Throwable> callback) {
        onFailure = Objects.requireNonNull(callback);
        return this;
    }

    /** Receives the monitor's warnings (skipped tags, an unwritable cache). */
    public BackgroundTask<T, P> onWarning(Consumer<String> callback) {
        onWarning = Objects.requireNonNull(callback);
        return this;
    }

    /** Starts on the shared daemon thread; returns the task for binding progress and message. */
    public Task<T> start() {
        return start(DEFAULT_EXECUTOR);
    }

    /** Starts on {@code executor}; returns the task for binding progress and message. FX thread. */
    public Task<T> start(Executor executor) {
        if (task != null) {
            throw new IllegalStateException("already started");
        }
        task = new MonitoredTask();
        task.setOnSucceeded(event -> onSuccess.accept(task.getValue()));
        task.setOnCancelled(event -> onCancelled.run());
        task.setOnFailed(event -> finishedWith(task.getException()));
        executor.execute(task);
        return task;
    }

    /** Asks the work to stop at its next check; the cancelled callback follows once it has. */
    public void cancel() {
        cancelRequested.set(true);
    }

    public boolean isCancelRequested() {
        return cancelRequested.get();
    }

    private void finishedWith(Throwable failure) {
        if (failure instanceof CancellationException) {
            onCancelled.run();
        } else if (failure instanceof InputException) {
            onInputError.accept(failure.getMessage());
        } else {
            onFailure.accept(failure);
        }
    }

    /**
     * The task JavaFX observes, with the monitor the worker reports to. The monitor is a separate object
     * because {@code Task.isCancelled} must keep meaning "the task was cancelled": Task checks it after
     * {@code call} returns, and a work that finished just as a cancel was asked for must still succeed.
     */
    private final class MonitoredTask extends Task<T> {

        private final ProgressText text = new ProgressText(unit);

        private final ProgressMonitor monitor = new ProgressMonitor() {
            @Override
            public void beginTask(String title, int index, int count) {
                text.beginTask(title, index, count, System.nanoTime());
                updateMessage(text.message(System.nanoTime()));
                updateProgress(index - 1, count);
            }

            @Override
            public void update(long filesDone, long filesTotal, long bytesDone) {
                text.update(filesDone, bytesDone);
                updateMessage(text.message(System.nanoTime()));
                ProgressText.Fraction fraction = text.overall(filesDone, filesTotal);
                updateProgress(fraction.done(), fraction.total());
            }

            @Override
            public void warn(String message) {
                Platform.runLater(() -> onWarning.accept(message));
            }

            @Override
            public boolean isCancelled() {
                return cancelRequested.get() || MonitoredTask.this.isCancelled();
            }
        };

        /** The newest partial not yet handed to the FX thread; a runnable is posted only when it was empty. */
        private final AtomicReference<P> newestPartial = new AtomicReference<>();

        @Override
        protected T call() {
            // Partials are complete results (a whole tag), so one that lands after a cancel is still shown.
            return work.run(monitor, this::publish);
        }

        private void publish(P partial) {
            if (newestPartial.getAndSet(partial) == null) {
                Platform.runLater(() -> onPartial.accept(newestPartial.getAndSet(null)));
            }
        }
    }
}
