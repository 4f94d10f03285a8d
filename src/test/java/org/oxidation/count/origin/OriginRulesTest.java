package org.oxidation.count.origin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oxidation.count.Grouping;
import org.oxidation.count.Subsystems;
import org.oxidation.model.Breakdown;
import org.oxidation.model.DirStats;
import org.oxidation.model.FileStats;
import org.oxidation.model.InputException;
import org.oxidation.model.LineCounts;
import org.oxidation.model.Origin;
import org.oxidation.model.Snapshot;

class OriginRulesTest {

    @TempDir
    Path dir;

    private static FileStats c(String name, long lines) {
        return new FileStats(name, "C", new LineCounts(1, lines, lines, 0, 0, 0));
    }

    /** The tree with its origins decided by these rules alone (no profile, markers on). */
    private static DirStats resolve(OriginRules rules, DirStats tree) {
        return new OriginResolver(new OriginSettings(rules, OriginSettings.NONE, true)).resolve(tree);
    }

    private static DirStats dir(String name, List<DirStats> dirs, List<FileStats> files) {
        return new DirStats(name, Origin.WRITTEN, dirs, files);
    }

    /** drivers/gpu/drm/amd/include/{a.h 100, asic_reg/b.h 50}, drivers/gpu/drm/amd/amdgpu/c.c 10, fs/d.c 5. */
    private static DirStats tree() {
        DirStats include = dir("include", List.of(dir("asic_reg", List.of(), List.of(c("b.h", 50)))), List.of(c("a.h", 100)));
        DirStats amd = dir("amd", List.of(include, dir("amdgpu", List.of(), List.of(c("c.c", 10)))), List.of());
        DirStats drivers = dir("drivers", List.of(dir("gpu", List.of(dir("drm", List.of(amd), List.of())), List.of())), List.of());
        return dir("", List.of(drivers, dir("fs", List.of(), List.of(c("d.c", 5)))), List.of());
    }

    @Test
    void aUserGlobMarksTheDirectoryAndEverythingBelowIt() {
        DirStats marked = resolve(OriginRules.parse(List.of("drivers/gpu/drm/amd/include/**=generated")), tree());
        assertEquals(Origin.Kind.GENERATED, marked.find("drivers/gpu/drm/amd/include").orElseThrow().origin().kind());
        Snapshot snapshot = Snapshot.counted("v1", "0".repeat(40), java.time.OffsetDateTime.now(), marked);
        Breakdown.Row row = Subsystems.breakdown(snapshot, Grouping.KERNEL).row("drivers/gpu", "C");
        assertEquals(160, row.counts().lines());
        assertEquals(150, row.generatedLines());
        Breakdown without = Subsystems.breakdown(snapshot, Grouping.KERNEL, Set.of(Origin.Kind.GENERATED));
        assertEquals(10, without.row("drivers/gpu", "C").counts().lines());
        assertEquals(5, without.row("fs", "C").counts().lines());
    }

    @Test
    void singleStarStaysWithinOneDirectoryLevel() {
        DirStats marked = resolve(OriginRules.parse(List.of("drivers/*/drm=vendored")), tree());
        assertEquals(Origin.Kind.VENDORED, marked.find("drivers/gpu/drm").orElseThrow().origin().kind());
        DirStats none = resolve(OriginRules.parse(List.of("drivers/*=vendored")), tree());
        assertEquals(Origin.Kind.WRITTEN, none.find("drivers/gpu/drm").orElseThrow().origin().kind());
        assertEquals(Origin.Kind.VENDORED, none.find("drivers/gpu").orElseThrow().origin().kind());
    }

    @Test
    void unmatchedSubtreesAreSharedNotCopied() {
        DirStats original = tree();
        DirStats marked = resolve(OriginRules.parse(List.of("drivers/gpu/drm/amd/include/**=generated")), original);
        assertSame(original.find("fs").orElseThrow(), marked.find("fs").orElseThrow());
        assertSame(original, resolve(OriginRules.NONE, original));
    }

    @Test
    void readsARulesFileWithCommentsAndBlankLines() throws Exception {
        Path file = Files.writeString(dir.resolve("origins"), "# generated register headers\n\n"
                + "drivers/gpu/drm/amd/include/** = generated\nfs=vendored\n");
        DirStats marked = resolve(OriginRules.read(file), tree());
        assertEquals(Origin.Kind.GENERATED, marked.find("drivers/gpu/drm/amd/include").orElseThrow().origin().kind());
        assertEquals(Origin.Kind.VENDORED, marked.find("fs").orElseThrow().origin().kind());
    }

    @Test
    void rejectsMalformedRulesInOneSentence() throws Exception {
        assertEquals("--origin: 'drivers/x' is not GLOB=vendored, GLOB=generated or GLOB=written",
                assertThrows(InputException.class, () -> OriginRules.parse(List.of("drivers/x"))).getMessage());
        Path file = Files.writeString(dir.resolve("bad"), "ok/**=generated\nfs=handwritten\n");
        assertEquals("bad line 2: label 'handwritten' must be vendored, generated or written",
                assertThrows(InputException.class, () -> OriginRules.read(file)).getMessage());
    }

    @Test
    void csvRowsWithOriginCodeColumnsLeaveOutExactCodeLines() {
        Breakdown loaded = new Breakdown("kernel", Map.of("rust", Map.of("Rust",
                new Breakdown.Row(new LineCounts(10, 1000, 700, 200, 100, 40), 600, 0, Map.of("syn", "2.0.106"), 500, 0))));
        Snapshot snapshot = Snapshot.fromBreakdown("v1", "0".repeat(40), java.time.OffsetDateTime.now(), loaded);
        Breakdown.Row row = Subsystems.breakdown(snapshot, Grouping.KERNEL, Set.of(Origin.Kind.VENDORED)).row("rust", "Rust");
        assertEquals(400, row.counts().lines());
        assertEquals(200, row.counts().code(), "700 code lines, 500 of them vendored");
        assertEquals(Map.of(), row.vendoredFrom());
    }

    @Test
    void csvRowsLeaveOutTheirVendoredLinesExactly() {
        Breakdown loaded = new Breakdown("kernel", Map.of("rust", Map.of("Rust",
                new Breakdown.Row(new LineCounts(10, 1000, 700, 200, 100, 40), 600, 0))));
        Snapshot snapshot = Snapshot.fromBreakdown("v1", "0".repeat(40), java.time.OffsetDateTime.now(), loaded);
        Breakdown.Row row = Subsystems.breakdown(snapshot, Grouping.KERNEL, Set.of(Origin.Kind.VENDORED)).row("rust", "Rust");
        assertEquals(400, row.counts().lines());
        assertEquals(400, row.counts().code() + row.counts().comment() + row.counts().blank());
        assertEquals(280, row.counts().code(), "scaled in proportion: 700 * 400 / 1000");
        assertEquals(0, row.vendoredLines());
    }
}
