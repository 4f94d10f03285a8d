package org.oxidation.model;

/**
 * A plain progress sink for long work, in the spirit of JGit's: the worker reports, any UI adapts it.
 * Implementations must be thread-safe: workers may call from several threads.
 */
public interface ProgressMonitor {

    /** Nothing is reported and nothing cancels. */
    ProgressMonitor NONE = new ProgressMonitor() {
    };

    /** A new unit of work starts, e.g. tag 3 of 8. */
    default void beginTask(String title, int index, int count) {
    }

    /** Work done so far in the current task. */
    default void update(long filesDone, long filesTotal, long bytesDone) {
    }

    /** A one-line warning about something skipped. */
    default void warn(String message) {
    }

    /** Polled often; when true the worker stops soon and keeps no half-built result. */
    default boolean isCancelled() {
        return false;
    }
}
