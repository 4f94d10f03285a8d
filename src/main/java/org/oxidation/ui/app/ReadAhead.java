package org.oxidation.ui.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import org.oxidation.model.ProgressMonitor;

/**
 * A repository to be opened by the app's first window, read on a thread of its own from the very start
 * of the app, beside the JavaFX toolkit's start-up rather than after the window is shown: the count
 * session (JGit's classes, the repository), its tags and the breakdown cache that holds the rows a
 * reopened window draws first. Only the reading moves: the window's count still selects its tags and
 * asks for its rows under its own choices, and finds them read. A read-ahead that fails is dropped: the
 * window opens the repository as before and says what is wrong. Thread-safe.
 */
public final class ReadAhead {

    /** The one read-ahead of this process, until the window takes it. */
    private static final AtomicReference<ReadAhead> PENDING = new AtomicReference<>();

    private final Path path;
    private final AppConfig config;
    private final HeldWarnings warnings = new HeldWarnings();
    private final CompletableFuture<RepositoryCounter> opened = new CompletableFuture<>();

    private ReadAhead(Path path, AppConfig config) {
        this.path = path.toAbsolutePath().normalize();
        this.config = config;
    }

    /** Starts reading {@code repository} for a window that will open it with {@code config}. */
    public static void start(Path repository, AppConfig config) {
        ReadAhead ahead = new ReadAhead(repository, config);
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

    private void read() {
        try {
            RepositoryCounter counter = RepositoryCounter.open(path, config, warnings);
            try {
                counter.readAhead();
            } catch (RuntimeException e) {
                // The session is open: the window's count meets this again and reports it.
            }
            opened.complete(counter);
        } catch (RuntimeException e) {
            opened.completeExceptionally(e);
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
