package org.oxidation.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.RefUpdate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oxidation.testing.TestHistory;

/** {@code count} and {@code export} of any refs: two branches, a commit id, an ancestor expression. */
class AnyRefTest {

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();
    private Path repo;
    private ObjectId first;
    private ObjectId master;
    private ObjectId rustNext;

    /** master: a.c (1 line), then b.c too; rust-next, after master: a.c and phy.rs (2 lines), b.c removed. */
    @BeforeEach
    void twoBranches() throws Exception {
        repo = dir.resolve("repo.git");
        try (TestHistory history = TestHistory.bare(repo)) {
            Map<String, String> files = new HashMap<>(Map.of("drivers/net/a.c", "int a;\n"));
            first = history.commit(null, files);
            files.put("drivers/net/b.c", "int b;\n");
            master = history.commit(null, files);
            setRef(history, Constants.R_HEADS + "master", master);
            files.remove("drivers/net/b.c");
            files.put("drivers/net/phy.rs", "fn p() {}\nfn q() {}\n");
            rustNext = history.commit(null, files);
            setRef(history, Constants.R_HEADS + "rust-next", rustNext);
        }
    }

    private static void setRef(TestHistory history, String name, ObjectId id) throws Exception {
        RefUpdate update = history.repository().updateRef(name);
        update.setNewObjectId(id);
        update.forceUpdate();
    }

    private int run(String... args) {
        return OxidationCommand.newCommandLine(new PrintWriter(err, true)).execute(args);
    }

    @Test
    void countSamplesTheRefsAsGivenNamedByTheirText() throws Exception {
        Path csv = dir.resolve("refs.csv");
        assertEquals(0, run("count", "--no-cache", "--repo", repo.toString(), "--ref", "master", "--ref", "rust-next",
                "--ref", first.name(), "--ref", "master~1", "--csv", csv.toString()), err.toString());
        List<String> rows = Files.readAllLines(csv).stream().skip(1)
                .map(row -> String.join(",", List.of(row.split(",", -1)).subList(0, 2)) + ","
                        + String.join(",", List.of(row.split(",", -1)).subList(3, 7))).toList();
        assertEquals(List.of(
                "master," + master.name() + ",drivers/net,C,2,2",
                "rust-next," + rustNext.name() + ",drivers/net,C,1,1",
                "rust-next," + rustNext.name() + ",drivers/net,Rust,1,2",
                first.name() + "," + first.name() + ",drivers/net,C,1,1",
                "master~1," + first.name() + ",drivers/net,C,1,1"), rows);
    }

    @Test
    void exportComparesTwoBranches() throws Exception {
        Path png = dir.resolve("compare.png");
        assertEquals(0, run("export", "--repo", repo.toString(), "--cache-dir", dir.resolve("cache").toString(),
                "--chart", "compare", "--ref", "master", "--ref", "rust-next", "--png", png.toString()), err.toString());
        Map<String, String> text = ExportCommandTest.textChunks(png);
        assertEquals("master rust-next", text.get("Tags"));
        assertEquals(master.name() + " " + rustNext.name(), text.get("Commits"));
    }

    @Test
    void anUnknownRefIsOneSentence() {
        assertEquals(2, run("count", "--no-cache", "--repo", repo.toString(), "--ref", "nope", "--csv",
                dir.resolve("x.csv").toString()));
        assertEquals("oxidation: no such ref or commit: 'nope'", err.toString().strip());
        assertTrue(Files.notExists(dir.resolve("x.csv")));
    }
}
