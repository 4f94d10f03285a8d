package org.oxidation.count;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.oxidation.model.Breakdown;
import org.oxidation.model.DirStats;
import org.oxidation.model.FileStats;
import org.oxidation.model.Origin;
import org.oxidation.model.Snapshot;

/**
 * Groups a snapshot's files into subsystems: the rows of the CSV and the series of the charts.
 * Stateless and thread-safe.
 */
public final class Subsystems {

    private Subsystems() {
    }

    /** Groups every file of the snapshot; a snapshot read from CSV keeps the breakdown it was saved with. */
    public static Breakdown breakdown(Snapshot snapshot, Grouping grouping) {
        return breakdown(snapshot, grouping, Set.of());
    }

    /**
     * Groups the files of the snapshot, leaving out those in trees of the excluded origins (for example
     * {@code VENDORED} to count only code written for the project).
     */
    public static Breakdown breakdown(Snapshot snapshot, Grouping grouping, Set<Origin.Kind> excluded) {
        if (!snapshot.hasFiles()) {
            // A CSV has no files to leave out; the views subtract its vendored/generated columns instead.
            return snapshot.loaded();
        }
        Grouping forThisTag = grouping.forSnapshot(snapshot);
        Map<String, Map<String, Breakdown.Row>> rows = new HashMap<>();
        collect(snapshot.root(), "", Origin.WRITTEN, forThisTag, excluded, rows);
        return new Breakdown(forThisTag.id(), rows);
    }

    private static void collect(DirStats dir, String prefix, Origin inherited, Grouping grouping,
                                Set<Origin.Kind> excluded, Map<String, Map<String, Breakdown.Row>> rows) {
        Origin origin = dir.effectiveOrigin(inherited);
        if (excluded.contains(origin.kind())) {
            return;
        }
        for (FileStats file : dir.files()) {
            String subsystem = grouping.subsystemOf(prefix + file.name());
            long lines = file.counts().lines();
            Breakdown.Row row = new Breakdown.Row(file.counts(),
                    origin.kind() == Origin.Kind.VENDORED ? lines : 0,
                    origin.kind() == Origin.Kind.GENERATED ? lines : 0);
            rows.computeIfAbsent(subsystem, k -> new HashMap<>()).merge(file.language(), row, Breakdown.Row::plus);
        }
        for (DirStats child : dir.dirs()) {
            collect(child, prefix + child.name() + "/", origin, grouping, excluded, rows);
        }
    }
}
