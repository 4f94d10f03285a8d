package org.oxidation.git;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oxidation.count.Grouping;
import org.oxidation.count.Subsystems;
import org.oxidation.export.CsvWriter;
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
            for (Path file : files.filter(f -> f.toString().endsWith(".bin")).toList()) {
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
        ProgressMonitor collect = new ProgressMonitor() {
            @Override
            public void warn(String message) {
                warnings.add(message);
            }
        };
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
