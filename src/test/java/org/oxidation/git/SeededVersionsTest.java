package org.oxidation.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oxidation.count.Grouping;
import org.oxidation.count.Subsystems;
import org.oxidation.export.CsvWriter;
import org.oxidation.model.Breakdown;
import org.oxidation.model.DirStats;
import org.oxidation.model.FileStats;
import org.oxidation.model.ProgressMonitor;
import org.oxidation.model.Snapshot;
import org.oxidation.testing.TestHistory;

/**
 * File → Refresh in a window reopened from the caches: the trees of the tags counted before come from the
 * tree cache, which holds no directory versions ({@link DirVersion}), so the sampler is given those of the
 * last tag ({@link CountSession#seedVersions}) and the new tag's changed directories find their unchanged
 * files through them; the counts, the rows and the caches stay what a count without any cache gives.
 */
class SeededVersionsTest {

    @TempDir
    Path dir;

    private Path repo;
    private TestHistory history;
    private final Map<String, String> files = new LinkedHashMap<>();

    /**
     * v1.0 and v1.1 counted into a cache as a window does; v1.2 then committed, its changed directories the
     * root (top.c unchanged), d0 (c.c changed, f.c new, four unchanged) and d1 (q.rs gone, two unchanged).
     */
    private CacheSettings twoTagsCountedThenANewOne() throws Exception {
        repo = dir.resolve("repo.git");
        history = TestHistory.bare(repo);
        files.put("top.c", "int top;\n");
        for (String name : List.of("a", "b", "c", "d", "e")) {
            files.put("d0/" + name + ".c", "int " + name + ";\n// " + name + "\n");
        }
        files.put("d0/sub/x.c", "int x;\n");
        files.put("d1/p.c", "int p;\n\n");
        files.put("d1/q.rs", "fn q() {}\n");
        files.put("d1/r.c", "/* r */\nint r;\n");
        files.put("d2/z.c", "int z;\n");
        files.put("doc.txt", "not counted\n");
        history.commit("v1.0", files);
        files.put("d2/z.c", "int z2;\n");
        history.commit("v1.1", files);
        CacheSettings cache = new CacheSettings(true, dir.resolve("cache"));
        try (CountSession session = CountSession.open(repo, cache, 2, ProgressMonitor.NONE)) {
            List<ReleaseTag> tags = tags(session);
            session.sampleAll(tags, ProgressMonitor.NONE,
                    snapshot -> session.rememberRows(byName(tags, snapshot.tag()), snapshot, Grouping.KERNEL, Set.of()));
        }
        files.put("d0/c.c", "int c2;\n");
        files.put("d0/f.c", "int f;\n");
        files.remove("d1/q.rs");
        history.commit("v1.2", files);
        return cache;
    }

    /** The unchanged counted files of v1.2's changed directories: top.c, d0's a, b, d, e, d1's p and r. */
    private static final int UNCHANGED_IN_CHANGED_DIRECTORIES = 7;

    @AfterEach
    void close() {
        if (history != null) {
            history.close();
        }
    }

    @Test
    void aReadiedSessionsRefreshFindsTheUnchangedFilesOfChangedDirectoriesThroughTheLastTagsVersions() throws Exception {
        CacheSettings cache = twoTagsCountedThenANewOne();
        try (CountSession session = CountSession.open(repo, cache, 2, ProgressMonitor.NONE)) {
            Snapshot refreshed = reopenAndRefresh(session);
            assertEquals(UNCHANGED_IN_CHANGED_DIRECTORIES, session.filesFoundInVersions());
            assertEquals(listing(coldSnapshots().get(2)), listing(refreshed));
        }
    }

    @Test
    void aSessionThatScannedKeepsTheVersionsItsScansMade() throws Exception {
        twoTagsCountedThenANewOne();
        try (CountSession session = CountSession.open(repo, CacheSettings.disabled(), 2, ProgressMonitor.NONE)) {
            List<ReleaseTag> tags = tags(session);
            session.sampleAll(tags.subList(0, 2), ProgressMonitor.NONE, snapshot -> { });
            assertTrue(session.versionsSeeded(), "nothing to seed after a scan");
            session.sampleAll(tags.subList(2, 3), ProgressMonitor.NONE, snapshot -> { });
            assertEquals(1 + UNCHANGED_IN_CHANGED_DIRECTORIES, session.filesFoundInVersions(),
                    "v1.1's scan found top.c through v1.0's root, v1.2's the seven through v1.1's");
        }
    }

    @Test
    void theRowsAndTreesCachedAfterARefreshAreThoseOfACountWithoutCache() throws Exception {
        CacheSettings cache = twoTagsCountedThenANewOne();
        try (CountSession session = CountSession.open(repo, cache, 2, ProgressMonitor.NONE)) {
            reopenAndRefresh(session);
        }
        List<Snapshot> cold = coldSnapshots();
        try (CountSession session = CountSession.open(repo, cache, 2, ProgressMonitor.NONE)) {
            assertEquals(csv(cold), rowsCsv(session), "the rows, from the breakdown cache");
        }
        try (CountSession session = CountSession.open(repo, cache, 2, ProgressMonitor.NONE)) {
            List<Snapshot> fromTreeCache = session.sampleAll(tags(session), ProgressMonitor.NONE, s -> { }).snapshots();
            assertEquals(0, session.blobsRead(), "every tree from the tree cache");
            for (int i = 0; i < cold.size(); i++) {
                assertEquals(listing(cold.get(i)), listing(fromTreeCache.get(i)), cold.get(i).tag());
            }
        }
    }

    /**
     * As a reopened window: the cached tags' rows, then their trees from the cache, the session readied for
     * a new tag ({@link NewTagWarmUp}); then Refresh: the new tag sampled and its rows kept.
     */
    private static Snapshot reopenAndRefresh(CountSession session) throws InterruptedException {
        List<ReleaseTag> tags = tags(session);
        List<ReleaseTag> cached = tags.subList(0, 2);
        session.cachedRows(cached, Grouping.KERNEL, Set.of());
        session.sampleAll(cached, ProgressMonitor.NONE, snapshot -> { });
        assertEquals(0, session.blobsRead(), "the cached tags' trees from the tree cache");
        assertFalse(session.versionsSeeded(), "the trees from the cache bring no versions");
        NewTagWarmUp.start(session, cached.get(1)).join();
        assertTrue(session.versionsSeeded(), "seeded by the warm-up, off the Refresh's path");
        assertEquals(0, session.filesFoundInVersions(), "the warm-up's sampler is its own");
        List<ReleaseTag> again = tags(session);
        Snapshot refreshed = session.sampleAll(again.subList(2, 3), ProgressMonitor.NONE, snapshot -> { })
                .snapshots().get(0);
        session.rememberRows(again.get(2), refreshed, Grouping.KERNEL, Set.of());
        return refreshed;
    }

    private List<Snapshot> coldSnapshots() {
        try (CountSession session = CountSession.open(repo, CacheSettings.disabled(), 1, ProgressMonitor.NONE)) {
            return session.sampleAll(tags(session), ProgressMonitor.NONE, snapshot -> { }).snapshots();
        }
    }

    /** Every tag's rows as {@code count} writes them. */
    private static String rowsCsv(CountSession session) throws Exception {
        List<CsvWriter.Entry> entries = new ArrayList<>();
        session.breakdowns(tags(session), Grouping.KERNEL, Set.of(), ProgressMonitor.NONE,
                (snapshot, breakdown) -> entries.add(new CsvWriter.Entry(snapshot, breakdown)));
        return write(entries);
    }

    private static String csv(List<Snapshot> snapshots) throws Exception {
        List<CsvWriter.Entry> entries = new ArrayList<>();
        for (Snapshot snapshot : snapshots) {
            Breakdown breakdown = Subsystems.breakdown(snapshot, Grouping.KERNEL, Set.of());
            entries.add(new CsvWriter.Entry(Snapshot.fromBreakdown(snapshot.tag(), snapshot.commitId(), snapshot.date(),
                    breakdown), breakdown));
        }
        return write(entries);
    }

    private static String write(List<CsvWriter.Entry> entries) throws Exception {
        StringWriter out = new StringWriter();
        CsvWriter.write(out, entries);
        return out.toString();
    }

    /** Every counted file of a snapshot with its path, language, counts and origin, and every directory's totals. */
    private static List<String> listing(Snapshot snapshot) {
        List<String> lines = new ArrayList<>();
        list(snapshot.root(), "", lines);
        return lines;
    }

    private static void list(DirStats dir, String path, List<String> lines) {
        lines.add(path + " " + dir.origin() + " " + new java.util.TreeMap<>(dir.totals().byLanguage()));
        for (FileStats file : dir.files()) {
            lines.add(path + file.name() + " " + file.language() + " " + file.counts() + " " + file.origin());
        }
        for (DirStats child : dir.dirs()) {
            list(child, path + child.name() + "/", lines);
        }
    }

    private static List<ReleaseTag> tags(CountSession session) {
        return session.tags(TagSelector.compile(".*"), TagOrder.VERSION);
    }

    private static ReleaseTag byName(List<ReleaseTag> tags, String name) {
        return tags.stream().filter(tag -> tag.name().equals(name)).findFirst().orElseThrow();
    }
}
