package org.oxidation.git;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.oxidation.cli.TestCli;
import org.oxidation.layout.Rect;
import org.oxidation.layout.Tile;
import org.oxidation.layout.TreemapLayout;
import org.oxidation.model.DirStats;
import org.oxidation.model.FileStats;
import org.oxidation.model.LineCounts;
import org.oxidation.model.ProgressMonitor;
import org.oxidation.model.Snapshot;
import org.oxidation.testing.DeepAndWideHistory;

/**
 * Trees git accepts and no real project has ({@link DeepAndWideHistory}: 4096 directories deep and one
 * directory of 200,000 files). Both are counted exactly, through the cache and on the command line;
 * nothing recurses on the call stack as deep as the tree.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class DeepAndWideTreesTest {

    private static final int DEPTH = DeepAndWideHistory.DEPTH;
    private static final int WIDE = DeepAndWideHistory.WIDE;

    @TempDir
    static Path dir;
    private static Path repo;

    @BeforeAll
    static void writeTheTrees() throws Exception {
        repo = dir.resolve("r.git");
        DeepAndWideHistory.write(repo);
    }

    private static long wideLines() {
        return DeepAndWideHistory.wideLines();
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

    /**
     * The treemap's layout (the maths the window draws) opens every level of the deep tree and gives each
     * of the wide directory's files a tile, inside the bounds; drilling into the wide directory lays out
     * its 200,000 files alone.
     */
    @Test
    void theTreemapLayoutReachesTheDeepestLevelAndEveryFileOfTheWideDirectory() throws Exception {
        DirStats root = sampleOnce(dir.resolve("layout-cache")).root();
        Rect bounds = new Rect(0, 0, 1600, 1000);
        List<Tile<Object>> tiles = TreemapLayout.layoutNested(root, DeepAndWideTreesTest::children,
                DeepAndWideTreesTest::lines, bounds, DEPTH + 2, 0, 0);
        assertEquals(DEPTH + 1, tiles.stream().mapToInt(Tile::depth).max().orElseThrow(), "the files of the deepest directory");
        assertEquals(1, tiles.stream().filter(t -> t.node() instanceof FileStats f && f.name().equals("deep.rs")).count());
        DirStats wide = root.find("wide").orElseThrow();
        List<Tile<Object>> drilled = TreemapLayout.layoutNested(wide, DeepAndWideTreesTest::children,
                DeepAndWideTreesTest::lines, bounds, 1, 0, 0);
        assertEquals(WIDE, drilled.size());
        double area = drilled.stream().mapToDouble(t -> t.rect().area()).sum();
        assertEquals(bounds.area(), area, bounds.area() * 1e-6, "the files fill the drilled view");
        assertEquals(0, drilled.stream().filter(t -> !inside(t.rect(), bounds)).count(), "every tile inside");
    }

    private static List<Object> children(Object node) {
        if (node instanceof DirStats d) {
            List<Object> all = new java.util.ArrayList<>(d.dirs());
            all.addAll(d.files());
            return all;
        }
        return List.of();
    }

    private static double lines(Object node) {
        return node instanceof DirStats d ? d.totals().total().lines() : ((FileStats) node).counts().lines();
    }

    private static boolean inside(Rect r, Rect bounds) {
        double slack = 1e-6;
        return r.x() >= bounds.x() - slack && r.y() >= bounds.y() - slack
                && r.x() + r.width() <= bounds.x() + bounds.width() + slack
                && r.y() + r.height() <= bounds.y() + bounds.height() + slack;
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
