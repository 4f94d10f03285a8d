package org.oxidation.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.oxidation.model.ProgressMonitor;

/**
 * Reports counting progress on stderr: one line per tag (tag i/n, files, MB/s), and warnings. Its
 * cancel flag is what Ctrl-C sets. Thread-safe.
 */
final class StderrProgress implements ProgressMonitor {

    private final PrintStream err = System.err;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private String tag = "";
    private int index;
    private int count;
    private long started;
    private long files;
    private long bytes;

    @Override
    public synchronized void beginTask(String title, int index, int count) {
        finishLine();
        this.tag = title;
        this.index = index;
        this.count = count;
        this.started = System.nanoTime();
        this.files = 0;
        this.bytes = 0;
    }

    @Override
    public synchronized void update(long filesDone, long filesTotal, long bytesDone) {
        this.files = filesDone;
        this.bytes = bytesDone;
    }

    @Override
    public synchronized void warn(String message) {
        err.println("warning: " + message);
    }

    @Override
    public boolean isCancelled() {
        return cancelled.get();
    }

    void cancel() {
        cancelled.set(true);
    }

    private void finishLine() {
        if (tag.isEmpty()) {
            return;
        }
        double seconds = Math.max(1e-9, (System.nanoTime() - started) / 1e9);
        if (files == 0) {
            err.printf("[%d/%d] %s: from the cache, %.1f s%n", index, count, tag, seconds);
        } else {
            err.printf("[%d/%d] %s: %d new files read, %.0f MB/s, %.1f s%n", index, count, tag, files,
                    bytes / 1e6 / seconds, seconds);
        }
        tag = "";
    }

    synchronized void done(int tags, Path out) {
        finishLine();
        err.println("wrote " + tags + " tag(s) to " + out);
    }
}
