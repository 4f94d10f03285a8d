package org.oxidation.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oxidation.testing.RepositoryFingerprint;
import org.oxidation.testing.TestHistory;
import picocli.CommandLine;

class CountCommandTest {

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = OxidationCommand.newCommandLine(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void writesOneRowPerTagSubsystemAndLanguage() throws Exception {
        Path repo = dir.resolve("repo.git");
        try (TestHistory history = TestHistory.bare(repo)) {
            history.commit("v6.1", Map.of("drivers/net/a.c", "int a;\n\n", "rust/kernel/lib.rs", "// k\nfn k() {}\n"));
            history.commit("v6.2-rc1", Map.of("x.c", "int x;\n"));
            history.commit("v6.2", Map.of("drivers/net/a.c", "int a;\n", "drivers/net/phy/p.rs", "fn p() {}\n"));
        }
        String before = RepositoryFingerprint.of(repo);
        Path csv = dir.resolve("out.csv");
        assertEquals(0, run("count", "--cache-dir", dir.resolve("cache").toString(), "--repo", repo.toString(), "--csv", csv.toString()), err.toString());
        List<String> lines = Files.readAllLines(csv);
        assertEquals("tag,commit,date,subsystem,language,files,lines,code,comment,blank,unsafe,vendored_lines,generated_lines,vendored_from,vendored_code,generated_code",
                lines.get(0));
        assertEquals(5, lines.size(), lines.toString());
        assertTrue(lines.get(1).matches("v6\\.1,[0-9a-f]{40},2024-01-02T13:00:00\\+01:00,drivers/net,C,1,2,1,0,1,0,0,0,,0,0"), lines.get(1));
        assertTrue(lines.get(2).matches("v6\\.1,[0-9a-f]{40},[^,]+,rust,Rust,1,2,1,1,0,0,0,0,,0,0"), lines.get(2));
        assertTrue(lines.get(3).matches("v6\\.2,[0-9a-f]{40},[^,]+,drivers/net,C,1,1,1,0,0,0,0,0,,0,0"), lines.get(3));
        assertTrue(lines.get(4).matches("v6\\.2,[0-9a-f]{40},[^,]+,drivers/net,Rust,1,1,1,0,0,0,0,0,,0,0"), lines.get(4));
        assertEquals(before, RepositoryFingerprint.of(repo), "the repository is only read");
    }

    @Test
    void groupsByDepthWhenAsked() throws Exception {
        Path repo = dir.resolve("repo.git");
        try (TestHistory history = TestHistory.bare(repo)) {
            history.commit("v1.0", Map.of("drivers/net/phy/a.c", "int a;\n"));
        }
        Path csv = dir.resolve("out.csv");
        assertEquals(0, run("count", "--cache-dir", dir.resolve("cache").toString(), "--repo", repo.toString(), "--group", "depth:3", "--csv", csv.toString()));
        assertTrue(Files.readAllLines(csv).get(1).contains(",drivers/net/phy,C,"));
    }

    @Test
    void failsWithOneLineForANonRepository() throws Exception {
        Path plain = Files.createDirectory(dir.resolve("plain"));
        Path csv = dir.resolve("out.csv");
        assertEquals(OxidationCommand.EXIT_INPUT, run("count", "--cache-dir", dir.resolve("cache").toString(), "--repo", plain.toString(), "--csv", csv.toString()));
        assertEquals("oxidation: not a git repository: " + plain + System.lineSeparator(), err.toString());
        assertFalse(Files.exists(csv));
    }

    @Test
    void failsWithOneLineWhenNoTagMatches() throws Exception {
        Path repo = dir.resolve("repo.git");
        try (TestHistory history = TestHistory.bare(repo)) {
            history.commit("v1.0", Map.of("a.c", "int a;\n"));
        }
        assertEquals(OxidationCommand.EXIT_INPUT, run("count", "--cache-dir", dir.resolve("cache").toString(), "--repo", repo.toString(), "--tags", "^release-",
                "--csv", dir.resolve("o.csv").toString()));
        assertEquals("oxidation: no tag matches ^release- (that points at a commit)", err.toString().strip());
    }

    @Test
    void failsBeforeCountingWhenTheOutputCannotBeWritten() throws Exception {
        Path repo = dir.resolve("repo.git");
        try (TestHistory history = TestHistory.bare(repo)) {
            history.commit("v1.0", Map.of("a.c", "int a;\n"));
        }
        Path csv = dir.resolve("missing/dir/out.csv");
        assertEquals(OxidationCommand.EXIT_INPUT, run("count", "--cache-dir", dir.resolve("cache").toString(), "--repo", repo.toString(), "--csv", csv.toString()));
        assertTrue(err.toString().startsWith("oxidation: cannot write " + csv + ": its directory"), err.toString());
        assertEquals(1, err.toString().strip().lines().count());
    }

    @Test
    void reportsAMissingOptionInOneLine() {
        assertEquals(OxidationCommand.EXIT_INPUT, run("count", "--csv", "x.csv"));
        assertEquals("oxidation: Missing required option: '--repo=PATH' (see --help)", err.toString().strip());
    }
}
