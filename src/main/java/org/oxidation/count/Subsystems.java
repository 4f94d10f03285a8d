package org.oxidation.count;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.oxidation.model.Breakdown;
import org.oxidation.model.DirStats;
import org.oxidation.model.FileStats;
import org.oxidation.model.LineCounts;
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
            return excluded.isEmpty() ? snapshot.loaded() : withoutOrigins(snapshot.loaded(), excluded);
        }
        Grouping forThisTag = grouping.forSnapshot(snapshot);
        Map<String, Map<String, Breakdown.Row>> rows = new HashMap<>();
        forEachFile(snapshot.root(), excluded, dir -> true, (path, file, origin) -> {
            long lines = file.counts().lines();
            Breakdown.Row row = new Breakdown.Row(file.counts(),
                    origin.kind() == Origin.Kind.VENDORED ? lines : 0,
                    origin.kind() == Origin.Kind.GENERATED ? lines : 0);
            rows.computeIfAbsent(forThisTag.subsystemOf(path), k -> new HashMap<>())
                    .merge(file.language(), row, Breakdown.Row::plus);
        });
        return new Breakdown(forThisTag.id(), rows);
    }

    /** Receives each file a walk reaches, with its path from the root and the origin it lies in. */
    @FunctionalInterface
    interface FileVisitor {
        void visit(String path, FileStats file, Origin origin);
    }

    /**
     * Visits the files of a tree, skipping trees of the excluded origins and every directory for which
     * {@code descend} is false (callers looking for one language prune by the directory's totals).
     */
    static void forEachFile(DirStats root, Set<Origin.Kind> excluded, Predicate<DirStats> descend,
                            FileVisitor visitor) {
        walk(root, "", Origin.WRITTEN, excluded, descend, visitor);
    }

    private static void walk(DirStats dir, String prefix, Origin inherited, Set<Origin.Kind> excluded,
                             Predicate<DirStats> descend, FileVisitor visitor) {
        Origin origin = dir.effectiveOrigin(inherited);
        if (excluded.contains(origin.kind()) || !descend.test(dir)) {
            return;
        }
        for (FileStats file : dir.files()) {
            visitor.visit(prefix + file.name(), file, origin);
        }
        for (DirStats child : dir.dirs()) {
            walk(child, prefix + child.name() + "/", origin, excluded, descend, visitor);
        }
    }

    /**
     * A breakdown read from CSV knows per row how many lines are vendored or generated, not which files
     * they are: the lines left are exact, and files, code, comment and blank are scaled down in proportion
     * (so they are estimates for such rows).
     */
    private static Breakdown withoutOrigins(Breakdown loaded, Set<Origin.Kind> excluded) {
        Map<String, Map<String, Breakdown.Row>> rows = new HashMap<>();
        loaded.rows().forEach((subsystem, byLanguage) -> byLanguage.forEach((language, row) -> {
            long removed = (excluded.contains(Origin.Kind.VENDORED) ? row.vendoredLines() : 0)
                    + (excluded.contains(Origin.Kind.GENERATED) ? row.generatedLines() : 0);
            LineCounts c = row.counts();
            long kept = Math.max(0, c.lines() - removed);
            if (kept == c.lines()) {
                rows.computeIfAbsent(subsystem, k -> new HashMap<>()).put(language, row);
            } else if (kept > 0) {
                double f = (double) kept / c.lines();
                long code = Math.round(c.code() * f);
                long comment = Math.min(kept - code, Math.round(c.comment() * f));
                LineCounts scaled = new LineCounts(Math.max(1, Math.round(c.files() * f)), kept, code, comment,
                        kept - code - comment, Math.round(c.unsafeLines() * f));
                Breakdown.Row left = new Breakdown.Row(scaled,
                        excluded.contains(Origin.Kind.VENDORED) ? 0 : row.vendoredLines(),
                        excluded.contains(Origin.Kind.GENERATED) ? 0 : row.generatedLines());
                rows.computeIfAbsent(subsystem, k -> new HashMap<>()).put(language, left);
            }
        }));
        return new Breakdown(loaded.grouping(), rows);
    }
}
