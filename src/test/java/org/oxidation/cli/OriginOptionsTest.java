package org.oxidation.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oxidation.testing.TestHistory;

/**
 * {@code count}'s origin options on a small kernel-shaped history: the profile detected by default,
 * {@code --profile none}, {@code --no-markers}, a {@code written} rule, and a bad profile name.
 * Each file is one line, so a row's vendored and generated lines count its files.
 */
class OriginOptionsTest {

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();
    private Path repo;

    @BeforeEach
    void kernelShapedHistory() throws Exception {
        repo = dir.resolve("linux.git");
        Map<String, String> files = new HashMap<>();
        for (String path : List.of("init/main.c", "kernel/fork.c", "mm/memory.c", "include/linux/kernel.h")) {
            files.put(path, "int x;\n");
        }
        files.put("lib/zstd/common.c", "int z;\n");                                // profile: vendored (zstd)
        files.put("lib/zstd/decompress.c", "int d;\n");
        files.put("lib/sort.c", "/* DO NOT EDIT: made by gen.py */\n");         // marker: generated
        try (TestHistory history = TestHistory.bare(repo)) {
            history.commit("v6.1", files);
        }
    }

    /** The lib row of a plain count with these extra options: lines, vendored, generated, vendored_from. */
    private List<String> libRow(String... options) throws Exception {
        Path csv = Files.createTempFile(dir, "out", ".csv");
        List<String> args = new java.util.ArrayList<>(List.of("count", "--no-cache", "--repo", repo.toString(),
                "--csv", csv.toString()));
        args.addAll(List.of(options));
        assertEquals(0, OxidationCommand.newCommandLine(new PrintWriter(err, true)).execute(args.toArray(String[]::new)),
                err.toString());
        for (CSVRecord record : CSVFormat.DEFAULT.builder().setHeader().get().parse(Files.newBufferedReader(csv))) {
            if (record.get("subsystem").equals("lib")) {
                return List.of(record.get("lines"), record.get("vendored_lines"), record.get("generated_lines"),
                        record.get("vendored_from"));
            }
        }
        throw new AssertionError("no lib row");
    }

    @Test
    void theKernelProfileAndMarkersApplyWithNoOptions() throws Exception {
        assertEquals(List.of("3", "2", "1", "zstd"), libRow());
    }

    @Test
    void profileNoneAndNoMarkersTurnThemOff() throws Exception {
        assertEquals(List.of("3", "0", "1", ""), libRow("--profile", "none"));
        assertEquals(List.of("3", "2", "0", "zstd"), libRow("--no-markers"));
    }

    @Test
    void aWrittenRuleOverridesTheProfile() throws Exception {
        assertEquals(List.of("3", "1", "1", "zstd"), libRow("--origin", "lib/zstd/common.c=written"));
    }

    @Test
    void anUnknownProfileIsOneSentence() {
        int exit = OxidationCommand.newCommandLine(new PrintWriter(err, true)).execute("count", "--repo", repo.toString(),
                "--csv", dir.resolve("x.csv").toString(), "--profile", "bsd");
        assertEquals(2, exit);
        assertEquals("oxidation: --profile takes linux or none, not 'bsd'", err.toString().strip());
        assertFalse(Files.exists(dir.resolve("x.csv")));
    }
}
