package org.oxidation.git;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oxidation.count.Grouping;
import org.oxidation.count.LanguageRules;
import org.oxidation.count.Subsystems;
import org.oxidation.model.DirStats;
import org.oxidation.model.FileStats;
import org.oxidation.model.Origin;
import org.oxidation.model.ProgressMonitor;
import org.oxidation.model.Snapshot;
import org.oxidation.testing.TestHistory;

class TreeStoreTest {

    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();

    private List<ReleaseTag> history(TestHistory history) throws Exception {
        Map<String, String> files = new HashMap<>(Map.of(
                "drivers/net/a.c", "int a;\n// x\n\n",
                "rust/syn/README.md", "These source files come from the Rust `syn` crate, version 2.0.1\n",
                "rust/syn/lib.rs", "fn s() {}\n",
                "kernel/k.c", "int k;\n"));
        history.commit("v1.0", files);
        files.put("drivers/net/b.c", "int b;\n");
        history.commit("v1.1", files);
        return TagSelector.select(history.repository(), TagSelector.compile(".*"), TagOrder.VERSION, ProgressMonitor.NONE);
    }

    @Test
    void savedTreesLoadBackAndMakeSnapshotsWithoutReadingAnything() throws Exception {
        try (TestHistory history = TestHistory.bare(dir.resolve("repo"))) {
            List<ReleaseTag> tags = history(history);
            TreeStore store = new TreeStore(dir.resolve("trees.bin"), 1);
            List<Snapshot> counted = new ArrayList<>();
            try (HistorySampler sampler = new HistorySampler(history.repository(), LanguageRules.standard(), new BlobCounts(), 2)) {
                for (ReleaseTag tag : tags) {
                    counted.add(sampler.sample(tag, ProgressMonitor.NONE));
                }
                store.save(sampler.trees(), sampler::blobOf, sampler::previousVersionOf);
            }
            TreeStore.Contents contents = store.load(warnings::add);
            Map<ObjectId, DirStats> loaded = contents.trees();
            assertTrue(warnings.isEmpty(), warnings.toString());
            try (HistorySampler warm = new HistorySampler(history.repository(), LanguageRules.standard(), new BlobCounts(), 2)) {
                warm.preload(contents);
                for (int i = 0; i < tags.size(); i++) {
                    Snapshot again = warm.sample(tags.get(i), ProgressMonitor.NONE);
                    assertEquals(Subsystems.breakdown(counted.get(i), Grouping.KERNEL),
                            Subsystems.breakdown(again, Grouping.KERNEL));
                }
                assertEquals(0, warm.blobsRead());
            }
            DirStats first = loaded.get(tags.get(0).tree());
            DirStats second = loaded.get(tags.get(1).tree());
            assertSame(first.find("kernel").orElseThrow(), second.find("kernel").orElseThrow(), "shared subtree stays shared");
            assertSame(first.find("drivers/net").orElseThrow().files().get(0), second.find("drivers/net").orElseThrow().files().get(0),
                    "an unchanged file of a changed directory is one object");
            assertEquals(Origin.vendored("syn", "2.0.1"), second.find("rust/syn").orElseThrow().origin());
        }
    }

    @Test
    void aChangedDirectoryIsSavedAsTheChangeOfItsPreviousVersionAndLoadsTheSame() throws Exception {
        try (TestHistory history = TestHistory.bare(dir.resolve("repo"))) {
            Map<String, String> files = new HashMap<>();
            for (int i = 0; i < 200; i++) {
                files.put("drivers/f" + i + ".c", "int f" + i + ";\n");
            }
            history.commit("v1.0", files);
            files.put("drivers/f7.c", "int f7;\nint g7;\n");
            files.remove("drivers/f8.c");
            files.put("drivers/new.c", "int n;\n");
            history.commit("v1.1", files);
            List<ReleaseTag> tags = TagSelector.select(history.repository(), TagSelector.compile(".*"),
                    TagOrder.VERSION, ProgressMonitor.NONE);
            Path edited = dir.resolve("edited.bin");
            Path plain = dir.resolve("plain.bin");
            List<DirStats> counted = new ArrayList<>();
            try (HistorySampler sampler = sampler(history)) {
                tags.forEach(tag -> counted.add(sample(sampler, tag).root()));
                new TreeStore(edited, 1).save(sampler.trees(), sampler::blobOf, sampler::previousVersionOf);
                new TreeStore(plain, 1).save(sampler.trees(), sampler::blobOf, dir -> null);
            }
            assertTrue(Files.size(edited) < Files.size(plain) - 150,
                    "v1.1's drivers/ is 3 changes, not 200 file indices: " + Files.size(edited) + " vs " + Files.size(plain));
            TreeStore.Contents loaded = new TreeStore(edited, 1).load(warnings::add);
            assertTrue(warnings.isEmpty(), warnings.toString());
            for (int i = 0; i < tags.size(); i++) {
                DirStats drivers = loaded.trees().get(tags.get(i).tree()).find("drivers").orElseThrow();
                assertEquals(counted.get(i).find("drivers").orElseThrow().files(), drivers.files());
                assertEquals(counted.get(i).totals(), loaded.trees().get(tags.get(i).tree()).totals());
            }
            assertEquals(2, loaded.trees().get(tags.get(1).tree()).find("drivers").orElseThrow().files().stream()
                    .filter(f -> f.name().equals("f7.c")).findFirst().orElseThrow().counts().code());
        }
    }

    @Test
    void everyCountedTreeIdLoadsBackAsAKeyNotOnlyTheRoots() throws Exception {
        try (TestHistory history = TestHistory.bare(dir.resolve("repo"))) {
            List<ReleaseTag> tags = history(history);
            Path file = dir.resolve("trees.bin");
            java.util.Set<ObjectId> counted;
            try (HistorySampler sampler = sampler(history)) {
                tags.forEach(tag -> sample(sampler, tag));
                counted = java.util.Set.copyOf(sampler.trees().keySet());
                new TreeStore(file, 1).save(sampler.trees(), sampler::blobOf, sampler::previousVersionOf);
            }
            assertEquals(counted, new TreeStore(file, 1).load(warnings::add).trees().keySet(),
                    "a subtree loaded without its id could not be reused by a later tag");
        }
    }

    @Test
    void rootsWithoutCountedFilesEachLoadBackUnderTheirOwnId() throws Exception {
        try (TestHistory history = TestHistory.bare(dir.resolve("repo"))) {
            history.commit("v1.0", Map.of("README", "one\n"));
            history.commit("v1.1", Map.of("README", "two\n"));
            List<ReleaseTag> tags = TagSelector.select(history.repository(), TagSelector.compile(".*"),
                    TagOrder.VERSION, ProgressMonitor.NONE);
            Path file = dir.resolve("trees.bin");
            try (HistorySampler sampler = sampler(history)) {
                tags.forEach(tag -> sample(sampler, tag));
                new TreeStore(file, 1).save(sampler.trees(), sampler::blobOf, sampler::previousVersionOf);
            }
            assertEquals(java.util.Set.of(tags.get(0).tree(), tags.get(1).tree()),
                    new TreeStore(file, 1).load(warnings::add).trees().keySet());
        }
    }

    /** Distinct file stats objects in all loaded trees: a file saved twice would be two. */
    private static int fileCount(TreeStore.Contents contents) {
        java.util.Set<FileStats> files = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        contents.trees().values().forEach(tree -> collectFiles(tree, files));
        return files.size();
    }

    private static void collectFiles(DirStats dir, java.util.Set<FileStats> into) {
        into.addAll(dir.files());
        dir.dirs().forEach(child -> collectFiles(child, into));
    }

    private static Snapshot sample(HistorySampler sampler, ReleaseTag tag) {
        return sampler.sample(tag, ProgressMonitor.NONE);
    }

    private HistorySampler sampler(TestHistory history) {
        return new HistorySampler(history.repository(), LanguageRules.standard(), new BlobCounts(), 2);
    }

    @Test
    void aLaterRunAppendsItsNewTagAndSharesTheFilesItLoaded() throws Exception {
        try (TestHistory history = TestHistory.bare(dir.resolve("repo"))) {
            List<ReleaseTag> tags = history(history);
            Path file = dir.resolve("trees.bin");
            try (HistorySampler first = sampler(history)) {
                sample(first, tags.get(0));
                new TreeStore(file, 1).save(first.trees(), first::blobOf, first::previousVersionOf);
            }
            byte[] firstRun = Files.readAllBytes(file);
            TreeStore store = new TreeStore(file, 1);
            try (HistorySampler second = sampler(history)) {
                TreeStore.Contents loaded = store.load(warnings::add);
                second.preload(loaded);
                Snapshot next = sample(second, tags.get(1));
                DirStats loadedNet = loaded.trees().get(tags.get(0).tree()).find("drivers/net").orElseThrow();
                assertSame(loadedNet.files().get(0), next.root().find("drivers/net").orElseThrow().files().get(0),
                        "the unchanged a.c of the changed drivers/net is the loaded object");
                assertEquals(1, second.blobsRead(), "only b.c is read");
                store.save(second.trees(), second::blobOf, second::previousVersionOf);
            }
            byte[] secondRun = Files.readAllBytes(file);
            assertArrayEquals(firstRun, Arrays.copyOf(secondRun, firstRun.length), "the first run's bytes are kept: appended");
            TreeStore.Contents all = new TreeStore(file, 1).load(warnings::add);
            assertTrue(warnings.isEmpty(), warnings.toString());
            assertEquals(4, fileCount(all), "the three counted files of v1.0 and b.c, each once (a second a.c would make 5)");
            assertTrue(all.trees().containsKey(tags.get(0).tree()) && all.trees().containsKey(tags.get(1).tree()));
        }
    }

    @Test
    void aDamagedEndLosesOnlyTheLastSaveAndIsRewritten() throws Exception {
        try (TestHistory history = TestHistory.bare(dir.resolve("repo"))) {
            List<ReleaseTag> tags = history(history);
            Path file = dir.resolve("trees.bin");
            TreeStore store = new TreeStore(file, 1);
            try (HistorySampler sampler = sampler(history)) {
                sample(sampler, tags.get(0));
                store.save(sampler.trees(), sampler::blobOf, sampler::previousVersionOf);
                sample(sampler, tags.get(1));
                store.save(sampler.trees(), sampler::blobOf, sampler::previousVersionOf);
            }
            byte[] bytes = Files.readAllBytes(file);
            Files.write(file, Arrays.copyOf(bytes, bytes.length - 3));
            TreeStore reopened = new TreeStore(file, 1);
            TreeStore.Contents loaded = reopened.load(warnings::add);
            assertEquals(1, warnings.size(), warnings.toString());
            assertTrue(warnings.get(0).startsWith("ignoring the damaged end of the tree cache"), warnings.get(0));
            assertTrue(loaded.trees().containsKey(tags.get(0).tree()), "the first save is intact");
            assertFalse(loaded.trees().containsKey(tags.get(1).tree()), "the second was cut");
            try (HistorySampler sampler = sampler(history)) {
                sampler.preload(loaded);
                Snapshot again = sample(sampler, tags.get(1));
                reopened.save(sampler.trees(), sampler::blobOf, sampler::previousVersionOf);
                warnings.clear();
                TreeStore.Contents rewritten = new TreeStore(file, 1).load(warnings::add);
                assertTrue(warnings.isEmpty(), warnings.toString());
                assertEquals(Subsystems.breakdown(again, Grouping.KERNEL),
                        Subsystems.breakdown(Snapshot.counted("v1.1", "x".repeat(40), again.date(),
                                rewritten.trees().get(tags.get(1).tree())), Grouping.KERNEL));
            }
        }
    }

    @Test
    void aSaveAfterAnotherProcessSavedRewritesTheFileWhole() throws Exception {
        try (TestHistory history = TestHistory.bare(dir.resolve("repo"))) {
            List<ReleaseTag> tags = history(history);
            Path file = dir.resolve("trees.bin");
            TreeStore mine = new TreeStore(file, 1);
            try (HistorySampler a = sampler(history); HistorySampler b = sampler(history)) {
                a.preload(mine.load(warnings::add));
                sample(a, tags.get(0));
                mine.save(a.trees(), a::blobOf, a::previousVersionOf);
                TreeStore theirs = new TreeStore(file, 1);
                b.preload(theirs.load(warnings::add));
                sample(b, tags.get(1));
                theirs.save(b.trees(), b::blobOf, b::previousVersionOf); // appended onto what "mine" saved
                sample(a, tags.get(1));
                mine.save(a.trees(), a::blobOf, a::previousVersionOf); // the file grew meanwhile: indices would not match, so rewritten
            }
            TreeStore.Contents loaded = new TreeStore(file, 1).load(warnings::add);
            assertTrue(warnings.isEmpty(), warnings.toString());
            assertEquals(4, fileCount(loaded));
            assertTrue(loaded.trees().containsKey(tags.get(1).tree()));
        }
    }

    @Test
    void aCorruptTreeCacheIsIgnoredWithOneWarning() throws Exception {
        Path file = Files.write(dir.resolve("trees.bin"), new byte[] {'O', 'X', 'T', 'C', 0, 0, 0, 3, 0, 0, 0, 1, 0, 0, 0, 1, 9, 9, 9, 9, 9});
        assertTrue(new TreeStore(file, 1).load(warnings::add).trees().isEmpty());
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).startsWith("ignoring the tree cache") && warnings.get(0).endsWith("it will be rebuilt"),
                warnings.get(0));
    }
}
