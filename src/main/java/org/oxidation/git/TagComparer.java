package org.oxidation.git;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.filter.PathSuffixFilter;
import org.eclipse.jgit.util.io.DisabledOutputStream;
import org.oxidation.count.Grouping;
import org.oxidation.count.Subsystems;
import org.oxidation.model.DirStats;
import org.oxidation.model.FileStats;
import org.oxidation.model.InputException;
import org.oxidation.model.LineCounts;
import org.oxidation.model.Origin;
import org.oxidation.model.Snapshot;
import org.oxidation.model.TagComparison;
import org.oxidation.model.TagComparison.Change;
import org.oxidation.model.TagComparison.RustFileChange;
import org.oxidation.count.origin.VendoringEvents;

/**
 * Builds a {@link TagComparison} of two snapshots. Subsystem rows come from the snapshots; the Rust files
 * added, removed and renamed come from git's diff of the two commits' trees with rename detection, so a
 * file moved with a small edit is one rename, not a removal and an addition. Line counts are taken from
 * the snapshots' trees, never recounted.
 *
 * <p>Stateless and thread-safe; the repository is only read.
 */
public final class TagComparer {

    /**
     * Added × removed pairs git may score for renames; git's default (400) gives up on kernel-sized
     * reorganisations, and only .rs files take part here, so a larger limit stays cheap.
     */
    static final int RENAME_LIMIT = 5000;

    private TagComparer() {
    }

    /**
     * Compares two snapshots. Without a repository, or when either snapshot was read from CSV, the result
     * has subsystem rows only ({@link TagComparison#filesKnown()} is false).
     *
     * @param repository the repository both snapshots were counted from, or null
     * @param excluded   origins left out of the subsystem rows (e.g. vendored code)
     */
    public static TagComparison compare(Repository repository, Snapshot a, Snapshot b, Grouping grouping,
                                        Set<Origin.Kind> excluded) {
        List<TagComparison.SubsystemRow> rows = TagComparison.rows(
                Subsystems.breakdown(a, grouping, excluded), Subsystems.breakdown(b, grouping, excluded));
        // Vendored projects are known for CSV data too (its vendored_from column), and whatever is left out.
        List<TagComparison.CrateChange> crates = TagComparison.crateChanges(VendoringEvents.projectsOf(a),
                VendoringEvents.projectsOf(b));
        boolean filesKnown = a.hasFiles() && b.hasFiles() && repository != null;
        List<RustFileChange> files = filesKnown ? rustFileChanges(repository, a, b) : List.of();
        return new TagComparison(a.tag(), b.tag(), rows, files, crates, filesKnown);
    }

    private static List<RustFileChange> rustFileChanges(Repository repository, Snapshot a, Snapshot b) {
        try (RevWalk walk = new RevWalk(repository);
             DiffFormatter diff = new DiffFormatter(DisabledOutputStream.INSTANCE)) {
            ObjectId treeA = walk.parseCommit(ObjectId.fromString(a.commitId())).getTree();
            ObjectId treeB = walk.parseCommit(ObjectId.fromString(b.commitId())).getTree();
            diff.setRepository(repository);
            diff.setPathFilter(PathSuffixFilter.create(".rs"));
            diff.setDetectRenames(true);
            diff.getRenameDetector().setRenameLimit(RENAME_LIMIT);
            List<RustFileChange> changes = new ArrayList<>();
            for (DiffEntry entry : diff.scan(treeA, treeB)) {
                toChange(entry, a.root(), b.root()).ifPresent(changes::add);
            }
            return changes;
        } catch (IOException e) {
            throw new InputException("cannot compare " + a.tag() + " with " + b.tag() + ": " + e.getMessage(), e);
        }
    }

    /** Modified files are no news here; copies count as additions of the new path. */
    private static Optional<RustFileChange> toChange(DiffEntry entry, DirStats rootA, DirStats rootB) {
        String oldPath = entry.getOldPath();
        String newPath = entry.getNewPath();
        return switch (entry.getChangeType()) {
            case ADD, COPY -> Optional.of(new RustFileChange(Change.ADDED, "", newPath, LineCounts.ZERO,
                    counts(rootB, newPath)));
            case DELETE -> Optional.of(new RustFileChange(Change.REMOVED, oldPath, "", counts(rootA, oldPath),
                    LineCounts.ZERO));
            case RENAME -> Optional.of(new RustFileChange(Change.RENAMED, oldPath, newPath, counts(rootA, oldPath),
                    counts(rootB, newPath)));
            case MODIFY -> Optional.empty();
        };
    }

    /**
     * A file's counts in a counted tree; zero for a file the counting skipped (e.g. a symlink). Found by
     * binary search in the directory's files, which are sorted by name: a scan per changed file would
     * make a directory of 200,000 files quadratic.
     */
    static LineCounts counts(DirStats root, String path) {
        int slash = path.lastIndexOf('/');
        String name = path.substring(slash + 1);
        return root.find(slash < 0 ? "" : path.substring(0, slash))
                .flatMap(dir -> fileNamed(dir.files(), name))
                .map(FileStats::counts)
                .orElse(LineCounts.ZERO);
    }

    private static Optional<FileStats> fileNamed(List<FileStats> sortedByName, String name) {
        int low = 0;
        int high = sortedByName.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int order = sortedByName.get(middle).name().compareTo(name);
            if (order == 0) {
                return Optional.of(sortedByName.get(middle));
            }
            if (order < 0) {
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return Optional.empty();
    }
}
