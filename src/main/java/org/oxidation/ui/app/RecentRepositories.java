package org.oxidation.ui.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The repositories opened last, newest first, at most {@value #MAX}; remembered in
 * {@link java.util.prefs.Preferences} or, for tests, in memory only. FX thread only.
 */
public final class RecentRepositories {

    static final int MAX = 8;
    private static final String KEY = "recent.";

    private final Preferences node;
    private final List<Path> paths = new ArrayList<>();

    private RecentRepositories(Preferences node) {
        this.node = node;
        if (node != null) {
            for (int i = 0; i < MAX; i++) {
                String path = node.get(KEY + i, null);
                if (path != null) {
                    paths.add(Path.of(path));
                }
            }
        }
    }

    /** Remembered between runs in the user's preferences. */
    public static RecentRepositories inPreferences() {
        return new RecentRepositories(Preferences.userRoot().node("org/oxidation/recent"));
    }

    /** Remembered only while the program runs. */
    public static RecentRepositories inMemory() {
        return new RecentRepositories(null);
    }

    public List<Path> list() {
        return List.copyOf(paths);
    }

    /** Moves the path to the front, dropping the oldest beyond {@value #MAX}. */
    public void add(Path path) {
        Path normal = path.toAbsolutePath().normalize();
        paths.remove(normal);
        paths.add(0, normal);
        while (paths.size() > MAX) {
            paths.remove(paths.size() - 1);
        }
        save();
    }

    private void save() {
        if (node == null) {
            return;
        }
        for (int i = 0; i < MAX; i++) {
            if (i < paths.size()) {
                node.put(KEY + i, paths.get(i).toString());
            } else {
                node.remove(KEY + i);
            }
        }
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // Not remembering the list is no reason to bother the user; it still works for this run.
        }
    }
}
