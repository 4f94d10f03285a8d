package org.oxidation.count;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oxidation.git.BlobCounts;
import org.oxidation.git.HistorySampler;
import org.oxidation.git.TagOrder;
import org.oxidation.git.TagSelector;
import org.oxidation.model.Breakdown;
import org.oxidation.model.DirStats;
import org.oxidation.model.FileStats;
import org.oxidation.model.LineCounts;
import org.oxidation.model.Origin;
import org.oxidation.model.ProgressMonitor;
import org.oxidation.model.Snapshot;
import org.oxidation.model.Timeline;
import org.oxidation.testing.TestHistory;

class MaintainersGroupingTest {

    @TempDir
    Path dir;

    @Test
    void sectionsComeFromEachTagsOwnMaintainersAndAddUpToTheTotal() throws Exception {
        Map<String, String> files = new HashMap<>(Map.of(
                "drivers/net/a.c", "int a;\n\n",
                "drivers/net/phy/p.rs", "fn p() {}\n// x\n",
                "rust/kernel/lib.rs", "fn k() {}\n",
                "fs/inode.c", "int i;\nint j;\n"));
        Timeline timeline;
        try (TestHistory history = TestHistory.bare(dir)) {
            history.commit("v1.0", files);
            files.put("MAINTAINERS", "NET\nF:\tdrivers/net/\n\nRUST\nF:\trust/\n");
            history.commit("v1.1", files);
            files.put("MAINTAINERS", "NET\nF:\tdrivers/net/\n\nPHY\nF:\tdrivers/net/phy/\n\nRUST\nF:\trust/\n");
            history.commit("v1.2", files);
            try (HistorySampler sampler = new HistorySampler(history.repository(), LanguageRules.standard(),
                    new BlobCounts(), 2)) {
                timeline = sampler.sampleAll("t", TagSelector.select(history.repository(), TagSelector.compile(".*"),
                        TagOrder.VERSION, ProgressMonitor.NONE), ProgressMonitor.NONE, s -> { });
            }
        }
        Grouping maintainers = Grouping.parse("maintainers");
        Breakdown noFile = Subsystems.breakdown(timeline.snapshots().get(0), maintainers);
        assertEquals("kernel", noFile.grouping(), "a tag without MAINTAINERS falls back to the kernel grouping");

        Breakdown first = Subsystems.breakdown(timeline.snapshots().get(1), maintainers);
        assertEquals("maintainers", first.grouping());
        assertEquals(List.of("(no MAINTAINERS entry)", "NET", "RUST"), List.copyOf(first.subsystems()));
        assertEquals(2, first.row("NET", "Rust").counts().lines());

        Breakdown second = Subsystems.breakdown(timeline.snapshots().get(2), maintainers);
        assertEquals(List.of("(no MAINTAINERS entry)", "NET", "PHY", "RUST"), List.copyOf(second.subsystems()));
        assertEquals(new LineCounts(1, 2, 1, 1, 0, 0), second.row("PHY", "Rust").counts());
        assertEquals(2, second.row("(no MAINTAINERS entry)", "C").counts().lines());

        for (var snapshot : timeline.snapshots()) {
            Breakdown kernel = Subsystems.breakdown(snapshot, Grouping.KERNEL);
            Breakdown bySection = Subsystems.breakdown(snapshot, maintainers);
            for (String language : List.of("C", "Rust")) {
                assertEquals(kernel.total(language), bySection.total(language), snapshot.tag() + " " + language);
            }
        }
    }

    /**
     * get_maintainer.pl reads "F: drivers/foo" as a directory where the tree has one, else as a file prefix
     * (drivers/foo_new.c). Two tags with the same MAINTAINERS text but different trees each get their own
     * reading, whichever was grouped first.
     */
    @Test
    void aPatternIsADirectoryOnlyInTheTagsWhoseTreeHasIt() {
        for (boolean withDirectoryFirst : new boolean[] {true, false}) {
            // A text of its own per order: the grouping keeps its parses for the whole run.
            String text = "FOO " + withDirectoryFirst + "\nF:\tdrivers/foo\n";
            Snapshot withDirectory = snapshot("v1.0", text, "drivers/foo/x.c");
            Snapshot withFile = snapshot("v1.1", text, "drivers/foo_new.c");
            List<Snapshot> order = withDirectoryFirst ? List.of(withDirectory, withFile) : List.of(withFile, withDirectory);
            for (Snapshot snapshot : order) {
                String onlyFile = snapshot == withDirectory ? "drivers/foo/x.c" : "drivers/foo_new.c";
                assertEquals("FOO " + withDirectoryFirst,
                        Grouping.parse("maintainers").forSnapshot(snapshot).subsystemOf(onlyFile),
                        snapshot.tag() + " after " + order.get(0).tag());
            }
        }
    }

    private static Snapshot snapshot(String tag, String maintainers, String path) {
        String[] parts = path.split("/");
        DirStats dir = new DirStats(parts[parts.length - 2], Origin.WRITTEN, List.of(),
                List.of(new FileStats(parts[parts.length - 1], "C", LineCounts.ofFile(1, 0, 0, 0))));
        for (int i = parts.length - 3; i >= 0; i--) {
            dir = new DirStats(parts[i], Origin.WRITTEN, List.of(dir), List.of());
        }
        DirStats root = new DirStats("", Origin.WRITTEN, List.of(dir), List.of());
        return Snapshot.counted(tag, "0".repeat(40), java.time.OffsetDateTime.parse("2024-01-01T00:00:00Z"), root)
                .withMaintainers(maintainers);
    }
}
