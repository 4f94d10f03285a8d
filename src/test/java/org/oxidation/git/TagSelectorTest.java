package org.oxidation.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oxidation.model.InputException;
import org.oxidation.model.ProgressMonitor;
import org.oxidation.testing.TestHistory;

class TagSelectorTest {

    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();
    private final ProgressMonitor monitor = new ProgressMonitor() {
        @Override
        public void warn(String message) {
            warnings.add(message);
        }
    };

    @Test
    void defaultPatternTakesReleaseTagsOnly() {
        Pattern pattern = TagSelector.compile(TagSelector.DEFAULT_PATTERN);
        for (String tag : List.of("v6.12", "v6.12.117", "2.50.3")) {
            assertTrue(pattern.matcher(tag).find(), tag);
        }
        for (String tag : List.of("v6.13-rc1", "release-2-1-0", "v6", "next-20240101", "v6.12.")) {
            assertTrue(!pattern.matcher(tag).find(), tag);
        }
    }

    @Test
    void ordersByVersionNotByDate() throws Exception {
        try (TestHistory history = TestHistory.bare(dir)) {
            // Committed (and so dated) in this order: stable branches interleave in time.
            history.commit("v6.12.117", Map.of("a.c", "x\n"));
            history.commit("v6.1.192", Map.of("a.c", "y\n"));
            history.commit("v6.12.107", Map.of("a.c", "z\n"));
            history.commit("v6.13-rc1", Map.of("a.c", "w\n"));
            List<ReleaseTag> byVersion = TagSelector.select(history.repository(),
                    TagSelector.compile(TagSelector.DEFAULT_PATTERN), TagOrder.VERSION, monitor);
            assertEquals(List.of("v6.1.192", "v6.12.107", "v6.12.117"), names(byVersion));
            List<ReleaseTag> byDate = TagSelector.select(history.repository(),
                    TagSelector.compile(TagSelector.DEFAULT_PATTERN), TagOrder.DATE, monitor);
            assertEquals(List.of("v6.12.117", "v6.1.192", "v6.12.107"), names(byDate));
        }
    }

    @Test
    void peelsAnnotatedTagsToTheirCommit() throws Exception {
        try (TestHistory history = TestHistory.bare(dir)) {
            ObjectId commit = history.commit(null, Map.of("a.c", "x\n"));
            history.annotatedTag("v1.0", commit, Constants.OBJ_COMMIT);
            List<ReleaseTag> tags = TagSelector.select(history.repository(), TagSelector.compile(".*"),
                    TagOrder.VERSION, monitor);
            assertEquals(1, tags.size());
            assertEquals(commit, tags.get(0).commit());
        }
    }

    @Test
    void skipsTagsAtTreesBlobsAndMissingObjectsWithOneWarningEach() throws Exception {
        try (TestHistory history = TestHistory.bare(dir)) {
            ObjectId commit = history.commit("v2.0", Map.of("a.c", "x\n"));
            ObjectId tree = history.repository().parseCommit(commit).getTree();
            history.rawTag("v1.0", tree);
            history.rawTag("v1.1", history.blob(TestHistory.text("just a blob\n")));
            history.rawTag("v1.2", ObjectId.fromString("1111111111111111111111111111111111111111"));
            history.annotatedTag("v1.3", tree, Constants.OBJ_TREE);
            List<ReleaseTag> tags = TagSelector.select(history.repository(),
                    TagSelector.compile(TagSelector.DEFAULT_PATTERN), TagOrder.VERSION, monitor);
            assertEquals(List.of("v2.0"), names(tags));
            assertEquals(4, warnings.size(), warnings.toString());
            assertTrue(warnings.get(0).startsWith("skipping tag v1.0: it points at a tree"), warnings.get(0));
            assertTrue(warnings.get(1).startsWith("skipping tag v1.1: it points at a blob"), warnings.get(1));
            assertTrue(warnings.get(2).contains("v1.2") && warnings.get(2).contains("missing"), warnings.get(2));
        }
    }

    @Test
    void failsClearlyWhenNoTagMatches() throws Exception {
        try (TestHistory history = TestHistory.bare(dir)) {
            history.commit("release-1", Map.of("a.c", "x\n"));
            InputException e = assertThrows(InputException.class, () -> TagSelector.select(history.repository(),
                    TagSelector.compile(TagSelector.DEFAULT_PATTERN), TagOrder.VERSION, monitor));
            assertTrue(e.getMessage().startsWith("no tag matches"), e.getMessage());
        }
    }

    @Test
    void rejectsAnInvalidPatternInOneSentence() {
        InputException e = assertThrows(InputException.class, () -> TagSelector.compile("v(6"));
        assertTrue(e.getMessage().startsWith("invalid tag pattern 'v(6'"), e.getMessage());
    }

    private static List<String> names(List<ReleaseTag> tags) {
        return tags.stream().map(ReleaseTag::name).toList();
    }
}
