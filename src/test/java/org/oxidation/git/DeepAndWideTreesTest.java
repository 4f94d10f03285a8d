package org.oxidation.git;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.TreeFormatter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.oxidation.cli.TestCli;
import org.oxidation.model.DirStats;
import org.oxidation.model.LineCounts;
import org.oxidation.model.ProgressMonitor;
import org.oxidation.model.Snapshot;
import org.oxidation.testing.TestHistory;

/**
 * Trees git accepts and no real project has: 4096 directories deep (git's own {@code core.maxTreeDepth})
 * and one directory of 200,000 files. Both are counted exactly, through the cache and on the command
 * line; nothing recurses on the call stack as deep as the tree. Written with {@link TreeFormatter}, not
 * thousands of commits. The expected numbers follow from how the trees are made (see the constants).
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class DeepAndWideTreesTest {

    /** Directories d/d/…/d below the root, nested this deep; each of them, and the root, holds f.c. */
    private static final int DEPTH = 4096;
    /** f.c: 2 lines, 1 code and 1 comment. */
    private static final String F_C = "int a;\n// b\n";
    /** wide/ holds this many files; file i has the content of blob i % DISTINCT. */
    private static final int WIDE = 200_000;
    private static final int DISTINCT = 1000;

    @TempDir
    static Path dir;
    private static Path repo;

    @BeforeAll
    static void writeTheTrees() throws Exception {
        repo = dir.resolve("r.git");
        try (TestHistory history = TestHistory.bare(repo);
             ObjectInserter inserter = history.repository().newObjectInserter()) {
            ObjectId fc = inserter.insert(Constants.OBJ_BLOB, F_C.getBytes(StandardCharsets.UTF_8));
            ObjectId rs = inserter.insert(Constants.OBJ_BLOB, "fn f() {}\n".getBytes(StandardCharsets.UTF_8));
            TreeFormatter deepest = new TreeFormatter();
            deepest.append("deep.rs", FileMode.REGULAR_FILE, rs);
            deepest.append("f.c", FileMode.REGULAR_FILE, fc);
            ObjectId tree = inserter.insert(deepest);
            for (int level = 1; level < DEPTH; level++) {
                TreeFormatter parent = new TreeFormatter();
                parent.append("d", FileMode.TREE, tree);
                parent.append("f.c", FileMode.REGULAR_FILE, fc);
                tree = inserter.insert(parent);
            }
            ObjectId deep = tree;
            ObjectId[] blobs = new ObjectId[DISTINCT];
            for (int k = 0; k < DISTINCT; k++) {
                blobs[k] = inserter.insert(Constants.OBJ_BLOB, wideContent(k).getBytes(StandardCharsets.UTF_8));
            }
            TreeFormatter wide = new TreeFormatter();
            for (int i = 0; i < WIDE; i++) {
                wide.append(String.format("f%06d.c", i), FileMode.REGULAR_FILE, blobs[i % DISTINCT]);
            }
            ObjectId wideTree = inserter.insert(wide);
            TreeFormatter root = new TreeFormatter();
            root.append("d", FileMode.TREE, deep);
            root.append("f.c", FileMode.REGULAR_FILE, fc);
            root.append("wide", FileMode.TREE, wideTree);
            ObjectId rootTree = inserter.insert(root);
            inserter.flush();
            history.commitTree("v1.0", rootTree);
        }
    }

    /** k % 3 + 1 code lines. */
    private static String wideContent(int k) {
        return ("int v" + k + ";\n").repeat(k % 3 + 1);
    }

    private static long wideLines() {
        long lines = 0;
        for (int i = 0; i < WIDE; i++) {
            lines += (i % DISTINCT) % 3 + 1;
        }
        return lines;
    }

    @Test
    void theCommandLineCountsBothTreesExactly() throws Exception {
        Path out = dir.resolve("out.csv");
        assertEquals(0, TestCli.run("count", "--repo", repo.toString(), "--no-cache", "--csv", out.toString()));
        List<String> rows = Files.readAllLines(out).stream().skip(1)
                .map(row -> row.replaceFirst("^v1\\.0,[0-9a-f]{40},[^,]+,", "")).sorted().toList();
        long wide = wideLines();
        assertEquals(List.of(
                "(root),C,1,2,1,1,0,0,0,0,,0,0",
                "d,C," + DEPTH + "," + 2 * DEPTH + "," + DEPTH + "," + DEPTH + ",0,0,0,0,,0,0",
                "d,Rust,1,1,1,0,0,0,0,0,,0,0",
                "wide,C," + WIDE + "," + wide + "," + wide + ",0,0,0,0,0,,0,0"), rows);
    }

    @Test
    void bothTreesSurviveTheTreeCacheWhole() throws Exception {
        Path cache = dir.resolve("cache");
        Snapshot counted = sampleOnce(cache);
        Snapshot fromCache;
        try (CountSession session = CountSession.open(repo, new CacheSettings(true, cache), 2, ProgressMonitor.NONE)) {
            List<Snapshot> snapshots = new java.util.ArrayList<>();
            session.sampleAll(session.tags(Pattern.compile("v1\\.0"), TagOrder.VERSION), ProgressMonitor.NONE,
                    snapshots::add);
            assertEquals(0, session.blobsRead(), "the second session reads the tree from the cache, no blob");
            fromCache = snapshots.get(0);
        }
        for (Snapshot snapshot : List.of(counted, fromCache)) {
            DirStats root = snapshot.root();
            assertEquals(new LineCounts(DEPTH + 1, 2L * (DEPTH + 1), DEPTH + 1, DEPTH + 1, 0, 0)
                    .plus(new LineCounts(WIDE, wideLines(), wideLines(), 0, 0, 0)), root.totals().get("C"));
            DirStats deepest = root.find("d/".repeat(DEPTH)).orElseThrow();
            assertEquals(List.of("deep.rs", "f.c"), deepest.files().stream().map(f -> f.name()).toList());
            assertEquals(WIDE, root.find("wide").orElseThrow().files().size());
        }
    }

    private static Snapshot sampleOnce(Path cache) {
        try (CountSession session = CountSession.open(repo, new CacheSettings(true, cache), 2, ProgressMonitor.NONE)) {
            List<Snapshot> snapshots = new java.util.ArrayList<>();
            session.sampleAll(session.tags(Pattern.compile("v1\\.0"), TagOrder.VERSION), ProgressMonitor.NONE,
                    snapshots::add);
            return snapshots.get(0);
        }
    }
}
