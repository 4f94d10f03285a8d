package org.oxidation.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.jgit.internal.storage.file.FileRepository;
import org.eclipse.jgit.internal.storage.file.GC;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.oxidation.export.CsvReader;
import org.oxidation.model.Breakdown;
import org.oxidation.model.LineCounts;
import org.oxidation.model.Timeline;
import org.oxidation.testing.RepositoryFingerprint;
import org.oxidation.testing.TestHistory;
import picocli.CommandLine;

/**
 * Odd inputs and faults on the command line: each ends in a correct result or one clear line on
 * stderr, never a stack trace or a hang, and the repository is left byte-for-byte as it was.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class HardeningTest {

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();
    private final ByteArrayOutputStream progress = new ByteArrayOutputStream();

    private int count(Path repo, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("count", "--repo", repo.toString(),
                "--csv", dir.resolve("out.csv").toString()));
        args.addAll(List.of(extra));
        if (!args.contains("--cache-dir")) {
            args.addAll(List.of("--cache-dir", dir.resolve("cache").toString()));
        }
        CommandLine commandLine = OxidationCommand.newCommandLine(new PrintWriter(err, true));
        PrintStream saved = System.err;
        System.setErr(new PrintStream(progress, true, StandardCharsets.UTF_8));
        try {
            return commandLine.execute(args.toArray(String[]::new));
        } finally {
            System.setErr(saved);
        }
    }

    private String oneLine() {
        String text = err.toString().strip();
        assertEquals(1, text.lines().count(), "exactly one line: " + text + " / stderr: " + warnings());
        assertFalse(text.contains("\tat ") || text.contains("Exception"), "no stack trace: " + text);
        return text;
    }

    private String warnings() {
        return progress.toString(StandardCharsets.UTF_8);
    }

    @Test
    void pathThatDoesNotExist() {
        Path missing = dir.resolve("nope");
        assertEquals(2, count(missing));
        assertEquals("oxidation: no such directory: " + missing, oneLine());
    }

    @Test
    void regularFile() throws Exception {
        Path file = Files.writeString(dir.resolve("file.txt"), "hello");
        assertEquals(2, count(file));
        assertEquals("oxidation: not a directory: " + file, oneLine());
    }

    @Test
    void directoryThatIsNotARepository() throws Exception {
        Path plain = Files.createDirectories(dir.resolve("plain"));
        String before = RepositoryFingerprint.of(plain);
        assertEquals(2, count(plain));
        assertEquals("oxidation: not a git repository: " + plain, oneLine());
        assertEquals(before, RepositoryFingerprint.of(plain));
    }

    @Test
    void emptyRepository() throws Exception {
        Path repo = dir.resolve("empty.git");
        TestHistory.bare(repo).close();
        String before = RepositoryFingerprint.of(repo);
        assertEquals(2, count(repo));
        assertEquals("oxidation: the repository is empty: it has no commits and no tags", oneLine());
        assertEquals(before, RepositoryFingerprint.of(repo));
        assertNoCacheFolder();
    }

    /** Nothing was counted, so nothing is cached: not even an empty folder for the repository. */
    private void assertNoCacheFolder() throws java.io.IOException {
        Path cache = dir.resolve("cache");
        if (Files.exists(cache)) {
            try (var entries = Files.list(cache)) {
                assertEquals(List.of(), entries.toList());
            }
        }
    }

    @Test
    void repositoryWithoutMatchingTags() throws Exception {
        Path repo = dir.resolve("r.git");
        try (TestHistory history = TestHistory.bare(repo)) {
            history.commit("v6.13-rc1", Map.of("a.c", "int a;\n"));
        }
        assertEquals(2, count(repo));
        assertEquals("oxidation: no tag matches ^v?\\d+(\\.\\d+)+$ (that points at a commit)", oneLine());
        assertNoCacheFolder();
    }

    @Test
    void shallowCloneWhoseOlderTagsPointAtMissingCommitsCountsTheRestWithWarnings() throws Exception {
        Path repo = dir.resolve("shallow.git");
        ObjectId old;
        try (TestHistory history = TestHistory.bare(repo)) {
            old = history.commit("v1.0", Map.of("a.c", "int a;\n"));
            history.commit("v1.1", Map.of("a.c", "int a;\nint b;\n"));
        }
        Files.delete(looseObject(repo, old));
        String before = RepositoryFingerprint.of(repo);
        assertEquals(0, count(repo), err.toString());
        assertTrue(warnings().contains("warning: skipping tag v1.0: its object " + old.name() + " is missing"), warnings());
        List<String> csv = Files.readAllLines(dir.resolve("out.csv"));
        assertEquals(2, csv.size());
        assertTrue(csv.get(1).startsWith("v1.1,"));
        assertEquals(before, RepositoryFingerprint.of(repo));
    }

    @Test
    void missingBlobInALaterTagIsReportedWithTagAndPathToo() throws Exception {
        Path repo = dir.resolve("r.git");
        ObjectId blob;
        try (TestHistory history = TestHistory.bare(repo)) {
            history.commit("v1.0", Map.of("a.c", "int a;\n"));
            history.commit("v1.1", Map.of("a.c", "int a;\n", "drivers/net/gone.c", "int gone;\n", "b.c", "int b;\n"));
            blob = history.blob(TestHistory.text("int gone;\n"));
        }
        Files.delete(looseObject(repo, blob));
        assertEquals(2, count(repo));
        assertEquals("oxidation: tag v1.1: drivers/net/gone.c cannot be read: blob " + blob.name() + " is missing", oneLine());
        assertFalse(Files.exists(dir.resolve("out.csv")), "no partial output");
    }

    @Test
    void missingBlobInATagsTreeIsReportedWithTagAndPath() throws Exception {
        Path repo = dir.resolve("r.git");
        ObjectId blob;
        try (TestHistory history = TestHistory.bare(repo)) {
            history.commit("v1.0", Map.of("drivers/net/gone.c", "int gone;\n", "a.c", "int a;\n"));
            blob = history.blob(TestHistory.text("int gone;\n"));
        }
        Files.delete(looseObject(repo, blob));
        assertEquals(2, count(repo));
        assertEquals("oxidation: tag v1.0: drivers/net/gone.c cannot be read: blob " + blob.name() + " is missing", oneLine());
        assertFalse(Files.exists(dir.resolve("out.csv")), "no partial output");
    }

    @Test
    void corruptPackIsDetectedAndReportedWithoutNumbers() throws Exception {
        Path repo = dir.resolve("r.git");
        try (TestHistory history = TestHistory.bare(repo)) {
            Map<String, String> files = new HashMap<>();
            for (int i = 0; i < 200; i++) {
                files.put("drivers/d" + (i % 5) + "/f" + i + ".c", ("int value_" + i + " = " + i + ";\n").repeat(40));
            }
            history.commit("v1.0", files);
            new GC((FileRepository) history.repository()).gc().get();
        }
        Path pack;
        try (var packs = Files.list(repo.resolve("objects/pack"))) {
            pack = packs.filter(p -> p.toString().endsWith(".pack")).findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(pack);
        for (int i = bytes.length / 3; i < bytes.length * 2 / 3; i += 101) {
            bytes[i] ^= 0x5A;
        }
        pack.toFile().setWritable(true);
        Files.write(pack, bytes);
        assertEquals(2, count(repo));
        String line = oneLine();
        assertTrue(line.startsWith("oxidation: tag v1.0: "), line);
        assertTrue(line.contains("drivers/") || line.contains("tree"), "names the path or the tree: " + line);
        assertFalse(Files.exists(dir.resolve("out.csv")), "no wrong numbers written");
    }

    @Test
    void oddFileContentsAreCountedByteExactly() throws Exception {
        Path repo = dir.resolve("r.git");
        Map<String, byte[]> files = new HashMap<>();
        files.put("crlf.c", "int a;\r\n\r\n// c\r\n".getBytes(StandardCharsets.US_ASCII));      // 3: 1 code, 1 blank, 1 comment
        files.put("nul.c", new byte[] {'i', 0, 'x', '\n', 0, 0, '\n'});                          // 2 code
        files.put("latin1.c", new byte[] {'/', '/', (byte) 0xE9, '\n', 'x', (byte) 0xFF, ';'});  // 2: comment + code, no final newline
        files.put("empty.c", new byte[0]);                                                        // 0 lines, 1 file
        files.put("binary.h", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});  // 2 lines, both code
        try (TestHistory history = TestHistory.bare(repo)) {
            history.commitBytes("v1.0", files);
        }
        assertEquals(0, count(repo, "--group", "depth:1"), err.toString());
        Timeline timeline = CsvReader.read(dir.resolve("out.csv"));
        Breakdown.Row row = timeline.snapshots().get(0).loaded().row("(root)", "C");
        assertEquals(new LineCounts(5, 9, 6, 2, 1, 0), row.counts());
    }

    @Test
    void oddPathNamesSurviveTheCsv() throws Exception {
        Path repo = dir.resolve("r.git");
        Map<String, String> files = new HashMap<>();
        String deep = "deep/" + "d/".repeat(300) + "leaf.c";
        files.put("with space/a b.c", "int a;\n");
        files.put("new\nline/x.rs", "fn x() {}\n");
        files.put("quote\"comma,dir/y.c", "int y;\n");
        files.put(deep, "int deep;\n");
        try (TestHistory history = TestHistory.bare(repo)) {
            history.commit("v1.0", files);
        }
        assertEquals(0, count(repo, "--group", "depth:1"), err.toString());
        Breakdown breakdown = CsvReader.read(dir.resolve("out.csv")).snapshots().get(0).loaded();
        assertEquals(List.of("deep", "new\nline", "quote\"comma,dir", "with space"), List.copyOf(breakdown.subsystems()));
        assertEquals(1, breakdown.row("new\nline", "Rust").counts().lines());
        assertEquals(1, breakdown.row("deep", "C").counts().lines());
    }

    @Test
    void unusableCacheDirectoryGivesOneWarningAndACorrectResult() throws Exception {
        Path repo = dir.resolve("r.git");
        try (TestHistory history = TestHistory.bare(repo)) {
            history.commit("v1.0", Map.of("a.c", "int a;\n"));
            history.commit("v1.1", Map.of("a.c", "int a;\n", "b.c", "int b;\n"));
        }
        Path notADirectory = Files.writeString(dir.resolve("cache-file"), "x");
        assertEquals(0, count(repo, "--cache-dir", notADirectory.toString()), err.toString());
        List<String> cacheWarnings = warnings().lines().filter(l -> l.startsWith("warning:") && l.contains("cache")).toList();
        assertEquals(List.of("warning: cannot use the cache directory " + notADirectory
                + " (not a directory); counting goes on without it"), cacheWarnings);
        assertEquals(3, Files.readAllLines(dir.resolve("out.csv")).size());
    }

    @Test
    void aMaintainersPatternTheLinearMatcherCannotTakeIsNamedInOneWarningForTheWholeRun() throws Exception {
        Path repo = org.oxidation.testing.BackReferenceMaintainers.write(dir.resolve("r.git"));
        assertEquals(0, count(repo, "--group", "maintainers"), err.toString());
        List<String> patternWarnings = warnings().lines().filter(l -> l.contains("MAINTAINERS section")).toList();
        assertEquals(List.of("warning: MAINTAINERS section 'ECHO DRIVER': pattern N: (ab)\\1 is left out (invalid escape "
                + "sequence: `\\1`; the matcher, which never backtracks, has no back-references or look-arounds)"),
                patternWarnings);
        List<String> csv = Files.readAllLines(dir.resolve("out.csv"));
        assertTrue(csv.get(1).startsWith("v1.0,") && csv.get(1).contains(",NET,C,1,1,"), csv.toString());
    }

    private static Path looseObject(Path repo, ObjectId id) {
        return repo.resolve("objects").resolve(id.name().substring(0, 2)).resolve(id.name().substring(2));
    }
}
