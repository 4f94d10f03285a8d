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
        collect(snapshot.root(), "", Origin.WRITTEN, forThisTag, excluded, rows);
        return new Breakdown(forThisTag.id(), rows);
    }

    private static void collect(DirStats dir, String prefix, Origin inherited, Grouping grouping,
                                Set<Origin.Kind> excluded, Map<String, Map<String, Breakdown.Row>> rows) {
        Origin origin = dir.effectiveOrigin(inherited);
        if (excluded.contains(origin.kind())) {
            return;
        }
        if (grouping.settledAt(prefix) && !dir.hasOriginsBelow()) {
            // One subsystem and one origin for the whole subtree: its totals are the answer.
            String subsystem = grouping.subsystemOf(prefix + "file");
            dir.totals().byLanguage().forEach((language, counts) -> add(rows, subsystem, language, counts, origin));
            return;
        }
        if (grouping.byDirectory() && !dir.hasOriginsBelow()) {
            // All files here share one subsystem and one origin: sum them per language first, then merge once.
            String subsystem = grouping.subsystemOf(prefix + "file");
            Map<String, LineCounts> sums = new HashMap<>(4);
            for (FileStats file : dir.files()) {
                sums.merge(file.language(), file.counts(), LineCounts::plus);
            }
            sums.forEach((language, counts) -> add(rows, subsystem, language, counts, origin));
        } else {
            for (FileStats file : dir.files()) {
                Origin fileOrigin = file.origin().orElse(origin);
                if (!excluded.contains(fileOrigin.kind())) {
                    add(rows, grouping.subsystemOf(prefix + file.name()), file.language(), file.counts(), fileOrigin);
                }
            }
        }
        for (DirStats child : dir.dirs()) {
            collect(child, prefix + child.name() + "/", origin, grouping, excluded, rows);
        }
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
            Origin fileOrigin = file.origin().orElse(origin);
            if (!excluded.contains(fileOrigin.kind())) {
                visitor.visit(prefix + file.name(), file, fileOrigin);
            }
        }
        for (DirStats child : dir.dirs()) {
            walk(child, prefix + child.name() + "/", origin, excluded, descend, visitor);
        }
    }

    private static void add(Map<String, Map<String, Breakdown.Row>> rows, String subsystem, String language,
                            LineCounts counts, Origin origin) {
        long lines = counts.lines();
        boolean namedVendor = origin.kind() == Origin.Kind.VENDORED && !origin.name().isEmpty();
        Breakdown.Row row = new Breakdown.Row(counts,
                origin.kind() == Origin.Kind.VENDORED ? lines : 0,
                origin.kind() == Origin.Kind.GENERATED ? lines : 0,
                namedVendor ? Map.of(origin.name(), origin.version()) : Map.of(),
                origin.kind() == Origin.Kind.VENDORED ? counts.code() : 0,
                origin.kind() == Origin.Kind.GENERATED ? counts.code() : 0);
        rows.computeIfAbsent(subsystem, k -> new HashMap<>()).merge(language, row, Breakdown.Row::plus);
    }

    /**
     * A breakdown read from CSV knows per row how many lines are vendored or generated, not which files
     * they are: the lines left are exact, and files, code, comment and blank are scaled down in proportion
     * (so they are estimates for such rows).
     */
    private static Breakdown withoutOrigins(Breakdown loaded, Set<Origin.Kind> excluded) {
        Map<String, Map<String, Breakdown.Row>> rows = new HashMap<>();
        loaded.rows().forEach((subsystem, byLanguage) -> byLanguage.forEach((language, row) -> {
            boolean vendoredOut = excluded.contains(Origin.Kind.VENDORED);
            boolean generatedOut = excluded.contains(Origin.Kind.GENERATED);
            long removed = (vendoredOut ? row.vendoredLines() : 0) + (generatedOut ? row.generatedLines() : 0);
            LineCounts c = row.counts();
            long kept = Math.max(0, c.lines() - removed);
            if (kept == c.lines()) {
                rows.computeIfAbsent(subsystem, k -> new HashMap<>()).put(language, row);
            } else if (kept > 0) {
                double f = (double) kept / c.lines();
                // Code lines are exact where the CSV has the vendored_code and generated_code columns.
                long code = row.originCodeKnown() ? Math.min(kept, Math.max(0, c.code()
                        - (vendoredOut ? row.vendoredCode() : 0) - (generatedOut ? row.generatedCode() : 0)))
                        : Math.round(c.code() * f);
                long comment = Math.min(kept - code, Math.round(c.comment() * f));
                LineCounts scaled = new LineCounts(Math.max(1, Math.round(c.files() * f)), kept, code, comment,
                        kept - code - comment, Math.round(c.unsafeLines() * f));
                Breakdown.Row left = new Breakdown.Row(scaled, vendoredOut ? 0 : row.vendoredLines(),
                        generatedOut ? 0 : row.generatedLines(), vendoredOut ? Map.of() : row.vendoredFrom(),
                        vendoredOut ? 0 : row.vendoredCode(), generatedOut ? 0 : row.generatedCode());
                rows.computeIfAbsent(subsystem, k -> new HashMap<>()).put(language, left);
            }
        }));
        return new Breakdown(loaded.grouping(), rows);
    }
}
