package org.oxidation.count.origin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.oxidation.count.Grouping;
import org.oxidation.count.Subsystems;
import org.oxidation.model.Breakdown;
import org.oxidation.model.DirStats;
import org.oxidation.model.FileStats;
import org.oxidation.model.LineCounts;
import org.oxidation.model.Origin;
import org.oxidation.model.Snapshot;

/**
 * Deciding origins, grouping and listing vendored projects walk a tree far deeper than git allows on a
 * thread with a small stack: nothing recurses once per directory level.
 */
class DeepTreeOriginsTest {

    private static final int DEPTH = 20_000;

    /** d/d/…/d (DEPTH levels) with a one-line C file at every level and a vendored crate README at the bottom. */
    private static DirStats deepTree() {
        DirStats dir = new DirStats("d", Origin.vendored("deep", "1.0"), List.of(),
                List.of(new FileStats("bottom.c", "C", LineCounts.ofFile(1, 0, 0, 0))));
        for (int level = DEPTH - 1; level > 0; level--) {
            dir = new DirStats("d", Origin.INHERITED, List.of(dir),
                    List.of(new FileStats("f.c", "C", LineCounts.ofFile(1, 0, 0, 0), level == 5 ? GeneratedMarkers.MARKED : Origin.INHERITED)));
        }
        return new DirStats("", Origin.INHERITED, List.of(dir), List.of());
    }

    @Test
    void aTreeTwentyThousandLevelsDeepIsResolvedAndGroupedOnASmallStack() throws Exception {
        AtomicReference<Object> result = new AtomicReference<>();
        Thread small = new Thread(null, () -> {
            try {
                DirStats resolved = new OriginResolver(OriginSettings.DEFAULT.withRules(
                        OriginRules.parse(List.of("d/d/d/f.c=generated")))).resolve(deepTree());
                Snapshot snapshot = Snapshot.counted("v1", "0".repeat(40), OffsetDateTime.parse("2024-01-01T00:00:00Z"), resolved);
                Breakdown.Row row = Subsystems.breakdown(snapshot, Grouping.parse("depth:1"), Set.of()).row("d", "C");
                result.set(List.of(row.counts().lines(), row.vendoredLines(), row.generatedLines(),
                        VendoringEvents.projectsOf(snapshot)));
            } catch (Throwable e) {
                result.set(e);
            }
        }, "small-stack", 256 * 1024);
        small.start();
        small.join(120_000);
        // DEPTH - 1 files "f.c" and "bottom.c"; the crate's one line vendored; generated: the ruled file at
        // level 3 and the marked one at level 5.
        assertEquals(List.of((long) DEPTH, 1L, 2L, java.util.Map.of("deep", "1.0")), result.get());
    }
}
