package org.oxidation.ui.app;

import java.util.function.UnaryOperator;
import org.oxidation.git.CacheSettings;
import org.oxidation.model.ProgressMonitor;

/**
 * How the window counts and what it remembers. Immutable.
 *
 * @param cache          where blob counts are cached between runs
 * @param threads        threads reading blobs
 * @param recent         the remembered repositories
 * @param monitorWrapper wraps the monitor of every count; identity in the app, tests slow counting down
 *                       with it to cancel mid-run
 * @param choices        the measure, mode, tab and per-repository grouping kept across restarts
 * @param rowsBeforeTrees whether a reopened repository's Timeline and Rust share are drawn from the count
 *                       cache's rows before its trees are loaded (true; false draws nothing until the
 *                       trees are there, the window before issue 18, for {@code bench reopen}'s comparison)
 */
public record AppConfig(CacheSettings cache, int threads, RecentRepositories recent,
                        UnaryOperator<ProgressMonitor> monitorWrapper, RememberedChoices choices,
                        boolean rowsBeforeTrees) {

    public AppConfig(CacheSettings cache, int threads, RecentRepositories recent,
                     UnaryOperator<ProgressMonitor> monitorWrapper, RememberedChoices choices) {
        this(cache, threads, recent, monitorWrapper, choices, true);
    }

    /** Choices remembered while the program runs only. */
    public AppConfig(CacheSettings cache, int threads, RecentRepositories recent,
                     UnaryOperator<ProgressMonitor> monitorWrapper) {
        this(cache, threads, recent, monitorWrapper, RememberedChoices.inMemory());
    }

    /** The user's cache and preferences, a thread per core. */
    public static AppConfig defaults() {
        return new AppConfig(CacheSettings.defaults(), Runtime.getRuntime().availableProcessors(),
                RecentRepositories.inPreferences(), UnaryOperator.identity(), RememberedChoices.inPreferences());
    }
}
