package org.oxidation.count;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.oxidation.count.origin.OriginProfile;
import org.oxidation.count.origin.OriginResolver;
import org.oxidation.model.Breakdown;
import org.oxidation.model.DirStats;
import org.oxidation.model.FileStats;
import org.oxidation.model.LineCounts;
import org.oxidation.model.Origin;
import org.oxidation.model.Snapshot;

/**
 * A tag's rows worked out from an earlier tag's rows and the parts of the two counted trees that differ,
 * instead of deciding the origins of every file of the new tree and grouping them all again: after a
 * fetch a new tag changes a few percent of its files, and those walks over the whole tree were most of a
 * {@code count}'s own time (docs/performance.md, "Session 9").
 *
 * <p>The two trees are walked together, going down only where they differ (a subtree shared by both is
 * the same object, or equal). What differs is kept with every directory above it, each with its own facts
 * (README verdict, {@code .gitattributes} lines), so that deciding the origins of that part gives each of
 * its files the origin it has in the whole tree; a directory whose own facts changed is kept whole, since
 * every file below may change origin. The old part's rows are taken from the old rows and the new part's
 * added. A row's {@code vendored_from} keeps the first version it meets of a name, which cannot be
 * taken back: a subsystem where the changed parts do not settle it ({@link #vendoredFromUnsure}) is grouped
 * again from all of its files in the new tree.
 *
 * <p>Exact only under conditions it checks, and otherwise it answers nothing and the caller groups the
 * whole tree: a grouping that maps every path alike in both tags ({@link Grouping#forSnapshot} the same
 * object: MAINTAINERS sections only for the same text and the same directories it names); the same
 * origin profile for both trees; rows that know their vendored and generated code lines. Stateless and
 * thread-safe.
 *
 * <p>Over 300 lines because its parts make one exactness argument, read together: the walk of the two
 * trees, the rows' arithmetic, and the rule for {@code vendored_from} with the walk it needs.
 */
public final class BreakdownDelta {

    private BreakdownDelta() {
    }

    /**
     * The rows of {@code after}, from {@code before}'s rows {@code beforeRows} (grouped from {@code
     * before}'s tree by the same grouping, left-out origins and origin settings), or empty when they cannot
     * be worked out exactly this way.
     *
     * <p>{@code before} and {@code after} are counted snapshots: origins not decided, the facts the sampler
     * recorded.
     */
    public static Optional<Breakdown> next(Breakdown beforeRows, Snapshot before, Snapshot after, Grouping anyTag,
                                           Set<Origin.Kind> excluded, OriginResolver origins) {
        if (!before.hasFiles() || !after.hasFiles()) {
            return Optional.empty();
        }
        Grouping grouping = anyTag.forSnapshot(after); // the same object for both: every path grouped alike
        if (grouping != anyTag.forSnapshot(before) || !grouping.id().equals(beforeRows.grouping())
                || !originCodeKnown(beforeRows)) {
            return Optional.empty();
        }
        OriginProfile profile = origins.profileFor(after.root());
        if (profile != origins.profileFor(before.root())) {
            return Optional.empty();
        }
        DirStats[] changed = changedParts(before.root(), after.root());
        if (changed == null) {
            return Optional.of(beforeRows);
        }
        Breakdown removed = rowsOf(before, changed[0], profile, grouping, excluded, origins);
        Breakdown added = rowsOf(after, changed[1], profile, grouping, excluded, origins);
        Set<String> regrouped = vendoredFromUnsure(removed, added, before.root(), after.root(), profile, origins);
        Map<String, Map<String, Breakdown.Row>> rows = new HashMap<>();
        beforeRows.rows().forEach((subsystem, byLanguage) -> rows.put(subsystem, new HashMap<>(byLanguage)));
        if (!subtract(rows, removed, regrouped)) {
            return Optional.empty();
        }
        added.rows().forEach((subsystem, byLanguage) -> {
            if (!regrouped.contains(subsystem)) {
                byLanguage.forEach((language, row) ->
                        rows.computeIfAbsent(subsystem, k -> new HashMap<>()).merge(language, row, Breakdown.Row::plus));
            }
        });
        if (!regrouped.isEmpty()) {
            // Grouped again from all of their files in the new tree.
            rows.keySet().removeAll(regrouped);
            Breakdown whole = rowsOf(after, partIn(after.root(), regrouped, grouping), profile, grouping, excluded, origins);
            whole.rows().forEach((subsystem, byLanguage) -> rows.put(subsystem, new HashMap<>(byLanguage)));
        }
        return Optional.of(new Breakdown(grouping.id(), rows));
    }

    /**
     * The part of a tree whose files fall in these subsystems, each directory with its own facts: down to
     * where the grouping is {@link Grouping#settledAt settled}, so a settled directory is kept or left whole.
     */
    static DirStats partIn(DirStats root, Set<String> subsystems, Grouping grouping) {
        record Frame(DirStats dir, String prefix, Frame parent, List<DirStats> dirs, List<FileStats> files) {
        }
        java.util.ArrayDeque<Frame> toVisit = new java.util.ArrayDeque<>();
        List<Frame> visited = new ArrayList<>();
        toVisit.push(new Frame(root, "", null, new ArrayList<>(), new ArrayList<>()));
        while (!toVisit.isEmpty()) {
            Frame frame = toVisit.pop();
            visited.add(frame);
            for (FileStats file : frame.dir().files()) {
                if (subsystems.contains(grouping.subsystemOf(frame.prefix() + file.name()))) {
                    frame.files().add(file);
                }
            }
            for (DirStats child : frame.dir().dirs()) {
                String prefix = frame.prefix() + child.name() + "/";
                if (!grouping.settledAt(prefix)) {
                    toVisit.push(new Frame(child, prefix, frame, new ArrayList<>(), new ArrayList<>()));
                } else if (subsystems.contains(grouping.subsystemOf(prefix + "file"))) {
                    frame.dirs().add(child);
                }
            }
        }
        DirStats part = null;
        for (int k = visited.size() - 1; k >= 0; k--) { // children after their parents: built from the last back
            Frame frame = visited.get(k);
            DirStats built = frame.dirs().isEmpty() && frame.files().isEmpty() && frame.parent() != null ? null
                    : new DirStats(frame.dir().name(), frame.dir().origin(), frame.dirs(), frame.files(),
                    frame.dir().attributes());
            if (frame.parent() == null) {
                part = built;
            } else if (built != null) {
                frame.parent().dirs().add(built);
            }
        }
        return part;
    }

    /** The rows of a part of a snapshot's tree, its origins decided as in the whole tree. */
    private static Breakdown rowsOf(Snapshot snapshot, DirStats part, OriginProfile profile, Grouping grouping,
                                    Set<Origin.Kind> excluded, OriginResolver origins) {
        if (part == null) {
            return new Breakdown(grouping.id(), Map.of());
        }
        return Subsystems.breakdown(snapshot.withRoot(origins.resolve(part, profile)), grouping, excluded);
    }

    /**
     * The parts of two trees that differ, {@code [old part, new part]} (either may be null: nothing on
     * that side), each a directory with its own facts and only its children that differ; null when the
     * trees are the same. Without recursion (git allows trees thousands of directories deep).
     */
    static DirStats[] changedParts(DirStats oldRoot, DirStats newRoot) {
        final class Pair {
            final DirStats a;
            final DirStats b;
            final Pair parent;
            final List<DirStats> dirsA = new ArrayList<>();
            final List<DirStats> dirsB = new ArrayList<>();
            final List<FileStats> filesA = new ArrayList<>();
            final List<FileStats> filesB = new ArrayList<>();
            int pendingChildren;

            Pair(DirStats a, DirStats b, Pair parent) {
                this.a = a;
                this.b = b;
                this.parent = parent;
            }
        }
        java.util.ArrayDeque<Pair> toVisit = new java.util.ArrayDeque<>();
        List<Pair> visited = new ArrayList<>();
        Pair top = new Pair(oldRoot, newRoot, null);
        toVisit.push(top);
        while (!toVisit.isEmpty()) {
            Pair pair = toVisit.pop();
            visited.add(pair);
            if (!pair.a.origin().equals(pair.b.origin()) || !pair.a.attributes().equals(pair.b.attributes())) {
                // Its own facts changed: every file below may change origin.
                pair.dirsA.addAll(pair.a.dirs());
                pair.filesA.addAll(pair.a.files());
                pair.dirsB.addAll(pair.b.dirs());
                pair.filesB.addAll(pair.b.files());
                continue;
            }
            mergeFiles(pair.a.files(), pair.b.files(), pair.filesA, pair.filesB);
            List<DirStats> oldDirs = pair.a.dirs();
            List<DirStats> newDirs = pair.b.dirs();
            int i = 0;
            int j = 0;
            while (i < oldDirs.size() || j < newDirs.size()) {
                int order = i == oldDirs.size() ? 1 : j == newDirs.size() ? -1
                        : oldDirs.get(i).name().compareTo(newDirs.get(j).name());
                if (order < 0) {
                    pair.dirsA.add(oldDirs.get(i++));
                } else if (order > 0) {
                    pair.dirsB.add(newDirs.get(j++));
                } else {
                    DirStats oldDir = oldDirs.get(i++);
                    DirStats newDir = newDirs.get(j++);
                    if (oldDir != newDir) {
                        toVisit.push(new Pair(oldDir, newDir, pair));
                    }
                }
            }
        }
        // Children after their parents in the visit order: build from the last one back.
        DirStats[] root = null;
        for (int k = visited.size() - 1; k >= 0; k--) {
            Pair pair = visited.get(k);
            DirStats partA = pair.dirsA.isEmpty() && pair.filesA.isEmpty() ? null
                    : new DirStats(pair.a.name(), pair.a.origin(), pair.dirsA, pair.filesA, pair.a.attributes());
            DirStats partB = pair.dirsB.isEmpty() && pair.filesB.isEmpty() ? null
                    : new DirStats(pair.b.name(), pair.b.origin(), pair.dirsB, pair.filesB, pair.b.attributes());
            if (pair.parent == null) {
                root = partA == null && partB == null ? null : new DirStats[] {partA, partB};
            } else {
                if (partA != null) {
                    pair.parent.dirsA.add(partA);
                }
                if (partB != null) {
                    pair.parent.dirsB.add(partB);
                }
            }
        }
        return root;
    }

    /** Files of the same name in both lists and equal (name, language, counts, own origin) are left out. */
    private static void mergeFiles(List<FileStats> oldFiles, List<FileStats> newFiles, List<FileStats> onlyOld,
                                   List<FileStats> onlyNew) {
        int i = 0;
        int j = 0;
        while (i < oldFiles.size() || j < newFiles.size()) {
            if (i < oldFiles.size() && j < newFiles.size() && oldFiles.get(i) == newFiles.get(j)) {
                i++; // the same file object: the sampler shares an unchanged file's stats
                j++;
                continue;
            }
            int order = i == oldFiles.size() ? 1 : j == newFiles.size() ? -1
                    : oldFiles.get(i).name().compareTo(newFiles.get(j).name());
            if (order < 0) {
                onlyOld.add(oldFiles.get(i++));
            } else if (order > 0) {
                onlyNew.add(newFiles.get(j++));
            } else {
                FileStats oldFile = oldFiles.get(i++);
                FileStats newFile = newFiles.get(j++);
                if (oldFile != newFile && !oldFile.equals(newFile)) {
                    onlyOld.add(oldFile);
                    onlyNew.add(newFile);
                }
            }
        }
    }

    private static boolean originCodeKnown(Breakdown rows) {
        return rows.rows().values().stream().flatMap(byLanguage -> byLanguage.values().stream())
                .allMatch(Breakdown.Row::originCodeKnown);
    }

    /**
     * The subsystems whose new {@code vendored_from} the old one and the changed parts' do not settle: a
     * row keeps the first version it meets of a name, in path order. Taken with the added part's names,
     * the old names give the new ones exactly when every name the changed parts hold has one version in
     * both trees (only a crate's README states a version: profile entries and rules state none) and
     * every name the old part held in a row the new part holds in it too (else the unchanged files may or
     * may not still hold it).
     */
    private static Set<String> vendoredFromUnsure(Breakdown removed, Breakdown added, DirStats oldRoot,
                                                  DirStats newRoot, OriginProfile profile, OriginResolver origins) {
        Set<String> unsure = new HashSet<>();
        Set<String> names = new HashSet<>();
        removed.rows().forEach((subsystem, byLanguage) -> byLanguage.forEach((language, row) -> {
            names.addAll(row.vendoredFrom().keySet());
            Breakdown.Row now = added.row(subsystem, language);
            if (now == null || !now.vendoredFrom().keySet().containsAll(row.vendoredFrom().keySet())) {
                unsure.add(subsystem);
            }
        }));
        added.rows().values().forEach(byLanguage -> byLanguage.values().forEach(row -> names.addAll(row.vendoredFrom().keySet())));
        if (names.isEmpty()) {
            return unsure;
        }
        Set<String> manyVersions = namesOfManyVersions(names, oldRoot, newRoot, profile, origins);
        for (Breakdown part : List.of(removed, added)) {
            part.rows().forEach((subsystem, byLanguage) -> byLanguage.values().forEach(row -> {
                if (row.vendoredFrom().keySet().stream().anyMatch(manyVersions::contains)) {
                    unsure.add(subsystem);
                }
            }));
        }
        return unsure;
    }

    /**
     * Those of the names that may come with more than one version in the two trees: two crate READMEs
     * name it with other versions, or one names it with a version and a profile entry or a rule (named
     * by its glob, without a version) may name it too.
     */
    private static Set<String> namesOfManyVersions(Set<String> names, DirStats oldRoot, DirStats newRoot,
                                                   OriginProfile profile, OriginResolver origins) {
        Map<String, Set<String>> versions = new HashMap<>();
        for (DirStats root : List.of(oldRoot, newRoot)) {
            java.util.ArrayDeque<DirStats> stack = new java.util.ArrayDeque<>(List.of(root));
            while (!stack.isEmpty()) {
                DirStats dir = stack.pop();
                Origin fact = dir.origin();
                if (fact.kind() == Origin.Kind.VENDORED && names.contains(fact.name())) {
                    versions.computeIfAbsent(fact.name(), n -> new HashSet<>()).add(fact.version());
                }
                for (DirStats child : dir.dirs()) {
                    if (child.hasOriginsBelow() || !child.origin().isInherited()) { // README verdicts are there only
                        stack.push(child);
                    }
                }
            }
        }
        Set<String> unversioned = new HashSet<>();
        if (profile != null) {
            profile.entries().forEach(entry -> unversioned.add(entry.name()));
        }
        boolean rules = !origins.settings().rules().isEmpty();
        Set<String> many = new HashSet<>();
        versions.forEach((name, stated) -> {
            boolean alsoUnversioned = (rules || unversioned.contains(name)) && !stated.equals(Set.of(""));
            if (stated.size() > 1 || alsoUnversioned) {
                many.add(name);
            }
        });
        return many;
    }

    /**
     * Takes each row of {@code part} from {@code rows}, but those of the subsystems {@code skipped}; false
     * when a row is missing or would go negative.
     */
    private static boolean subtract(Map<String, Map<String, Breakdown.Row>> rows, Breakdown part, Set<String> skipped) {
        for (Map.Entry<String, Map<String, Breakdown.Row>> subsystem : part.rows().entrySet()) {
            if (skipped.contains(subsystem.getKey())) {
                continue;
            }
            Map<String, Breakdown.Row> byLanguage = rows.get(subsystem.getKey());
            for (Map.Entry<String, Breakdown.Row> entry : subsystem.getValue().entrySet()) {
                Breakdown.Row whole = byLanguage == null ? null : byLanguage.get(entry.getKey());
                Breakdown.Row left = whole == null ? null : minus(whole, entry.getValue());
                if (left == null) {
                    return false;
                }
                byLanguage.put(entry.getKey(), left);
            }
        }
        return true;
    }

    /** {@code whole} without {@code part}, or null when some count would go negative. */
    private static Breakdown.Row minus(Breakdown.Row whole, Breakdown.Row part) {
        LineCounts a = whole.counts();
        LineCounts b = part.counts();
        long[] left = {a.files() - b.files(), a.code() - b.code(), a.comment() - b.comment(), a.blank() - b.blank(),
                a.unsafeLines() - b.unsafeLines(), whole.vendoredLines() - part.vendoredLines(),
                whole.generatedLines() - part.generatedLines(), whole.vendoredCode() - part.vendoredCode(),
                whole.generatedCode() - part.generatedCode()};
        for (long value : left) {
            if (value < 0) {
                return null;
            }
        }
        return new Breakdown.Row(new LineCounts(left[0], left[1] + left[2] + left[3], left[1], left[2], left[3], left[4]),
                left[5], left[6], whole.vendoredFrom(), left[7], left[8]);
    }
}
