package org.oxidation.count;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.oxidation.model.Breakdown;
import org.oxidation.model.Origin;
import org.oxidation.model.Snapshot;

/**
 * Where Rust started: for each subsystem, the first sampled tag at which it holds any Rust file, and the
 * Rust files it held then. Snapshots read from CSV have no files, so their starts name the tag only.
 * Immutable and thread-safe.
 */
public final class FirstRust {

    /** A tooltip lists this many paths at most; the rest are a count. */
    public static final int MAX_PATHS = 10;

    private static final String RUST = "Rust";

    /**
     * The first tag of one subsystem's Rust.
     *
     * @param subsystem  the subsystem, as the grouping names it
     * @param tagIndex   the tag's position among the sampled snapshots (0 is the first)
     * @param tag        the tag's name
     * @param paths      up to {@link #MAX_PATHS} of the Rust files it had then, sorted; empty when unknown
     * @param morePaths  how many more Rust files it had then than {@code paths} lists
     * @param filesKnown false when the snapshot was read from CSV and holds no files
     */
    public record Start(String subsystem, int tagIndex, String tag, List<String> paths, int morePaths,
                        boolean filesKnown) {
        public Start {
            paths = List.copyOf(paths);
        }
    }

    private final List<Start> starts;

    private FirstRust(List<Start> starts) {
        this.starts = List.copyOf(starts);
    }

    /** The starts of every subsystem with Rust at any of the snapshots, in written code and crates alike. */
    public static FirstRust of(List<Snapshot> snapshots, Grouping grouping) {
        return of(snapshots, grouping, Set.of());
    }

    /**
     * The starts of every subsystem with Rust at any of the snapshots, leaving out trees of the excluded
     * origins as the charts do (a subsystem whose only Rust is a vendored crate has no start without it).
     */
    public static FirstRust of(List<Snapshot> snapshots, Grouping grouping, Set<Origin.Kind> excluded) {
        Map<String, Start> bySubsystem = new TreeMap<>();
        for (int index = 0; index < snapshots.size(); index++) {
            Snapshot snapshot = snapshots.get(index);
            Map<String, List<String>> newRust = snapshot.hasFiles()
                    ? rustFilesOfNewSubsystems(snapshot, grouping, excluded, bySubsystem.keySet())
                    : rustSubsystemsOfBreakdown(snapshot, grouping, excluded, bySubsystem.keySet());
            for (Map.Entry<String, List<String>> subsystem : newRust.entrySet()) {
                List<String> paths = subsystem.getValue().stream().sorted().toList();
                List<String> shown = paths.subList(0, Math.min(MAX_PATHS, paths.size()));
                bySubsystem.put(subsystem.getKey(), new Start(subsystem.getKey(), index, snapshot.tag(), shown,
                        paths.size() - shown.size(), snapshot.hasFiles()));
            }
        }
        List<Start> ordered = new ArrayList<>(bySubsystem.values());
        ordered.sort(Comparator.comparingInt(Start::tagIndex).thenComparing(Start::subsystem));
        return new FirstRust(ordered);
    }

    /** Every start, by tag then subsystem name. */
    public List<Start> starts() {
        return starts;
    }

    /**
     * The starts after the first sampled tag: the news. Rust already there at the first tag only says the
     * sampling began after it arrived.
     */
    public List<Start> afterFirstTag() {
        return starts.stream().filter(start -> start.tagIndex() > 0).toList();
    }

    /** The start of one subsystem, empty when it never held Rust. */
    public Optional<Start> startOf(String subsystem) {
        return starts.stream().filter(start -> start.subsystem().equals(subsystem)).findFirst();
    }

    /** Subsystem → its Rust file paths, for subsystems not in {@code known} that hold Rust in this tree. */
    private static Map<String, List<String>> rustFilesOfNewSubsystems(Snapshot snapshot, Grouping grouping,
                                                                      Set<Origin.Kind> excluded, Set<String> known) {
        Grouping forThisTag = grouping.forSnapshot(snapshot);
        Map<String, List<String>> found = new TreeMap<>();
        // Only directories holding Rust are walked: a kernel tree has some 80k files, and a few hundred .rs.
        Subsystems.forEachFile(snapshot.root(), excluded, dir -> !dir.totals().get(RUST).isEmpty(),
                (path, file, origin) -> {
                    if (file.language().equals(RUST)) {
                        String subsystem = forThisTag.subsystemOf(path);
                        if (!known.contains(subsystem)) {
                            found.computeIfAbsent(subsystem, k -> new ArrayList<>()).add(path);
                        }
                    }
                });
        return found;
    }

    /** Subsystem → no paths, for subsystems not in {@code known} with a Rust row in a snapshot read from CSV. */
    private static Map<String, List<String>> rustSubsystemsOfBreakdown(Snapshot snapshot, Grouping grouping,
                                                                       Set<Origin.Kind> excluded, Set<String> known) {
        Breakdown breakdown = Subsystems.breakdown(snapshot, grouping, excluded);
        Map<String, List<String>> found = new TreeMap<>();
        for (String subsystem : breakdown.subsystems()) {
            if (!known.contains(subsystem) && breakdown.row(subsystem, RUST).counts().files() > 0) {
                found.put(subsystem, List.of());
            }
        }
        return found;
    }
}
