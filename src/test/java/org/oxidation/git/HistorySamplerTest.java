package org.oxidation.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jgit.lib.FileMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oxidation.count.Grouping;
import org.oxidation.count.LanguageRules;
import org.oxidation.count.Subsystems;
import org.oxidation.model.Breakdown;
import org.oxidation.model.DirStats;
import org.oxidation.model.LineCounts;
import org.oxidation.model.Origin;
import org.oxidation.model.ProgressMonitor;
import org.oxidation.model.Snapshot;
import org.oxidation.model.Timeline;
import org.oxidation.testing.TestHistory;

class HistorySamplerTest {

    @TempDir
    Path dir;

    // Each file's counts are stated beside it, worked out by reading it.
    private static final String NET_C = "// net\nint x;\n\nint y; /* c */\n";          // 4 lines: 2 code, 1 comment, 1 blank
    private static final String NET_H = "#define A 1\n";                                 // 1 code
    private static final String PHY_RS = "//! phy\nfn f() {\n    unsafe { g() }\n}\n";  // 4 lines: 3 code, 1 comment, 1 unsafe
    private static final String GPU_C = "/*\n * gpu\n */\n\nint main(void) { return 0; }"; // 5 lines: 1 code, 3 comment, 1 blank (no final newline)
    private static final String ROOT_C = "int r;\n";                                     // 1 code

    private Map<String, String> firstTree() {
        Map<String, String> files = new HashMap<>();
        files.put("drivers/net/core.c", NET_C);
        files.put("drivers/net/core.h", NET_H);
        files.put("drivers/net/phy/ax88796b.rs", PHY_RS);
        files.put("drivers/gpu/drm/gpu.c", GPU_C);
        files.put("init.c", ROOT_C);
        files.put("Documentation/readme.txt", "not counted\n");
        files.put("drivers/net/UPPER.C", "not counted: extensions are case-sensitive\n");
        files.put("rust/lib.RS", "not counted either\n");
        return files;
    }

    @Test
    void countsLinesPerSubsystemAndLanguage() throws Exception {
        try (TestHistory history = TestHistory.bare(dir)) {
            history.commit("v1.0", firstTree());
            Snapshot snapshot = sampleOnly(history, "v1.0");
            Breakdown kernel = Subsystems.breakdown(snapshot, Grouping.KERNEL);
            assertEquals(new LineCounts(2, 5, 3, 1, 1, 0), kernel.row("drivers/net", "C").counts());
            assertEquals(new LineCounts(1, 4, 3, 1, 0, 1), kernel.row("drivers/net", "Rust").counts());
            assertEquals(new LineCounts(1, 5, 1, 3, 1, 0), kernel.row("drivers/gpu", "C").counts());
            assertEquals(new LineCounts(1, 1, 1, 0, 0, 0), kernel.row("(root)", "C").counts());
            assertEquals(List.of("(root)", "drivers/gpu", "drivers/net"), List.copyOf(kernel.subsystems()));
        }
    }

    @Test
    void skipsSymlinksAndSubmodules() throws Exception {
        try (TestHistory history = TestHistory.bare(dir)) {
            Map<String, byte[]> files = Map.of("a.c", TestHistory.text("int a;\n"),
                    "link.c", TestHistory.text("a.c"));
            history.commitEntries("v1.0", files, Map.of("link.c", FileMode.SYMLINK, "sub.c", FileMode.GITLINK));
            Snapshot snapshot = sampleOnly(history, "v1.0");
            assertEquals(1, snapshot.root().totals().get("C").files());
            assertEquals(List.of("a.c"), snapshot.root().files().stream().map(f -> f.name()).toList());
        }
    }

    @Test
    void reusesUnchangedSubtreesAndReadsOnlyNewBlobs() throws Exception {
        try (TestHistory history = TestHistory.bare(dir)) {
            Map<String, String> files = firstTree();
            history.commit("v1.0", files);
            files.put("drivers/gpu/drm/nova.rs", "fn nova() {}\n");
            history.commit("v1.1", files);
            try (HistorySampler sampler = newSampler(history)) {
                List<ReleaseTag> tags = TagSelector.select(history.repository(), TagSelector.compile(".*"),
                        TagOrder.VERSION, ProgressMonitor.NONE);
                Snapshot first = sampler.sample(tags.get(0), ProgressMonitor.NONE);
                assertEquals(5, sampler.blobsRead());
                Snapshot second = sampler.sample(tags.get(1), ProgressMonitor.NONE);
                assertEquals(6, sampler.blobsRead(), "only the new Rust file is read");
                assertSame(first.root().find("drivers/net").orElseThrow(), second.root().find("drivers/net").orElseThrow(),
                        "the unchanged drivers/net subtree is shared, not rebuilt");
                assertEquals(1, Subsystems.breakdown(second, Grouping.KERNEL).row("drivers/gpu", "Rust").counts().lines());
            }
        }
    }

    @Test
    void aChangedDirectoryKeepsItsUnchangedFilesAndSeesEveryEditRenameAndDeletion() throws Exception {
        try (TestHistory history = TestHistory.bare(dir)) {
            Map<String, String> files = new HashMap<>(Map.of(
                    "d/a.c", "int a;\n", "d/b.c", "int b;\n", "d/c.c", "int c;\n", "d/d.h", "int d;\n",
                    "d/\u00e9t\u00e9.c", "int e;\n", "d/z.rs", "fn z() {}\n"));
            history.commit("v1.0", files);
            files.put("d/b.c", "int b;\nint b2;\n");          // edited
            files.put("d/c2.c", files.remove("d/c.c"));         // renamed, same blob
            files.remove("d/d.h");                              // deleted
            files.put("d/bb.c", "int a;\n");                   // new name, a blob seen at d/a.c
            files.put("d/\u00e9t\u00e9.c", "int e;\nint f;\n"); // edited, a name outside ASCII
            history.commit("v1.1", files);
            try (HistorySampler sampler = newSampler(history)) {
                List<ReleaseTag> tags = TagSelector.select(history.repository(), TagSelector.compile(".*"),
                        TagOrder.VERSION, ProgressMonitor.NONE);
                DirStats before = sampler.sample(tags.get(0), ProgressMonitor.NONE).root().find("d").orElseThrow();
                DirStats after = sampler.sample(tags.get(1), ProgressMonitor.NONE).root().find("d").orElseThrow();
                DirStats alone = sampleOnly(history, "v1.1").root().find("d").orElseThrow();
                assertEquals(alone.files(), after.files(), "the same files as a sampler that never saw v1.0");
                assertEquals(alone.totals(), after.totals());
                assertSame(file(before, "a.c"), file(after, "a.c"), "an unchanged file keeps its stats");
                assertSame(file(before, "z.rs"), file(after, "z.rs"));
                assertEquals(List.of("a.c", "b.c", "bb.c", "c2.c", "z.rs", "\u00e9t\u00e9.c"),
                        after.files().stream().map(f -> f.name()).toList());
            }
        }
    }

    private static org.oxidation.model.FileStats file(DirStats dir, String name) {
        return dir.files().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void countsTheSameBlobOnceAtManyPaths() throws Exception {
        try (TestHistory history = TestHistory.bare(dir)) {
            history.commit("v1.0", Map.of("a/x.c", "int x;\n", "b/x.c", "int x;\n", "c/y.h", "int x;\n"));
            try (HistorySampler sampler = newSampler(history)) {
                Snapshot snapshot = sampler.sample(onlyTag(history), ProgressMonitor.NONE);
                assertEquals(1, sampler.blobsRead());
                assertEquals(3, snapshot.root().totals().get("C").files());
                assertEquals(3, snapshot.root().totals().get("C").lines());
            }
        }
    }

    @Test
    void marksDirectoriesWhoseReadmeFollowsTheVendoredCrateConvention() throws Exception {
        try (TestHistory history = TestHistory.bare(dir)) {
            history.commit("v1.0", Map.of(
                    "rust/syn/README.md", "# `syn`\n\nThese source files come from the Rust `syn` crate, version\n2.0.106\n",
                    "rust/syn/src/lib.rs", "pub mod a;\n",
                    "rust/kernel/README.md", "# kernel crate\nIt uses the `syn` crate.\n",
                    "rust/kernel/lib.rs", "fn k() {}\n"));
            Snapshot snapshot = sampleOnly(history, "v1.0");
            DirStats syn = snapshot.root().find("rust/syn").orElseThrow();
            assertEquals(Origin.vendored("syn", "2.0.106"), syn.origin());
            assertEquals(Origin.WRITTEN, snapshot.root().find("rust/kernel").orElseThrow().origin());
            Breakdown.Row rust = Subsystems.breakdown(snapshot, Grouping.KERNEL).row("rust", "Rust");
            assertEquals(2, rust.counts().lines());
            assertEquals(1, rust.vendoredLines());
        }
    }

    @Test
    void cancellingLeavesNoSnapshotAndTheNextRunIsComplete() throws Exception {
        try (TestHistory history = TestHistory.bare(dir)) {
            Map<String, String> files = new HashMap<>();
            for (int i = 0; i < 2000; i++) {
                files.put("d" + (i % 20) + "/f" + i + ".c", "int f" + i + ";\n");
            }
            history.commit("v1.0", files);
            BlobCounts cache = new BlobCounts();
            ProgressMonitor cancelSoon = cancelledAfter(600);
            try (HistorySampler sampler = new HistorySampler(history.repository(), LanguageRules.standard(), cache, 2)) {
                assertThrows(CancellationException.class, () -> sampler.sample(onlyTag(history), cancelSoon));
            }
            int cachedAfterCancel = cache.size();
            assertTrue(cachedAfterCancel > 0 && cachedAfterCancel < 2000, "cached " + cachedAfterCancel);
            try (HistorySampler sampler = new HistorySampler(history.repository(), LanguageRules.standard(), cache, 2)) {
                Snapshot snapshot = sampler.sample(onlyTag(history), ProgressMonitor.NONE);
                assertEquals(2000, snapshot.root().totals().get("C").lines());
                assertEquals(2000 - cachedAfterCancel, sampler.blobsRead(), "the second run reads only what was not cached");
            }
        }
    }

    @Test
    void cancellingALaterTagKeepsWhatItCounted() throws Exception {
        try (TestHistory history = TestHistory.bare(dir)) {
            Map<String, String> files = new HashMap<>(Map.of("a.c", "int a;\n"));
            history.commit("v1.0", files);
            for (int i = 0; i < 2000; i++) {
                files.put("d" + (i % 20) + "/f" + i + ".c", "int f" + i + ";\n");
            }
            history.commit("v1.1", files);
            List<ReleaseTag> tags = TagSelector.select(history.repository(), TagSelector.compile(".*"),
                    TagOrder.VERSION, ProgressMonitor.NONE);
            BlobCounts cache = new BlobCounts();
            ProgressMonitor cancelSoon = cancelledAfter(600);
            try (HistorySampler sampler = new HistorySampler(history.repository(), LanguageRules.standard(), cache, 2)) {
                sampler.sample(tags.get(0), ProgressMonitor.NONE); // v1.1 then reads only its new blobs
                assertThrows(CancellationException.class, () -> sampler.sample(tags.get(1), cancelSoon));
            }
            int cachedAfterCancel = cache.size();
            assertTrue(cachedAfterCancel > 1 && cachedAfterCancel < 2001, "cached " + cachedAfterCancel);
            try (HistorySampler sampler = new HistorySampler(history.repository(), LanguageRules.standard(), cache, 2)) {
                sampler.sample(tags.get(0), ProgressMonitor.NONE);
                Snapshot snapshot = sampler.sample(tags.get(1), ProgressMonitor.NONE);
                assertEquals(2001, snapshot.root().totals().get("C").lines());
                assertEquals(2001 - cachedAfterCancel, sampler.blobsRead(), "only what was not cached is read");
            }
        }
    }

    @Test
    void sampleAllHandsOutEachSnapshotInOrder() throws Exception {
        try (TestHistory history = TestHistory.bare(dir)) {
            history.commit("v1.0", Map.of("a.rs", "fn a() {}\n"));
            history.commit("v1.1", Map.of("a.rs", "fn a() {}\nfn b() {}\n"));
            try (HistorySampler sampler = newSampler(history)) {
                List<ReleaseTag> tags = TagSelector.select(history.repository(), TagSelector.compile(".*"),
                        TagOrder.VERSION, ProgressMonitor.NONE);
                List<String> seen = new java.util.ArrayList<>();
                Timeline timeline = sampler.sampleAll("test", tags, ProgressMonitor.NONE, s -> seen.add(s.tag()));
                assertEquals(List.of("v1.0", "v1.1"), seen);
                assertEquals(List.of(1L, 2L), timeline.snapshots().stream()
                        .map(s -> s.root().totals().get("Rust").lines()).toList());
            }
        }
    }

    /** A monitor that says "cancelled" from its polls-th question on. */
    private static ProgressMonitor cancelledAfter(int polls) {
        AtomicInteger asked = new AtomicInteger();
        return new ProgressMonitor() {
            @Override
            public boolean isCancelled() {
                return asked.incrementAndGet() > polls;
            }
        };
    }

    private static HistorySampler newSampler(TestHistory history) {
        return new HistorySampler(history.repository(), LanguageRules.standard(), new BlobCounts(), 2);
    }

    private static ReleaseTag onlyTag(TestHistory history) {
        return TagSelector.select(history.repository(), TagSelector.compile(".*"), TagOrder.VERSION,
                ProgressMonitor.NONE).get(0);
    }

    private static Snapshot sampleOnly(TestHistory history, String tag) {
        try (HistorySampler sampler = newSampler(history)) {
            ReleaseTag release = TagSelector.select(history.repository(), TagSelector.compile("^" + tag.replace(".", "\\.") + "$"),
                    TagOrder.VERSION, ProgressMonitor.NONE).get(0);
            return sampler.sample(release, ProgressMonitor.NONE);
        }
    }
}
