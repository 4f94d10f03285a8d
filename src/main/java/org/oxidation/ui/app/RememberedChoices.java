package org.oxidation.ui.app;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The window's choices kept across restarts: the measure, the timeline's mode and the tab for every
 * repository alike, the grouping per repository (MAINTAINERS sections mean something for a kernel clone
 * only). Kept in the user's {@link Preferences} or, for tests, in memory only. FX thread only.
 */
public final class RememberedChoices {

    static final String MEASURE = "measure";
    static final String MODE = "timeline-mode";
    static final String TAB = "tab";
    static final String MISSING_BLOBS_VIA_GIT = "missing-blobs-via-git";
    private static final String GROUPING = "grouping.";

    private final Preferences node;
    private final Map<String, String> memory = new HashMap<>();

    private RememberedChoices(Preferences node) {
        this.node = node;
    }

    /** Remembered between runs in the user's preferences. */
    public static RememberedChoices inPreferences() {
        return new RememberedChoices(Preferences.userRoot().node("org/oxidation/choices"));
    }

    /** Remembered only while the program runs. */
    public static RememberedChoices inMemory() {
        return new RememberedChoices(null);
    }

    /**
     * Puts back the measure and the timeline's mode of the last run into a new window's model and keeps
     * them, and the grouping of each repository, as they change.
     */
    void attachTo(MainWindowModel model) {
        java.util.Arrays.stream(org.oxidation.chart.Metric.values()).filter(m -> m.name().equals(get(MEASURE)))
                .findFirst().ifPresent(model.metric::set);
        String mode = get(MODE);
        java.util.Arrays.stream(org.oxidation.chart.timeline.TimelineMode.values()).filter(m -> m.id().equals(mode))
                .findFirst().ifPresent(m -> model.state.set(model.state.get().withTimelineChoices(
                        model.state.get().choices().timeline().withMode(m))));
        model.metric.addListener((observable, before, after) -> put(MEASURE, after.name()));
        model.state.addListener((observable, before, after) -> {
            if (before.choices().timeline().mode() != after.choices().timeline().mode()) {
                put(MODE, after.choices().timeline().mode().id());
            }
        });
        model.grouping.addListener((observable, before, after) -> {
            if (model.repository.get() != null && after != null && !model.restoringGrouping) {
                put(groupingKey(model.repository.get()), after.id());
            }
        });
    }

    /** The value kept under {@code key}, or null. */
    String get(String key) {
        return node == null ? memory.get(key) : node.get(key, null);
    }

    void put(String key, String value) {
        if (node == null) {
            memory.put(key, value);
            return;
        }
        node.put(key, value);
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // Not remembering a choice is no reason to bother the user; it holds for this run.
        }
    }

    /** The key of a repository's grouping: preference keys are short, so a hash of its path stands for it. */
    static String groupingKey(Path repository) {
        return GROUPING + Integer.toHexString(repository.toAbsolutePath().normalize().toString().hashCode());
    }
}
