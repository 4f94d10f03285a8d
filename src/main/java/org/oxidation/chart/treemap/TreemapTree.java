package org.oxidation.chart.treemap;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.oxidation.count.Grouping;
import org.oxidation.model.Breakdown;
import org.oxidation.model.DirStats;
import org.oxidation.model.FileStats;
import org.oxidation.model.LanguageCounts;
import org.oxidation.model.Origin;
import org.oxidation.model.Snapshot;
import org.oxidation.chart.treemap.TreemapNode.Kind;
import org.oxidation.chart.treemap.TreemapNode.LocatedDir;
import org.oxidation.chart.treemap.TreemapNode.LocatedFile;

/**
 * Builds the treemap's tree of one snapshot: subsystems on top, then directories and files. A snapshot
 * read from CSV has no files, so its subsystems are leaves. A directory goes whole to its subsystem when
 * the grouping says everything below it is settled ({@link Grouping#settledAt}, the question
 * {@code Subsystems} asks), so the map's subsystems hold exactly the breakdown's files. Stateless; the nodes
 * it makes are thread-safe.
 */
final class TreemapTree {

    private TreemapTree() {
    }

    static TreemapNode of(Snapshot snapshot, Grouping grouping, Set<Origin.Kind> excluded) {
        return snapshot.hasFiles() ? ofTree(snapshot.root(), grouping.forSnapshot(snapshot), excluded) : ofBreakdown(snapshot.loaded());
    }

    private static TreemapNode ofBreakdown(Breakdown breakdown) {
        List<TreemapNode> subsystems = new ArrayList<>();
        breakdown.rows().forEach((subsystem, byLanguage) -> {
            TreeMap<String, org.oxidation.model.LineCounts> counts = new TreeMap<>();
            byLanguage.forEach((language, row) -> counts.put(language, row.counts()));
            subsystems.add(TreemapNode.ofTotals(Kind.SUBSYSTEM, subsystem, subsystem, new LanguageCounts(counts),
                    List.of()));
        });
        return root(subsystems);
    }

    private static TreemapNode ofTree(DirStats root, Grouping grouping, Set<Origin.Kind> excluded) {
        Map<String, Parts> parts = new TreeMap<>();
        collect(root, "", root.effectiveOrigin(Origin.WRITTEN), grouping, excluded, parts);
        List<TreemapNode> subsystems = new ArrayList<>();
        parts.forEach((subsystem, p) -> subsystems.add(
                TreemapNode.ofParts(Kind.SUBSYSTEM, subsystem, subsystem, Origin.WRITTEN, p.dirs, p.files, excluded)));
        return root(subsystems);
    }

    private static TreemapNode root(List<TreemapNode> subsystems) {
        LanguageCounts sum = LanguageCounts.EMPTY;
        for (TreemapNode subsystem : subsystems) {
            sum = sum.plus(subsystem.totals());
        }
        return TreemapNode.ofTotals(Kind.ROOT, "", "", sum, subsystems);
    }

    /** Hands each file, or each directory lying wholly in one subsystem, to its subsystem. */
    private static void collect(DirStats dir, String prefix, Origin origin, Grouping grouping,
                                Set<Origin.Kind> excluded, Map<String, Parts> parts) {
        for (FileStats file : dir.files()) {
            String path = prefix + file.name();
            parts.computeIfAbsent(grouping.subsystemOf(path), k -> new Parts()).files
                    .add(new LocatedFile(path, file, origin));
        }
        for (DirStats child : dir.dirs()) {
            Origin childOrigin = child.effectiveOrigin(origin);
            if (excluded.contains(childOrigin.kind())) {
                continue;
            }
            String path = prefix + child.name();
            if (!grouping.settledAt(path + "/")) {
                collect(child, path + "/", childOrigin, grouping, excluded, parts);
                continue;
            }
            // The grouping's own answer, as Subsystems asks it: everything below lies in one subsystem.
            String subsystem = grouping.subsystemOf(path + "/file");
            LocatedDir located = new LocatedDir(path, child, childOrigin);
            if (path.equals(subsystem)) {
                // The directory is the subsystem: its contents are the subsystem's children.
                Parts p = parts.computeIfAbsent(subsystem, k -> new Parts());
                p.dirs.addAll(TreemapNode.subdirsOf(located, excluded));
                p.files.addAll(TreemapNode.filesOf(located));
            } else if (path.startsWith(subsystem + "/")) {
                parts.computeIfAbsent(subsystem, k -> new Parts()).dirs.add(located);
            } else {
                collect(child, path + "/", childOrigin, grouping, excluded, parts);
            }
        }
    }

    /** The directories and files a subsystem is made of. */
    private static final class Parts {
        final List<LocatedDir> dirs = new ArrayList<>();
        final List<LocatedFile> files = new ArrayList<>();
    }
}
