package org.oxidation.git;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oxidation.model.Breakdown;
import org.oxidation.model.LineCounts;

class BreakdownStoreTest {

    private static final ObjectId TREE_A = ObjectId.fromString("0123456789abcdef0123456789abcdef01234567");
    private static final ObjectId TREE_B = ObjectId.fromString("ffffffffffffffffffffffffffffffffffffffff");
    private static final String KERNEL = "group kernel";
    private static final String MAINTAINERS = "group maintainers";

    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();

    /** drivers: 2 C files (120 lines, 10 of them vendored) and 1 Rust file; rust: 5 Rust files, 3 generated lines. */
    private static Breakdown kernelRows() {
        return new Breakdown("kernel", Map.of(
                "drivers", Map.of(
                        "C", new Breakdown.Row(new LineCounts(2, 120, 100, 15, 5, 0), 10, 0),
                        "Rust", new Breakdown.Row(new LineCounts(1, 40, 30, 8, 2, 4), 0, 0)),
                "rust", Map.of(
                        "Rust", new Breakdown.Row(new LineCounts(5, 5_000_000_000L, 4_000_000_000L, 999_999_999L, 1, 300), 0, 3))));
    }

    /** A tag without MAINTAINERS: asked for by section, grouped by kernel subsystem. */
    private static Breakdown fallbackRows() {
        return new Breakdown("kernel", Map.of("fs", Map.of("C", new Breakdown.Row(new LineCounts(1, 3, 1, 1, 1, 0), 0, 0))));
    }

    private static Breakdown maintainersRows() {
        return new Breakdown("maintainers", Map.of("RUST", Map.of("Rust", new Breakdown.Row(new LineCounts(1, 9, 9, 0, 0, 1), 0, 0)),
                "(no MAINTAINERS entry)", Map.of("C", new Breakdown.Row(new LineCounts(3, 7, 4, 2, 1, 0), 0, 0))));
    }

    @Test
    void savedRowsLoadBackEqualUnderTheirTreeAndSettings() throws Exception {
        Path file = dir.resolve("c/breakdowns.bin");
        Files.createDirectories(file.getParent());
        BreakdownStore store = loaded(file, 7);
        store.put(TREE_A, KERNEL, kernelRows());
        store.put(TREE_A, MAINTAINERS, maintainersRows());
        store.put(TREE_B, MAINTAINERS, fallbackRows());
        store.save();

        BreakdownStore loaded = loaded(file, 7);
        assertEquals(3, loaded.size());
        assertEquals(kernelRows(), loaded.get(TREE_A, KERNEL));
        assertEquals(maintainersRows(), loaded.get(TREE_A, MAINTAINERS));
        assertEquals(fallbackRows(), loaded.get(TREE_B, MAINTAINERS));
        assertEquals("kernel", loaded.get(TREE_B, MAINTAINERS).grouping(), "the grouping a tag fell back to");
        assertNull(loaded.get(TREE_B, KERNEL), "other settings are another key");
        assertTrue(warnings.isEmpty(), warnings.toString());
    }

    @Test
    void aSecondSaveAppendsOnlyTheNewRows() throws Exception {
        Path file = dir.resolve("breakdowns.bin");
        BreakdownStore store = loaded(file, 1);
        store.put(TREE_A, KERNEL, kernelRows());
        store.save();
        byte[] first = Files.readAllBytes(file);
        store.save();
        assertArrayEquals(first, Files.readAllBytes(file), "nothing new, nothing written");
        store.put(TREE_B, KERNEL, fallbackRows());
        store.save();
        byte[] second = Files.readAllBytes(file);
        assertArrayEquals(first, Arrays.copyOf(second, first.length), "appended, not rewritten");

        BreakdownStore loaded = loaded(file, 1);
        assertEquals(fallbackRows(), loaded.get(TREE_B, KERNEL));
        assertEquals(kernelRows(), loaded.get(TREE_A, KERNEL));
    }

    @Test
    void nothingIsSavedBeforeTheFileWasRead() throws Exception {
        Path file = dir.resolve("breakdowns.bin");
        BreakdownStore theirs = loaded(file, 1);
        theirs.put(TREE_A, KERNEL, kernelRows());
        theirs.save();
        byte[] saved = Files.readAllBytes(file);
        BreakdownStore notLoaded = new BreakdownStore(file, 1);
        notLoaded.put(TREE_B, KERNEL, fallbackRows());
        notLoaded.save(); // e.g. a checkpoint before the load: it must not rewrite what it has not read
        assertArrayEquals(saved, Files.readAllBytes(file));
    }

    @Test
    void savingMergesWhatAnotherProcessSavedMeanwhile() throws Exception {
        Path file = dir.resolve("breakdowns.bin");
        BreakdownStore mine = loaded(file, 1);
        BreakdownStore theirs = loaded(file, 1);
        theirs.put(TREE_A, KERNEL, kernelRows());
        theirs.save();
        mine.put(TREE_B, KERNEL, fallbackRows());
        mine.save();

        BreakdownStore loaded = loaded(file, 1);
        assertEquals(2, loaded.size());
        assertEquals(kernelRows(), loaded.get(TREE_A, KERNEL));
    }

    @Test
    void corruptTruncatedAndOtherRulesFilesAreIgnoredWithOneWarning() throws Exception {
        Path file = dir.resolve("breakdowns.bin");
        BreakdownStore store = loaded(file, 1);
        store.put(TREE_A, KERNEL, kernelRows());
        store.save();
        byte[] good = Files.readAllBytes(file);

        byte[] corrupt = good.clone();
        corrupt[good.length - 5] ^= 0x40;
        assertIgnored(file, corrupt, 1);
        assertIgnored(file, Arrays.copyOf(good, good.length - 7), 1);
        assertIgnored(file, good, 2); // written for other counting rules

        Files.write(file, corrupt);
        BreakdownStore rebuilt = new BreakdownStore(file, 1);
        rebuilt.load(message -> { });
        rebuilt.put(TREE_B, KERNEL, fallbackRows());
        rebuilt.save();
        BreakdownStore loaded = loaded(file, 1);
        assertEquals(fallbackRows(), loaded.get(TREE_B, KERNEL), "the rewritten file is whole again");
    }

    /** A store that has read its file first, as a session uses it. */
    private BreakdownStore loaded(Path file, int rulesVersion) {
        BreakdownStore store = new BreakdownStore(file, rulesVersion);
        store.load(warnings::add);
        return store;
    }

    private void assertIgnored(Path file, byte[] bytes, int rulesVersion) throws Exception {
        Files.write(file, bytes);
        warnings.clear();
        BreakdownStore store = loaded(file, rulesVersion);
        assertEquals(0, store.size());
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("ignoring the breakdown cache"), warnings.get(0));
    }
}
