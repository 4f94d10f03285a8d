package org.oxidation.git;

import java.io.File;
import java.util.Locale;
import org.eclipse.jgit.util.FS;

/**
 * Tells JGit where git's system-wide configuration is on Linux and the BSDs: {@code $GIT_CONFIG_SYSTEM},
 * else {@code /etc/gitconfig}, where a packaged git keeps it. Otherwise opening a repository starts
 * {@code git --version} and {@code git config --system --list} to ask (two processes on the path of
 * every {@code count}, 40–65 ms of its wall time). A git built with another prefix keeps the file
 * elsewhere; nothing in it changes what Oxidation reads (objects and refs; the pack cache is set by
 * {@link PackCacheTuning}). On Windows and macOS JGit asks git as before. Thread-safe.
 */
final class SystemConfig {

    private static boolean preset;

    private SystemConfig() {
    }

    static synchronized void presetOnce() {
        if (preset) {
            return;
        }
        preset = true;
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac")) {
            return;
        }
        String named = System.getenv("GIT_CONFIG_SYSTEM");
        File file = named != null && !named.isEmpty() ? new File(named) : new File("/etc/gitconfig");
        FS.DETECTED.setGitSystemConfig(file); // a missing one reads as empty, as git reads it
    }
}
