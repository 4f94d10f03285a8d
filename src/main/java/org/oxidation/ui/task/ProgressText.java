package org.oxidation.ui.task;

import java.util.Locale;

/**
 * Turns monitor reports into the status line "tag 3/8 v6.12.107 · 12,034 files · 410 MB/s" and an
 * overall fraction (finished tags plus the share of files of the current one). Thread-safe: the
 * counting threads report concurrently.
 */
final class ProgressText {

    /** Work done out of a total, as {@link javafx.concurrent.Task#updateProgress(double, double)} wants. */
    record Fraction(double done, double total) {
    }

    /** What one step counts: "tag", or "sample" for samples of a branch by date. */
    private final String noun;
    private String tag = "";
    private int index;
    private int count;
    private long startedNanos;
    private long files;
    private long bytes;

    ProgressText() {
        this("tag");
    }

    ProgressText(String noun) {
        this.noun = noun;
    }

    synchronized void beginTask(String title, int index, int count, long nowNanos) {
        this.tag = title;
        this.index = index;
        this.count = count;
        this.startedNanos = nowNanos;
        this.files = 0;
        this.bytes = 0;
    }

    synchronized void update(long filesDone, long bytesDone) {
        this.files = filesDone;
        this.bytes = bytesDone;
    }

    synchronized String message(long nowNanos) {
        StringBuilder text = new StringBuilder();
        text.append(count > 0 ? String.format(Locale.ROOT, "%s %d/%d %s", noun, index, count, tag) : tag);
        if (files > 0) {
            double seconds = Math.max(1e-3, (nowNanos - startedNanos) / 1e9);
            text.append(String.format(Locale.ROOT, " · %,d files · %.0f MB/s", files, bytes / 1e6 / seconds));
        }
        return text.toString();
    }

    synchronized Fraction overall(long filesDone, long filesTotal) {
        if (count <= 0) {
            return new Fraction(-1, 1); // indeterminate
        }
        double current = filesTotal > 0 ? Math.min(1, (double) filesDone / filesTotal) : 0;
        return new Fraction(index - 1 + current, count);
    }
}
