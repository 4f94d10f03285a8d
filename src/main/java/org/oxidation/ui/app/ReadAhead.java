package org.oxidation.ui.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import org.oxidation.count.origin.OriginSettings;
import org.oxidation.model.ProgressMonitor;

/**
 * A repository to be opened by the app's first window, read on a thread of its own from the very start
 * of the app, beside the JavaFX toolkit's start-up rather than after the window is shown: the count
 * session (JGit's classes, the repository), its tags and the breakdown cache that holds the rows a
 * reopened window draws first; then, once those are handed over, the last tag's tree from the recent tree
 * file with its origins decided under the origin settings the window will apply (the remembered ones),
 * which the window draws its Treemap from once the rows are drawn. Only the reading moves: the window's
 * count still selects its tags and asks for its rows under its own choices, and finds them read; it
 * takes the tree only for the same tag and origin settings, else reads it itself. A read-ahead that
 * fails is dropped: the window opens the repository as before and says what is wrong. Thread-safe.
 */
public final class ReadAhead {

    /** The one read-ahead of this process, until the window takes it. */
    private static final AtomicReference<ReadAhead> PENDING = new AtomicReference<>();

    private final Path path;
    private final AppConfig config;
    /** The origin settings the window will decide origins with, or null to leave the recent tree to the window. */
    private final OriginSettings origins;
    private final HeldWarnings warnings = new HeldWarnings();
    private final CompletableFuture<RepositoryCounter> opened = new CompletableFuture<>();
    /** Completed when all is read, the recent tree too (or the reading failed). */
    private final CompletableFuture<Void> done = new CompletableFuture<>();

    private ReadAhead(Path path, AppConfig config, OriginSettings origins) {
        this.path = path.toAbsolutePath().normalize();
        this.config = config;
        this.origins = origins;
    }

    /**
     * Starts reading {@code repository} for a window that will open it with {@code config} and decide
     * origins under {@code origins} (null: unknown, the window reads the recent tree itself).
     */
    public static void start(Path repository, AppConfig config, OriginSettings origins) {
        ReadAhead ahead = new ReadAhead(repository, config, origins);
        ReadAhead before = PENDING.getAndSet(ahead);
        if (before != null) {
            before.dropWhenRead();
        }
        Thread reader = new Thread(ahead::read, "oxidation-read-ahead");
        reader.setDaemon(true); // never keeps the JVM alive
        reader.start();
    }

    /**
     * The counter read ahead for this repository and configuration, once it is read, its warnings from
     * now on going to {@code warningsTo}; null when there is none (or it failed: the caller opens the
     * repository itself and meets the same error). Taken once; one read for another repository is closed.
     */
    static RepositoryCounter take(Path repository, AppConfig config, ProgressMonitor warningsTo) {
        ReadAhead ahead = PENDING.getAndSet(null);
        if (ahead == null) {
            return null;
        }
        if (!ahead.path.equals(repository.toAbsolutePath().normalize()) || !ahead.config.cache().equals(config.cache())
                || ahead.config.threads() != config.threads()) {
            ahead.dropWhenRead();
            return null;
        }
        try {
            RepositoryCounter counter = ahead.opened.get();
            ahead.warnings.forwardTo(warningsTo);
            return counter;
        } catch (ExecutionException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ahead.dropWhenRead();
            return null;
        }
    }

    /**
     * Waits until the read-ahead not yet taken has read all it reads, the recent tree too (for tests: a
     * window takes the rows as soon as they are read); false when there is none or the time ran out.
     */
    static boolean awaitRead(long timeout, java.util.concurrent.TimeUnit unit) throws InterruptedException {
        ReadAhead ahead = PENDING.get();
        try {
            return ahead != null && ahead.done.handle((ignored, failure) -> true).get(timeout, unit);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            return false;
        }
    }

    private void read() {
        try {
            RepositoryCounter counter = RepositoryCounter.open(path, config, warnings);
            Runnable recentTree = () -> { };
            try {
                recentTree = counter.readAhead(origins);
            } catch (RuntimeException e) {
                // The session is open: the window's count meets this again and reports it.
            }
            opened.complete(counter);
            recentTree.run(); // while the window starts and draws the rows handed over
        } catch (RuntimeException e) {
            opened.completeExceptionally(e);
        } finally {
            done.complete(null);
        }
    }

    private void dropWhenRead() {
        opened.thenAccept(RepositoryCounter::close);
    }

    /** Warnings of the read-ahead, held until the window that takes it says where they go. */
    private static final class HeldWarnings implements ProgressMonitor {
        private final List<String> held = new ArrayList<>();
        private ProgressMonitor target;

        @Override
        public synchronized void warn(String message) {
            if (target == null) {
                held.add(message);
            } else {
                target.warn(message);
            }
        }

        synchronized void forwardTo(ProgressMonitor monitor) {
            target = monitor;
            held.forEach(monitor::warn);
            held.clear();
        }
    }
}
