package org.oxidation.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
                store.save(sampler.trees());
            }
            Map<ObjectId, DirStats> loaded = store.load(warnings::add);
            assertTrue(warnings.isEmpty(), warnings.toString());
            try (HistorySampler warm = new HistorySampler(history.repository(), LanguageRules.standard(), new BlobCounts(), 2)) {
                warm.preload(loaded);
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
    void aCorruptTreeCacheIsIgnoredWithOneWarning() throws Exception {
        Path file = Files.write(dir.resolve("trees.bin"), new byte[] {'O', 'X', 'T', 'C', 0, 0, 0, 2, 0, 0, 0, 1, 9, 9, 9, 9, 9});
        assertTrue(new TreeStore(file, 1).load(warnings::add).isEmpty());
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).startsWith("ignoring the tree cache") && warnings.get(0).endsWith("it will be rebuilt"),
                warnings.get(0));
    }
}
