package org.oxidation.count;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oxidation.count.FirstRust.Start;
import org.oxidation.model.Snapshot;
import org.oxidation.model.Timeline;
import org.oxidation.testing.RustArrivals;

class FirstRustTest {

    @TempDir
    Path dir;

    @Test
    void eachSubsystemStartsAtTheFirstTagWithARustFileAndNamesTheFilesOfThatTag() throws Exception {
        FirstRust first = FirstRust.of(RustArrivals.counted(dir).snapshots(), Grouping.KERNEL);

        assertEquals(new Start("rust", 0, "v1.0", List.of("rust/kernel/lib.rs"), 0, true),
                first.startOf("rust").orElseThrow());
        // gsp.rs and nova.rs came at v1.1; fw.rs, added at v1.2, is not part of the start.
        assertEquals(new Start("drivers/gpu", 1, "v1.1",
                List.of("drivers/gpu/nova/gsp.rs", "drivers/gpu/nova/nova.rs"), 0, true),
                first.startOf("drivers/gpu").orElseThrow());
        assertEquals(new Start("drivers/net", 2, "v1.2", List.of("drivers/net/phy.rs"), 0, true),
                first.startOf("drivers/net").orElseThrow());
        assertTrue(first.startOf("kernel").isEmpty(), "C only");
    }

    @Test
    void startsAreOrderedByTagThenSubsystemAndTheFirstTagIsNoNews() throws Exception {
        FirstRust first = FirstRust.of(RustArrivals.counted(dir).snapshots(), Grouping.KERNEL);

        assertEquals(List.of("rust", "drivers/gpu", "drivers/block", "drivers/net"),
                first.starts().stream().map(Start::subsystem).toList());
        assertEquals(List.of("drivers/gpu", "drivers/block", "drivers/net"),
                first.afterFirstTag().stream().map(Start::subsystem).toList());
    }

    @Test
    void aStartWithManyFilesListsTheFirstTenByPathAndCountsTheRest() throws Exception {
        Start block = FirstRust.of(RustArrivals.counted(dir).snapshots(), Grouping.KERNEL)
                .startOf("drivers/block").orElseThrow();

        assertEquals(FirstRust.MAX_PATHS, block.paths().size());
        assertEquals("drivers/block/r00.rs", block.paths().get(0));
        assertEquals("drivers/block/r09.rs", block.paths().get(9));
        assertEquals(RustArrivals.BLOCK_FILES - FirstRust.MAX_PATHS, block.morePaths());
    }

    @Test
    void theGroupingDecidesWhatASubsystemIs() throws Exception {
        FirstRust first = FirstRust.of(RustArrivals.counted(dir).snapshots(), Grouping.depth(1));

        // Under "drivers" as one subsystem, its Rust starts with gpu's two files at v1.1.
        assertEquals(List.of("rust", "drivers"), first.starts().stream().map(Start::subsystem).toList());
        assertEquals(1, first.startOf("drivers").orElseThrow().tagIndex());
        assertEquals(2, first.startOf("drivers").orElseThrow().paths().size());
    }

    @Test
    void snapshotsReadFromCsvGiveTheTagWithoutFiles() throws Exception {
        Timeline counted = RustArrivals.counted(dir);
        List<Snapshot> fromCsv = counted.snapshots().stream()
                .map(s -> Snapshot.fromBreakdown(s.tag(), s.commitId(), s.date(), Subsystems.breakdown(s, Grouping.KERNEL)))
                .toList();

        Start net = FirstRust.of(fromCsv, Grouping.KERNEL).startOf("drivers/net").orElseThrow();
        assertEquals("v1.2", net.tag());
        assertFalse(net.filesKnown());
        assertEquals(List.of(), net.paths());
        assertEquals(0, net.morePaths());
    }
}
