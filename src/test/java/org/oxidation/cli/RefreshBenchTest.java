package org.oxidation.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oxidation.testing.TestHistory;

class RefreshBenchTest {

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    /** The Refresh's split, printed after its time. */
    private static final String SPLIT = "of which: tags and sampling [0-9.]+ s, its rows kept [0-9.]+ s\\R";

    private String run(int expectedStatus, String... args) {
        PrintStream stdout = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertEquals(expectedStatus, OxidationCommand.newCommandLine(new PrintWriter(err, true)).execute(args),
                    err.toString());
        } finally {
            System.setOut(stdout);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void timesTheNewestTagAloneAndCountsOnlyItsNewBlobs() throws Exception {
        Path repo = twoTags();
        String out = run(0, "bench", "refresh", "--repo", repo.toString(), "--cache-dir", dir.resolve("cache").toString());
        assertTrue(out.matches("refresh: v1\\.1 counted in [0-9.]+ s \\(CPU [0-9.]+ s\\) in the open session \\(2 blobs read\\)\\R" + SPLIT),
                out);
    }

    @Test
    void aSessionWhoseTagsCameFromTheCacheIsReadiedBeforeTheRefreshAsTheWindowDoes() throws Exception {
        Path repo = twoTags();
        String cache = dir.resolve("cache").toString();
        run(0, "count", "--repo", repo.toString(), "--cache-dir", cache, "--tags", "^v1\\.0$", "--csv", dir.resolve("v1.csv").toString());

        String readied = run(0, "bench", "refresh", "--repo", repo.toString(), "--cache-dir", cache);
        assertTrue(readied.matches("session readied for a new tag in [0-9.]+ s \\(NewTagWarmUp, before the Refresh\\)\\R"
                + "the JIT's queue drained [0-9.]+ s later\\R"
                + "refresh: v1\\.1 counted in [0-9.]+ s \\(CPU [0-9.]+ s\\) in the open session \\(2 blobs read\\)\\R" + SPLIT), readied);
        String unwaited = run(0, "bench", "refresh", "--repo", repo.toString(), "--cache-dir", cache, "--no-jit-wait");
        assertTrue(unwaited.matches("session readied for a new tag in [0-9.]+ s \\(NewTagWarmUp, before the Refresh\\)\\R"
                + "refresh: v1\\.1 counted in [0-9.]+ s \\(CPU [0-9.]+ s\\) in the open session \\(0 blobs read\\)\\R" + SPLIT),
                "refreshed at once (v1.1 cached by the run before): " + unwaited);
        String cold = run(0, "bench", "refresh", "--repo", repo.toString(), "--cache-dir", cache, "--no-warm-up");
        assertTrue(cold.matches("refresh: v1\\.1 counted in [0-9.]+ s \\(CPU [0-9.]+ s\\) in the open session \\(0 blobs read\\)\\R" + SPLIT),
                "v1.1 was cached by the run before: " + cold);
    }

    /** v1.0 with twenty C files; v1.1 changes one and adds a Rust file. */
    private Path twoTags() throws Exception {
        Path repo = dir.resolve("repo.git");
        try (TestHistory history = TestHistory.bare(repo)) {
            Map<String, String> files = new HashMap<>();
            for (int i = 0; i < 20; i++) {
                files.put("drivers/f" + i + ".c", "int f" + i + ";\n");
            }
            history.commit("v1.0", files);
            files.put("drivers/f1.c", "int changed;\n");
            files.put("rust/new.rs", "fn new() {}\n");
            history.commit("v1.1", files);
        }
        return repo;
    }

    @Test
    void needsTwoTags() throws Exception {
        Path repo = dir.resolve("repo.git");
        try (TestHistory history = TestHistory.bare(repo)) {
            history.commit("v1.0", Map.of("a.c", "int a;\n"));
        }
        run(2, "bench", "refresh", "--repo", repo.toString(), "--no-cache");
        assertTrue(err.toString().contains("bench refresh needs at least two tags; 1 match"), err.toString());
    }
}
