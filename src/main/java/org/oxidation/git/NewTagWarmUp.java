package org.oxidation.git;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.oxidation.count.BreakdownDelta;
import org.oxidation.count.Grouping;
import org.oxidation.count.LanguageRules;
import org.oxidation.count.Subsystems;
import org.oxidation.count.origin.OriginResolver;
import org.oxidation.count.origin.OriginSettings;
import org.oxidation.model.Breakdown;
import org.oxidation.model.DirStats;
import org.oxidation.model.FileStats;
import org.oxidation.model.ProgressMonitor;
import org.oxidation.model.Snapshot;

/**
 * Readies an open {@link CountSession} for counting a new tag later (File → Refresh after a fetch), on a
 * daemon thread of its own while the window shows what is counted. A session reopened from its caches
 * has run none of a new tag's code: scanning its trees, sorting and reading its blobs, lexing them,
 * building and deciding origins; a refresh then ran it in the interpreter and through the JIT's
 * compilations (measured: most of {@code bench refresh}'s time above the floor). So this loads the blob
 * counts (a new tag's files are looked up in them), gives the session's sampler the directory versions
 * of the newest tag ({@link CountSession#seedVersions}: a Refresh's scan then finds the unchanged files of
 * its changed directories in one pass) and counts one directory of the newest tag, about
 * {@value #FILES} C and Rust files, as new, with a sampler and blob counts of its own that are then
 * dropped: the session's counts and caches are not touched. Thread-safe; the session's sampling may run beside it.
 */
public final class NewTagWarmUp {

    /** About what a kernel tag's changes bring, and what the 100-tag history's new tag has (1,700 blobs). */
    static final int FILES = 2000;
    private static final int THREADS = 1;

    private NewTagWarmUp() {
    }

    /** Starts readying {@code session}, whose newest counted tag is {@code newest}, on a daemon thread. */
    public static Thread start(CountSession session, ReleaseTag newest) {
        Thread thread = new Thread(() -> run(session, newest), "oxidation-warm-up");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static void run(CountSession session, ReleaseTag newest) {
        session.knownBlobs(); // loads them
        session.seedVersions(); // the new tag's scan compares its changed directories with the newest's
        LanguageRules rules = LanguageRules.standard();
        try (ObjectReader reader = session.repository().newObjectReader();
             HistorySampler sampler = new HistorySampler(session.repository(), rules, new BlobCounts(), THREADS)) {
            ObjectId directory = directoryToCount(reader, newest.tree(), rules, FILES);
            if (directory != null) {
                ReleaseTag part = new ReleaseTag(newest.name(), newest.commit(), directory, newest.date());
                Snapshot counted = sampler.sample(part, ProgressMonitor.NONE);
                warmRows(counted, new OriginResolver(OriginSettings.DEFAULT));
            }
        } catch (IOException | RuntimeException e) {
            // Only a warm-up: the count itself meets and reports any problem of the repository.
        }
    }

    /**
     * Runs what a Refresh runs after the blobs: the new tag's rows worked out from the tag before's
     * ({@link BreakdownDelta}: the two trees walked together, the parts that differ grouped, the rows
     * subtracted and added). A session reopened from its caches had never run that code, and in the
     * first Refresh it ran interpreted (session 9's profile). Here the directory's rows are grouped whole
     * and then worked out for a variant of it with one file fewer in each directory that has files.
     * True when they were worked out that way (not grouped whole again).
     */
    static boolean warmRows(Snapshot counted, OriginResolver origins) {
        Breakdown rows = Subsystems.breakdown(origins.resolve(counted), Grouping.KERNEL, Set.of());
        Snapshot fewer = counted.withRoot(withoutLastFiles(counted.root()));
        return BreakdownDelta.next(rows, counted, fewer, Grouping.KERNEL, Set.of(), origins).isPresent();
    }

    /** The same tree without the last file of each directory that has files (new nodes along the way). */
    private static DirStats withoutLastFiles(DirStats dir) {
        List<DirStats> dirs = dir.dirs().stream().map(NewTagWarmUp::withoutLastFiles).toList();
        List<FileStats> files = dir.files().isEmpty() ? dir.files() : dir.files().subList(0, dir.files().size() - 1);
        return new DirStats(dir.name(), dir.origin(), dirs, files, dir.attributes());
    }

    /**
     * The tree of the directory, one or two levels down, with the most C and Rust files but at most
     * {@code most}; the whole tree when it has no more; null when there is none.
     */
    static ObjectId directoryToCount(ObjectReader reader, ObjectId root, LanguageRules rules, int most)
            throws IOException {
        Map<String, Integer> files = new HashMap<>();
        Map<String, ObjectId> trees = new HashMap<>();
        int total = 0;
        try (TreeWalk walk = new TreeWalk(reader)) {
            walk.addTree(root);
            while (walk.next()) {
                if (walk.isSubtree()) {
                    if (walk.getDepth() < 2) {
                        trees.put(walk.getPathString(), walk.getObjectId(0));
                    }
                    walk.enterSubtree();
                } else if ((walk.getRawMode(0) & FileMode.TYPE_MASK) == FileMode.TYPE_FILE
                        && rules.forFileName(walk.getNameString()).isPresent()) {
                    total++;
                    String path = walk.getPathString();
                    int first = path.indexOf('/');
                    int second = first < 0 ? -1 : path.indexOf('/', first + 1);
                    for (int end : new int[] {first, second}) {
                        if (end > 0) {
                            files.merge(path.substring(0, end), 1, Integer::sum);
                        }
                    }
                }
            }
        }
        if (total <= most) {
            return total == 0 ? null : root;
        }
        return files.entrySet().stream().filter(entry -> entry.getValue() <= most)
                .max(Map.Entry.comparingByValue()).map(entry -> trees.get(entry.getKey())).orElse(null);
    }
}
