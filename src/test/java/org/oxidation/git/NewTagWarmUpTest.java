package org.oxidation.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oxidation.count.LanguageRules;
import org.oxidation.count.origin.OriginResolver;
import org.oxidation.count.origin.OriginSettings;
import org.oxidation.model.ProgressMonitor;
import org.oxidation.model.Snapshot;
import org.oxidation.testing.TestHistory;

class NewTagWarmUpTest {

    @TempDir
    Path dir;

    /** drivers/gpu: 3 C files, drivers/net: 2 and a README, kernel: 1 Rust file, Documentation: text only. */
    private static Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        for (String path : List.of("drivers/gpu/a.c", "drivers/gpu/b.h", "drivers/gpu/drm/c.c", "drivers/net/d.c",
                "drivers/net/e.c", "drivers/net/README", "kernel/f.rs", "Documentation/g.txt")) {
            files.put(path, "int x;\n");
        }
        return files;
    }

    @Test
    void theDirectoryCountedIsTheOneWithTheMostCAndRustFilesWithinTheLimit() throws Exception {
        try (TestHistory history = TestHistory.bare(dir.resolve("h.git"));
             ObjectReader reader = history.repository().newObjectReader()) {
            ObjectId root = rootTree(history, history.commit("v1", files()));
            LanguageRules rules = LanguageRules.standard();

            assertEquals(root, NewTagWarmUp.directoryToCount(reader, root, rules, 6), "six files: the whole tree");
            assertEquals(tree(reader, root, "drivers"), NewTagWarmUp.directoryToCount(reader, root, rules, 5));
            assertEquals(tree(reader, root, "drivers/gpu"), NewTagWarmUp.directoryToCount(reader, root, rules, 4));
            assertEquals(tree(reader, root, "drivers/net"), NewTagWarmUp.directoryToCount(reader, root, rules, 2));
            assertNull(NewTagWarmUp.directoryToCount(reader, tree(reader, root, "Documentation"), rules, 4),
                    "nothing to count");
        }
    }

    @Test
    void readyingASessionLeavesItsCountsAsTheyWere() throws Exception {
        Path repository;
        try (TestHistory history = TestHistory.bare(dir.resolve("h.git"))) {
            history.commit("v1", files());
            Map<String, String> more = files();
            more.put("drivers/gpu/h.c", "int y;\n/* new */\n");
            history.commit("v2", more);
            repository = history.directory();
        }
        CacheSettings cache = new CacheSettings(true, dir.resolve("cache"));
        try (CountSession session = CountSession.open(repository, cache, 1, ProgressMonitor.NONE)) {
            session.sampleAll(tags(session).subList(0, 1), ProgressMonitor.NONE, snapshot -> { });
        }
        try (CountSession session = CountSession.open(repository, cache, 1, ProgressMonitor.NONE)) {
            List<ReleaseTag> tags = tags(session);
            session.sampleAll(tags.subList(0, 1), ProgressMonitor.NONE, snapshot -> { });
            NewTagWarmUp.start(session, tags.get(0)).join();
            assertEquals(0, session.blobsRead(), "the warm-up counts with a sampler of its own");
            // v1 has one content, counted as C and as Rust: two counts, loaded, none added.
            assertEquals(2, session.knownBlobs(), "the blob counts of v1 loaded, none added");

            Snapshot refreshed = session.sampleAll(tags.subList(1, 2), ProgressMonitor.NONE, snapshot -> { })
                    .snapshots().get(0);
            assertEquals(1, session.blobsRead(), "v2's one new blob");
            assertEquals(uncached(repository, tags.get(1)).root().totals(), refreshed.root().totals());
        }
    }

    @Test
    void theRowsOfARefreshAreWorkedOutFromTheTagBeforesAsARefreshWorksThemOut() throws Exception {
        try (TestHistory history = TestHistory.bare(dir.resolve("h.git"))) {
            history.commit("v1", files());
        }
        try (CountSession session = CountSession.open(dir.resolve("h.git"), CacheSettings.disabled(), 1,
                ProgressMonitor.NONE)) {
            Snapshot counted = session.sampleAll(tags(session), ProgressMonitor.NONE, snapshot -> { }).snapshots().get(0);
            assertTrue(NewTagWarmUp.warmRows(counted, new OriginResolver(OriginSettings.DEFAULT)),
                    "worked out by BreakdownDelta, not grouped whole again");
        }
    }

    private static Snapshot uncached(Path repository, ReleaseTag tag) {
        try (CountSession session = CountSession.open(repository, CacheSettings.disabled(), 1, ProgressMonitor.NONE)) {
            return session.sampleAll(List.of(tag), ProgressMonitor.NONE, snapshot -> { }).snapshots().get(0);
        }
    }

    private static List<ReleaseTag> tags(CountSession session) {
        return session.tags(TagSelector.compile(".*"), TagOrder.VERSION);
    }

    private static ObjectId rootTree(TestHistory history, ObjectId commit) throws Exception {
        try (RevWalk walk = new RevWalk(history.repository())) {
            return walk.parseCommit(commit).getTree().getId();
        }
    }

    private static ObjectId tree(ObjectReader reader, ObjectId root, String path) throws Exception {
        try (TreeWalk walk = TreeWalk.forPath(reader, path, root)) {
            return walk.getObjectId(0);
        }
    }
}
