package org.oxidation.git;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oxidation.count.Grouping;
import org.oxidation.count.origin.OriginRules;
import org.oxidation.count.origin.OriginSettings;
import org.oxidation.count.Subsystems;
import org.oxidation.export.CsvWriter;
import org.oxidation.model.Origin;
import org.oxidation.model.ProgressMonitor;
import org.oxidation.model.Snapshot;
import org.oxidation.model.Timeline;
import org.oxidation.testing.RepositoryFingerprint;
import org.oxidation.testing.TestHistory;

class CountSessionTest {

    @TempDir
    Path dir;

    private Path repo;

    private void buildHistory() throws Exception {
        repo = dir.resolve("repo.git");
        try (TestHistory history = TestHistory.bare(repo)) {
            Map<String, String> files = new HashMap<>();
            for (int tag = 0; tag < 3; tag++) {
                for (int i = 0; i < 400; i++) {
                    files.put("d" + (i % 10) + "/f" + i + (i % 7 == 0 ? ".rs" : ".c"),
                            "// file " + i + "\nint f" + i + "_" + (i % 50 == 0 ? tag : 0) + ";\n\n");
                }
                history.commit("v1." + tag, files);
            }
        }
    }

    private String countToCsv(CacheSettings cache, ProgressMonitor monitor) throws Exception {
        try (CountSession session = CountSession.open(repo, cache, 2, ProgressMonitor.NONE)) {
            Timeline timeline = session.sampleAll(session.tags(TagSelector.compile(".*"), TagOrder.VERSION), monitor, s -> { });
            return csv(timeline);
        }
    }

    private static String csv(Timeline timeline) throws Exception {
        List<CsvWriter.Entry> entries = new ArrayList<>();
        for (Snapshot s : timeline.snapshots()) {
            entries.add(new CsvWriter.Entry(s, Subsystems.breakdown(s, Grouping.KERNEL)));
        }
        StringWriter out = new StringWriter();
        CsvWriter.write(out, entries);
        return out.toString();
    }

    @Test
    void aCancelledRunKeepsItsCountsAndTheNextRunReadsOnlyTheRest() throws Exception {
        buildHistory();
        String uninterrupted = countToCsv(new CacheSettings(false, dir.resolve("unused")), ProgressMonitor.NONE);
        CacheSettings cache = new CacheSettings(true, dir.resolve("cache"));
        AtomicInteger polls = new AtomicInteger();
        ProgressMonitor cancelMidway = new ProgressMonitor() {
            @Override
            public boolean isCancelled() {
                return polls.incrementAndGet() > 300;
            }
        };
        assertThrows(CancellationException.class, () -> countToCsv(cache, cancelMidway));

        long readFirst;
        try (CountSession session = CountSession.open(repo, cache, 2, ProgressMonitor.NONE)) {
            int cached = session.knownBlobs();
            assertTrue(cached > 0, "the cancelled run saved what it counted");
            Timeline timeline = session.sampleAll(session.tags(TagSelector.compile(".*"), TagOrder.VERSION),
                    ProgressMonitor.NONE, s -> { });
            assertEquals(uninterrupted, csv(timeline));
            readFirst = session.blobsRead();
            assertTrue(readFirst < 400 + 2 * 8, "read " + readFirst + " blobs although " + cached + " were cached");
        }
        try (CountSession warm = CountSession.open(repo, cache, 2, ProgressMonitor.NONE)) {
            Timeline timeline = warm.sampleAll(warm.tags(TagSelector.compile(".*"), TagOrder.VERSION),
                    ProgressMonitor.NONE, s -> { });
            assertEquals(uninterrupted, csv(timeline));
            assertEquals(0, warm.blobsRead(), "a warm run reads no blob");
        }
    }

    @Test
    void aNewTagReadsOnlyItsNewBlobsAndAppendsToBothCaches() throws Exception {
        repo = dir.resolve("repo.git");
        CacheSettings cache = new CacheSettings(true, dir.resolve("cache"));
        try (TestHistory history = TestHistory.bare(repo)) {
            Map<String, String> files = new HashMap<>();
            for (int i = 0; i < 300; i++) {
                files.put("d" + (i % 10) + "/f" + i + ".c", "int f" + i + ";\n");
            }
            history.commit("v1.0", files);
            countToCsv(cache, ProgressMonitor.NONE);
            Map<Path, byte[]> before = cacheFiles(cache);

            files.put("d1/f1.c", "int changed;\n");
            files.put("d2/f2.c", "int changed_too;\n// and a comment\n");
            files.put("d3/new.c", "int added;\n");
            files.remove("d4/f4.c");
            history.commit("v1.1", files);
            try (CountSession session = CountSession.open(repo, cache, 2, ProgressMonitor.NONE)) {
                Timeline timeline = session.sampleAll(session.tags(TagSelector.compile(".*"), TagOrder.VERSION),
                        ProgressMonitor.NONE, s -> { });
                assertEquals(3, session.blobsRead(), "the two changed files and the added one");
                assertEquals(countToCsv(new CacheSettings(false, dir.resolve("unused")), ProgressMonitor.NONE), csv(timeline));
            }
            Map<Path, byte[]> after = cacheFiles(cache);
            assertEquals(before.keySet(), after.keySet());
            before.forEach((file, bytes) -> {
                assertTrue(after.get(file).length > bytes.length, file + " grew");
                assertArrayEquals(bytes, Arrays.copyOf(after.get(file), bytes.length), file + " was appended to, not rewritten");
            });
        }
    }

    private static Map<Path, byte[]> cacheFiles(CacheSettings cache) throws Exception {
        Map<Path, byte[]> contents = new HashMap<>();
        try (var files = Files.walk(cache.root())) {
            // The recent tree (RecentTree) is rewritten whole by design: the two that grow by appending.
            for (Path file : files.filter(f -> f.toString().endsWith(".bin") && !f.getFileName().toString().startsWith("recent-")).toList()) {
                contents.put(file, Files.readAllBytes(file));
            }
        }
        assertEquals(2, contents.size(), "a count cache and a tree cache: " + contents.keySet());
        return contents;
    }

    @Test
    void aCorruptCacheLeadsToACorrectRecount() throws Exception {
        buildHistory();
        String expected = countToCsv(new CacheSettings(false, dir.resolve("unused")), ProgressMonitor.NONE);
        CacheSettings cache = new CacheSettings(true, dir.resolve("cache"));
        countToCsv(cache, ProgressMonitor.NONE);
        try (var files = Files.walk(cache.root())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                for (int i = 40; i < bytes.length - 4; i += 97) {
                    bytes[i] ^= 0x11;
                }
                Files.write(file, bytes);
            }
        }
        List<String> warnings = new ArrayList<>();
        ProgressMonitor collect = collecting(warnings);
        try (CountSession session = CountSession.open(repo, cache, 2, collect)) {
            Timeline timeline = session.sampleAll(session.tags(TagSelector.compile(".*"), TagOrder.VERSION),
                    ProgressMonitor.NONE, s -> { });
            assertEquals(expected, csv(timeline));
            assertEquals(2, warnings.size(), "one for each cache file: " + warnings);
            assertTrue(warnings.stream().allMatch(w -> w.contains("checksum does not match") && w.endsWith("it will be rebuilt")),
                    warnings.toString());
            assertTrue(session.blobsRead() > 400, "everything was counted again");
        }
    }

    /** The CSV as {@code count} writes it, through the breakdown cache; also tells whether the tree cache was read. */
    private String breakdownsToCsv(CacheSettings cache, Grouping grouping, Set<Origin.Kind> excluded,
                                   OriginRules origins, boolean[] treesLoaded, long[] blobsRead) throws Exception {
        try (CountSession session = CountSession.open(repo, cache, 2, ProgressMonitor.NONE)) {
            session.setOrigins(OriginSettings.DEFAULT.withRules(origins));
            String rows = rowsCsv(session, grouping, excluded);
            treesLoaded[0] = session.treesLoaded();
            blobsRead[0] = session.blobsRead();
            return rows;
        }
    }

    /** The CSV of every tag's rows as the session serves them to {@code count}. */
    private static String rowsCsv(CountSession session, Grouping grouping, Set<Origin.Kind> excluded) throws Exception {
        List<CsvWriter.Entry> entries = new ArrayList<>();
        session.breakdowns(session.tags(TagSelector.compile(".*"), TagOrder.VERSION), grouping, excluded,
                ProgressMonitor.NONE, (snapshot, breakdown) -> entries.add(new CsvWriter.Entry(snapshot, breakdown)));
        StringWriter out = new StringWriter();
        CsvWriter.write(out, entries);
        return out.toString();
    }

    private static ProgressMonitor collecting(List<String> warnings) {
        return new ProgressMonitor() {
            @Override
            public void warn(String message) {
                warnings.add(message);
            }
        };
    }

    private String breakdownsToCsv(CacheSettings cache, Grouping grouping, Set<Origin.Kind> excluded,
                                   OriginRules origins) throws Exception {
        return breakdownsToCsv(cache, grouping, excluded, origins, new boolean[1], new long[1]);
    }

    @Test
    void afterAFetchOnlyTheNewTagIsReadAndTheTreeCacheIsNotLoaded() throws Exception {
        repo = dir.resolve("repo.git");
        CacheSettings none = new CacheSettings(false, dir.resolve("unused"));
        CacheSettings cache = new CacheSettings(true, dir.resolve("cache"));
        boolean[] treesLoaded = new boolean[1];
        long[] blobsRead = new long[1];
        try (TestHistory history = TestHistory.bare(repo)) {
            Map<String, String> files = new HashMap<>();
            for (int tag = 0; tag < 3; tag++) {
                for (int i = 0; i < 200; i++) {
                    files.put("d" + (i % 10) + "/f" + i + (i % 7 == 0 ? ".rs" : ".c"),
                            "// file " + i + "\nint f" + i + "_" + (i % 50 == 0 ? tag : 0) + ";\n\n");
                }
                history.commit("v1." + tag, files);
            }
            String first = breakdownsToCsv(cache, Grouping.KERNEL, Set.of(), OriginRules.NONE, treesLoaded, blobsRead);
            assertEquals(countToCsv(none, ProgressMonitor.NONE), first, "the same rows as the timeline's");
            assertTrue(treesLoaded[0], "nothing was cached under these settings: the tree cache may have had it");

            files.put("d3/f3.c", "int fetched;\n/* and\n a comment */\n");
            files.put("d4/new.rs", "fn new() {}\n");
            files.remove("d5/f5.c");
            history.commit("v1.3", files);
        }
        String afterFetch = breakdownsToCsv(cache, Grouping.KERNEL, Set.of(), OriginRules.NONE, treesLoaded, blobsRead);
        assertEquals(breakdownsToCsv(none, Grouping.KERNEL, Set.of(), OriginRules.NONE), afterFetch);
        assertEquals(2, blobsRead[0], "the changed file and the added one");
        assertFalse(treesLoaded[0], "the tags counted before came from their cached rows");

        String warm = breakdownsToCsv(cache, Grouping.KERNEL, Set.of(), OriginRules.NONE, treesLoaded, blobsRead);
        assertEquals(afterFetch, warm);
        assertEquals(0, blobsRead[0]);
        assertFalse(treesLoaded[0]);
    }

    @Test
    void aCorruptBreakdownCacheIsIgnoredWithOneWarningAndTheRowsAreRightAgain() throws Exception {
        buildHistory();
        CacheSettings cache = new CacheSettings(true, dir.resolve("cache"));
        String expected = breakdownsToCsv(new CacheSettings(false, dir.resolve("unused")), Grouping.KERNEL, Set.of(),
                OriginRules.NONE);
        breakdownsToCsv(cache, Grouping.KERNEL, Set.of(), OriginRules.NONE);
        Path rows;
        try (var files = Files.walk(cache.root())) {
            rows = files.filter(f -> f.getFileName().toString().startsWith("breakdowns-rules")
                    && f.toString().endsWith(".bin")).findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(rows);
        bytes[bytes.length - 3] ^= 0x08; // a count in the last tag's rows
        Files.write(rows, bytes);

        List<String> warnings = new ArrayList<>();
        ProgressMonitor collect = collecting(warnings);
        try (CountSession session = CountSession.open(repo, cache, 2, collect)) {
            assertEquals(expected, rowsCsv(session, Grouping.KERNEL, Set.of()));
            assertEquals(1, warnings.size(), warnings.toString());
            assertTrue(warnings.get(0).startsWith("ignoring the breakdown cache"), warnings.get(0));
            assertEquals(0, session.blobsRead(), "the rows were made again from the cached trees");
        }
        boolean[] treesLoaded = new boolean[1];
        assertEquals(expected, breakdownsToCsv(cache, Grouping.KERNEL, Set.of(), OriginRules.NONE, treesLoaded, new long[1]));
        assertFalse(treesLoaded[0], "the rows were saved whole again and serve the next run");
    }

    @Test
    void moreThanAFetchsNewTagsAreSampledWithTheTreeCache() throws Exception {
        buildHistory();
        CacheSettings cache = new CacheSettings(true, dir.resolve("cache"));
        countToCsv(cache, ProgressMonitor.NONE); // the window counted the three tags: trees and blobs cached
        boolean[] treesLoaded = new boolean[1];
        long[] blobsRead = new long[1];
        String rows = breakdownsToCsv(cache, Grouping.KERNEL, Set.of(), OriginRules.NONE, treesLoaded, blobsRead);
        assertEquals(countToCsv(new CacheSettings(false, dir.resolve("unused")), ProgressMonitor.NONE), rows);
        assertTrue(treesLoaded[0], "three tags without rows: not just a fetch");
        assertEquals(0, blobsRead[0], "every tree came from the tree cache");
    }

    @Test
    void rowsAreCachedPerGroupingAndOriginSettings() throws Exception {
        repo = dir.resolve("repo.git");
        try (TestHistory history = TestHistory.bare(repo)) {
            history.commit("v1.0", Map.of(
                    "drivers/net/phy.c", "int phy;\n",
                    "drivers/gpu/nova/lib.rs", "fn nova() {}\n// gpu\n",
                    "rust/kernel/lib.rs", "pub fn k() {}\n",
                    "rust/syn/lib.rs", "pub fn parse() {}\n\n",
                    "rust/syn/README.md", "These source files come from the Rust `syn` crate, version 2.0.106\n"));
        }
        CacheSettings none = new CacheSettings(false, dir.resolve("unused"));
        CacheSettings cache = new CacheSettings(true, dir.resolve("cache"));
        OriginRules generated = OriginRules.parse(List.of("drivers/gpu/**=generated"));
        List<Object[]> settings = List.of(
                new Object[] {Grouping.KERNEL, Set.<Origin.Kind>of(), OriginRules.NONE},
                new Object[] {Grouping.parse("depth:1"), Set.<Origin.Kind>of(), OriginRules.NONE},
                new Object[] {Grouping.KERNEL, Set.of(Origin.Kind.VENDORED), OriginRules.NONE},
                new Object[] {Grouping.KERNEL, Set.<Origin.Kind>of(), generated},
                new Object[] {Grouping.KERNEL, Set.of(Origin.Kind.GENERATED), generated});
        Set<String> distinct = new java.util.HashSet<>();
        for (int round = 0; round < 2; round++) {
            for (Object[] s : settings) {
                @SuppressWarnings("unchecked")
                Set<Origin.Kind> excluded = (Set<Origin.Kind>) s[1];
                String expected = breakdownsToCsv(none, (Grouping) s[0], excluded, (OriginRules) s[2]);
                assertEquals(expected, breakdownsToCsv(cache, (Grouping) s[0], excluded, (OriginRules) s[2]),
                        "round " + round + ": " + Arrays.toString(s));
                distinct.add(expected);
            }
        }
        assertEquals(settings.size(), distinct.size(), "each setting gives other rows, so a shared key would show");
    }

    @Test
    void theCacheLivesOutsideTheRepositoryAndTheRepositoryIsUntouched() throws Exception {
        buildHistory();
        String before = RepositoryFingerprint.of(repo);
        CacheSettings cache = new CacheSettings(true, dir.resolve("cache"));
        countToCsv(cache, ProgressMonitor.NONE);
        assertEquals(before, RepositoryFingerprint.of(repo));
        try (var files = Files.walk(cache.root())) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().startsWith("blobs-rules")));
        }
    }

    @Test
    void defaultCacheRootFollowsXdg() {
        assertEquals(Path.of("/x/cache/oxidation"), CacheLocation.defaultRoot(Map.of("XDG_CACHE_HOME", "/x/cache"), "/home/u"));
        assertEquals(Path.of("/home/u/.cache/oxidation"), CacheLocation.defaultRoot(Map.of(), "/home/u"));
        assertEquals(Path.of("/home/u/.cache/oxidation"), CacheLocation.defaultRoot(Map.of("XDG_CACHE_HOME", "rel"), "/home/u"));
    }
}
