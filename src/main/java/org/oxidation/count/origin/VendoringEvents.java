package org.oxidation.count.origin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.oxidation.model.DirStats;
import org.oxidation.model.FileStats;
import org.oxidation.model.Origin;
import org.oxidation.model.Snapshot;
import org.oxidation.model.Timeline;

/**
 * Where a vendored project arrives, is upgraded or leaves along a timeline, from the vendored projects
 * of each snapshot (its tree with origins decided, or the {@code vendored_from} column of its CSV rows).
 * Stateless and thread-safe.
 */
public final class VendoringEvents {

    /** What happened to a vendored project between the tag before and this one. */
    public enum Change { ARRIVED, UPGRADED, LEFT }

    /**
     * One event.
     *
     * @param tag    the first tag that shows the change
     * @param before the version before ("" when unknown or arriving)
     * @param after  the version after ("" when unknown or leaving)
     */
    public record Event(String tag, Change change, String name, String before, String after) {

        /** "syn 2.0.106 arrives", "syn 2.0.106 → 2.1.0", "alloc leaves". */
        public String describe() {
            return switch (change) {
                case ARRIVED -> (name + " " + after).trim() + " arrives";
                case UPGRADED -> name + " " + (before.isEmpty() ? "?" : before) + " \u2192 " + (after.isEmpty() ? "?" : after);
                case LEFT -> (name + " " + before).trim() + " leaves";
            };
        }
    }

    private VendoringEvents() {
    }

    /** The events along a timeline, in tag order; the first tag's projects arrive there. */
    public static List<Event> of(Timeline timeline) {
        List<Event> events = new ArrayList<>();
        Map<String, String> before = Map.of();
        for (Snapshot snapshot : timeline.snapshots()) {
            Map<String, String> now = projectsOf(snapshot);
            events.addAll(between(snapshot.tag(), before, now));
            before = now;
        }
        return events;
    }

    /**
     * The events along per-tag breakdowns, counting only the vendored projects of rows in these
     * languages (a chart of Rust shows where vendored Rust arrives, not ACPICA).
     */
    public static List<Event> of(List<String> tags, List<org.oxidation.model.Breakdown> breakdowns,
                                 java.util.Set<String> languages) {
        List<Event> events = new ArrayList<>();
        Map<String, String> before = Map.of();
        for (int i = 0; i < tags.size(); i++) {
            Map<String, String> now = new TreeMap<>();
            breakdowns.get(i).rows().values().forEach(byLanguage -> byLanguage.forEach((language, row) -> {
                if (languages.contains(language)) {
                    row.vendoredFrom().forEach(now::putIfAbsent);
                }
            }));
            events.addAll(between(tags.get(i), before, now));
            before = now;
        }
        return events;
    }

    /** What changed from one tag's vendored projects (name → version) to the next's. */
    public static List<Event> between(String tag, Map<String, String> before, Map<String, String> after) {
        List<Event> events = new ArrayList<>();
        TreeSet<String> names = new TreeSet<>(before.keySet());
        names.addAll(after.keySet());
        for (String name : names) {
            String was = before.get(name);
            String is = after.get(name);
            if (was == null) {
                events.add(new Event(tag, Change.ARRIVED, name, "", is));
            } else if (is == null) {
                events.add(new Event(tag, Change.LEFT, name, was, ""));
            } else if (!was.equals(is)) {
                events.add(new Event(tag, Change.UPGRADED, name, was, is));
            }
        }
        return events;
    }

    /** A snapshot's vendored projects, name → version ("" when not stated). */
    public static Map<String, String> projectsOf(Snapshot snapshot) {
        if (!snapshot.hasFiles()) {
            return snapshot.loaded().vendoredFrom();
        }
        Map<String, String> projects = new TreeMap<>();
        collect(snapshot.root(), projects);
        return projects;
    }

    private static void collect(DirStats dir, Map<String, String> projects) {
        add(dir.origin(), projects);
        if (!dir.hasOriginsBelow()) {
            return;
        }
        for (FileStats file : dir.files()) {
            add(file.origin(), projects);
        }
        for (DirStats child : dir.dirs()) {
            collect(child, projects);
        }
    }

    private static void add(Origin origin, Map<String, String> projects) {
        if (origin.kind() == Origin.Kind.VENDORED && !origin.name().isEmpty()) {
            projects.putIfAbsent(origin.name(), origin.version());
        }
    }
}
