package org.oxidation.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oxidation.count.Grouping;
import org.oxidation.count.Subsystems;
import org.oxidation.model.LineCounts;
import org.oxidation.model.ProgressMonitor;
import org.oxidation.model.Snapshot;
import org.oxidation.model.TagComparison;
import org.oxidation.model.TagComparison.Change;
import org.oxidation.model.TagComparison.CrateChange;
import org.oxidation.model.TagComparison.RustFileChange;
import org.oxidation.model.TagComparison.SubsystemRow;
import org.oxidation.model.Timeline;
import org.oxidation.testing.TestHistory;

class TagComparerTest {

    @TempDir
    Path dir;

    /** Ten code lines; at v2 it moves to drivers/gpu/nova/ with one line added (11 lines). */
    private static final String DRIVER_RS = "fn a() {}\nfn b() {}\nfn c() {}\nfn d() {}\nfn e() {}\n"
            + "fn f() {}\nfn g() {}\nfn h() {}\nfn i() {}\nfn j() {}\n";

    private static String syn(String version) {
        return "These source files come from the Rust `syn` crate, version\n" + version + "\n";
    }

    private Timeline history() throws Exception {
        try (TestHistory history = TestHistory.bare(dir.resolve("repo.git"))) {
            Map<String, String> v1 = new HashMap<>();
            v1.put("drivers/net/a.c", "int a;\nint b;\nint c;\n");           // C 3
            v1.put("rust/kernel/lib.rs", "fn k() {}\nfn l() {}\n");           // Rust 2
            v1.put("rust/old.rs", "unsafe fn old() {}\n");                    // Rust 1 (1 unsafe), removed at v2
            v1.put("drivers/gpu/x.rs", DRIVER_RS);                            // Rust 10, renamed at v2
            v1.put("rust/syn/README.md", syn("2.0.1"));
            v1.put("rust/syn/lib.rs", "fn syn() {}\n");                       // Rust 1, vendored
            history.commit("v1.0", v1);
            Map<String, String> v2 = new HashMap<>();
            v2.put("drivers/net/a.c", "int a;\nint b;\nint c;\nint d;\n");   // C 4
            v2.put("drivers/net/phy/new.rs", "fn n() {}\nunsafe fn m() {} // unsafe\n"); // Rust 2 (1 unsafe), added
            v2.put("rust/kernel/lib.rs", "fn k() {}\nfn l() {}\n");
            v2.put("drivers/gpu/nova/x.rs", DRIVER_RS + "// no unsafe code\n"); // Rust 11, 0 unsafe: a comment
            v2.put("rust/syn/README.md", syn("2.0.2"));
            v2.put("rust/syn/lib.rs", "fn syn() {}\n");
            v2.put("rust/quote/README.md", "These source files come from the Rust `quote` crate, version 1.0.40\n");
            v2.put("rust/quote/lib.rs", "fn quote() {}\n");                   // Rust 1, added
            history.commit("v2.0", v2);
        }
        try (CountSession session = CountSession.open(dir.resolve("repo.git"), CacheSettings.disabled(), 1,
                ProgressMonitor.NONE)) {
            return session.sampleAll(session.tags(TagSelector.compile(TagSelector.DEFAULT_PATTERN), TagOrder.VERSION),
                    ProgressMonitor.NONE, s -> { });
        }
    }

    private TagComparison compare(Timeline timeline) {
        try (CountSession session = CountSession.open(dir.resolve("repo.git"), CacheSettings.disabled(), 1,
                ProgressMonitor.NONE)) {
            return TagComparer.compare(session.repository(), timeline.snapshots().get(0), timeline.snapshots().get(1),
                    Grouping.KERNEL, Set.of());
        }
    }

    private static SubsystemRow row(TagComparison comparison, String subsystem) {
        return comparison.rows().stream().filter(r -> r.subsystem().equals(subsystem)).findFirst().orElseThrow();
    }

    @Test
    void subsystemRowsHoldCAndRustAtBothTags() throws Exception {
        TagComparison comparison = compare(history());
        SubsystemRow net = row(comparison, "drivers/net");
        assertEquals(List.of(3L, 4L, 0L, 2L), List.of(net.cA().lines(), net.cB().lines(), net.rustA().lines(),
                net.rustB().lines()));
        assertEquals(2, net.rustChange(LineCounts::lines));
        assertEquals(1, net.cChange(LineCounts::lines));
        assertEquals(0.0, net.shareA(LineCounts::lines));
        assertEquals(2.0 / 6, net.shareB(LineCounts::lines), 1e-12);
        SubsystemRow gpu = row(comparison, "drivers/gpu");
        assertEquals(10, gpu.rustA().lines());
        assertEquals(11, gpu.rustB().lines());
        SubsystemRow rust = row(comparison, "rust");
        assertEquals(4, rust.rustA().lines(), "lib 2 + old 1 + syn 1");
        assertEquals(4, rust.rustB().lines(), "lib 2 + syn 1 + quote 1");
        assertEquals(1.0, rust.shareB(LineCounts::lines));
    }

    @Test
    void unsafeCountsRustCodeLinesWithTheKeywordNotComments() throws Exception {
        TagComparison comparison = compare(history());
        assertEquals(List.of(0L, 1L), unsafeAtBothTags(row(comparison, "drivers/net")), "new.rs: one unsafe fn");
        assertEquals(List.of(0L, 0L), unsafeAtBothTags(row(comparison, "drivers/gpu")), "only a comment says unsafe");
        assertEquals(List.of(1L, 0L), unsafeAtBothTags(row(comparison, "rust")), "old.rs, removed at v2");
        assertEquals(List.of(1L, 1L), unsafeAtBothTags(comparison.total()));
    }

    private static List<Long> unsafeAtBothTags(SubsystemRow row) {
        return List.of(row.rustA().unsafeLines(), row.rustB().unsafeLines());
    }

    @Test
    void aMovedFileWithASmallEditIsOneRenameNotARemovalAndAnAddition() throws Exception {
        TagComparison comparison = compare(history());
        assertTrue(comparison.filesKnown());
        List<String> described = comparison.rustFiles().stream()
                .map(f -> f.change() + " " + f.oldPath() + " " + f.newPath() + " " + f.linesA().lines() + " " + f.linesB().lines())
                .toList();
        assertEquals(List.of(
                "RENAMED drivers/gpu/x.rs drivers/gpu/nova/x.rs 10 11",
                "ADDED  drivers/net/phy/new.rs 0 2",
                "REMOVED rust/old.rs  1 0",
                "ADDED  rust/quote/lib.rs 0 1"), described);
    }

    @Test
    void vendoredCratesAddedAndUpgradedComeFromTheOrigins() throws Exception {
        TagComparison comparison = compare(history());
        assertEquals(List.of(new CrateChange(Change.ADDED, "quote", "", "1.0.40"),
                new CrateChange(Change.UPGRADED, "syn", "2.0.1", "2.0.2")), comparison.crates());
    }

    @Test
    void withoutARepositoryOnlyTheSubsystemRowsAreKnown() throws Exception {
        Timeline timeline = history();
        Snapshot a = timeline.snapshots().get(0);
        Snapshot b = timeline.snapshots().get(1);
        Snapshot csvA = Snapshot.fromBreakdown(a.tag(), a.commitId(), a.date(), Subsystems.breakdown(a, Grouping.KERNEL));
        Snapshot csvB = Snapshot.fromBreakdown(b.tag(), b.commitId(), b.date(), Subsystems.breakdown(b, Grouping.KERNEL));
        TagComparison comparison = TagComparer.compare(null, csvA, csvB, Grouping.KERNEL, Set.of());
        assertFalse(comparison.filesKnown());
        assertTrue(comparison.rustFiles().isEmpty());
        assertEquals(compare(timeline).rows(), comparison.rows());
    }

    @Test
    void rustFileChangesSortByTheirShownPath() {
        RustFileChange removed = new RustFileChange(Change.REMOVED, "b.rs", "", LineCounts.ZERO, LineCounts.ZERO);
        RustFileChange added = new RustFileChange(Change.ADDED, "", "a.rs", LineCounts.ZERO, LineCounts.ZERO);
        assertEquals(List.of(added, removed),
                new TagComparison("x", "y", List.of(), List.of(removed, added), List.of(), true).rustFiles());
    }
}
