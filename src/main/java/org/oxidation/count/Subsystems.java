package org.oxidation.count;

import java.util.HashMap;
import java.util.List;
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
     * Groups the files of the snapshot, leaving out those of the excluded origins (for example
     * {@code VENDORED} to count only code written for the project).
     */
    public static Breakdown breakdown(Snapshot snapshot, Grouping grouping, Set<Origin.Kind> excluded) {
        if (!snapshot.hasFiles()) {
            return excluded.isEmpty() ? snapshot.loaded() : withoutOrigins(snapshot.loaded(), excluded);
        }
        Grouping forThisTag = grouping.forSnapshot(snapshot);
        Map<String, Map<String, Breakdown.Row>> rows = new HashMap<>();
        forEachPart(snapshot.root(), forThisTag, excluded, new PartVisitor() {
            @Override
            public void directory(String subsystem, String path, DirStats dir, Origin origin) {
                if (!dir.hasOriginsBelow()) {
                    // One subsystem and one origin for the whole subtree: its totals are the answer.
                    dir.totals().byLanguage().forEach((language, counts) -> add(rows, subsystem, language, counts, origin));
                    return;
                }
                walk(dir, path + "/", origin, excluded, d -> true,
                        (filePath, file, fileOrigin) -> add(rows, subsystem, file.language(), file.counts(), fileOrigin));
            }

            @Override
            public void file(String subsystem, String path, FileStats file, Origin origin) {
                add(rows, subsystem, file.language(), file.counts(), origin);
            }
        });
        return new Breakdown(forThisTag.id(), rows);
    }

    /**
     * Receives a tree's parts by subsystem: a directory that lies wholly in one subsystem (the grouping is
     * {@link Grouping#settledAt settled} there), or a single file above such directories, each with its
     * path from the root (no trailing slash) and its origin. Parts of excluded origins are never handed
     * over; a whole directory may still hold files or directories of other origins below it.
     */
    public interface PartVisitor {
        void directory(String subsystem, String path, DirStats dir, Origin origin);

        void file(String subsystem, String path, FileStats file, Origin origin);
    }

    /**
     * The one walk from a tree to its subsystems, shared by the rows and the treemap: it goes down until
     * the grouping is settled, without recursion (git allows trees thousands of directories deep).
     */
    public static void forEachPart(DirStats root, Grouping grouping, Set<Origin.Kind> excluded, PartVisitor visitor) {
        record Frame(DirStats dir, String prefix, Origin origin) {
        }
        java.util.ArrayDeque<Frame> stack = new java.util.ArrayDeque<>();
        Origin rootOrigin = root.effectiveOrigin(Origin.INHERITED);
        if (!excluded.contains(rootOrigin.kind())) {
            stack.push(new Frame(root, "", rootOrigin));
        }
        while (!stack.isEmpty()) {
            Frame frame = stack.pop();
            if (!frame.prefix().isEmpty() && grouping.settledAt(frame.prefix())) {
                String path = frame.prefix().substring(0, frame.prefix().length() - 1);
                visitor.directory(grouping.subsystemOf(frame.prefix() + "file"), path, frame.dir(), frame.origin());
                continue;
            }
            for (FileStats file : frame.dir().files()) {
                Origin fileOrigin = file.origin().orElse(frame.origin());
                if (!excluded.contains(fileOrigin.kind())) {
                    String path = frame.prefix() + file.name();
                    visitor.file(grouping.subsystemOf(path), path, file, fileOrigin);
                }
            }
            List<DirStats> children = frame.dir().dirs();
            for (int i = children.size() - 1; i >= 0; i--) { // popped in name order
                DirStats child = children.get(i);
                Origin childOrigin = child.effectiveOrigin(frame.origin());
                if (!excluded.contains(childOrigin.kind())) {
                    stack.push(new Frame(child, frame.prefix() + child.name() + "/", childOrigin));
                }
            }
        }
    }

    /** Receives each file a walk reaches, with its path from the root and the origin it lies in. */
    @FunctionalInterface
    public interface FileVisitor {
        void visit(String path, FileStats file, Origin origin);
    }

    /**
     * Visits the files of a tree, skipping trees and files of the excluded origins and every directory for
     * which {@code descend} is false (callers looking for one language prune by the directory's totals).
     */
    public static void forEachFile(DirStats root, Set<Origin.Kind> excluded, Predicate<DirStats> descend,
                                   FileVisitor visitor) {
        walk(root, "", root.effectiveOrigin(Origin.INHERITED), excluded, descend, visitor);
    }

    /** The files of {@code dir} and below, with an explicit stack: no recursion for deep trees. */
    private static void walk(DirStats dir, String prefix, Origin origin, Set<Origin.Kind> excluded,
                             Predicate<DirStats> descend, FileVisitor visitor) {
        record Frame(DirStats dir, String prefix, Origin origin) {
        }
        java.util.ArrayDeque<Frame> stack = new java.util.ArrayDeque<>();
        stack.push(new Frame(dir, prefix, origin));
        while (!stack.isEmpty()) {
            Frame frame = stack.pop();
            if (excluded.contains(frame.origin().kind()) || !descend.test(frame.dir())) {
                continue;
            }
            for (FileStats file : frame.dir().files()) {
                Origin fileOrigin = file.origin().orElse(frame.origin());
                if (!excluded.contains(fileOrigin.kind())) {
                    visitor.visit(frame.prefix() + file.name(), file, fileOrigin);
                }
            }
            List<DirStats> children = frame.dir().dirs();
            for (int i = children.size() - 1; i >= 0; i--) {
                DirStats child = children.get(i);
                stack.push(new Frame(child, frame.prefix() + child.name() + "/", child.effectiveOrigin(frame.origin())));
            }
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
