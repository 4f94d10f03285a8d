package org.oxidation.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oxidation.count.Grouping;
import org.oxidation.count.LanguageRules;
import org.oxidation.count.Subsystems;
import org.oxidation.git.BlobCounts;
import org.oxidation.git.HistorySampler;
import org.oxidation.git.TagOrder;
import org.oxidation.git.TagSelector;
import org.oxidation.model.Breakdown;
import org.oxidation.model.InputException;
import org.oxidation.model.LineCounts;
import org.oxidation.model.ProgressMonitor;
import org.oxidation.model.Snapshot;
import org.oxidation.model.Timeline;
import org.oxidation.testing.TestHistory;

class CsvRoundTripTest {

    @TempDir
    Path dir;

    @Test
    void readingBackTheCsvGivesTheSameModel() throws Exception {
        Timeline counted;
        try (TestHistory history = TestHistory.bare(dir.resolve("repo"))) {
            history.commit("v1.0", Map.of("drivers/net/a.c", "int a; // x\n/* y */\n\n", "kernel/b.h", "int b;\n"));
            history.commit("v1.1", Map.of("drivers/net/a.c", "int a;\n", "rust/kernel/c.rs", "unsafe fn c() {}\n",
                    "rust/syn/README.md", "These source files come from the Rust `syn` crate, version 2.0.1\n",
                    "rust/syn/lib.rs", "// s\nfn s() {}\n", "sub, with \"comma\"/x.c", "int q;\n"));
            try (HistorySampler sampler = new HistorySampler(history.repository(), LanguageRules.standard(),
                    new BlobCounts(), 2)) {
                counted = sampler.sampleAll("repo", TagSelector.select(history.repository(), TagSelector.compile(".*"),
                        TagOrder.VERSION, ProgressMonitor.NONE), ProgressMonitor.NONE, s -> { });
            }
        }
        List<CsvWriter.Entry> entries = new ArrayList<>();
        for (Snapshot snapshot : counted.snapshots()) {
            entries.add(new CsvWriter.Entry(snapshot, Subsystems.breakdown(snapshot, Grouping.KERNEL)));
        }
        Path csv = dir.resolve("counts.csv");
        CsvWriter.write(csv, entries);
        Timeline read = CsvReader.read(csv);

        assertEquals(counted.tags(), read.tags());
        for (int i = 0; i < entries.size(); i++) {
            Snapshot original = counted.snapshots().get(i);
            Snapshot loaded = read.snapshots().get(i);
            assertEquals(original.commitId(), loaded.commitId());
            assertEquals(original.date(), loaded.date());
            assertEquals(entries.get(i).breakdown().rows(), Subsystems.breakdown(loaded, Grouping.KERNEL).rows());
        }
        Breakdown.Row rust = read.snapshots().get(1).loaded().row("rust", "Rust");
        assertEquals(new LineCounts(2, 3, 2, 1, 0, 1), rust.counts());
        assertEquals(2, rust.vendoredLines());
        assertTrue(read.snapshots().get(1).loaded().subsystems().contains("sub, with \"comma\""));
    }

    @Test
    void readsAnOlderCsvWithoutTheAppendedColumns() throws Exception {
        String old = "tag,commit,date,subsystem,language,files,lines,code,comment,blank\n"
                + "v6.1,0123456789012345678901234567890123456789,2022-12-11T14:15:00-08:00,rust,Rust,3,120,100,15,5\n";
        Timeline timeline = CsvReader.read(new StringReader(old), "old.csv", "csv");
        Breakdown.Row row = timeline.snapshots().get(0).loaded().row("rust", "Rust");
        assertEquals(new LineCounts(3, 120, 100, 15, 5, 0), row.counts());
        assertEquals(0, row.vendoredLines());
    }

    @Test
    void rejectsAFileThatIsNotACountsCsv() {
        InputException e = assertThrows(InputException.class,
                () -> CsvReader.read(new StringReader("name,value\na,1\n"), "x.csv", "csv"));
        assertTrue(e.getMessage().startsWith("not a counts CSV: x.csv lacks the column(s) tag, commit"), e.getMessage());
    }

    @Test
    void rejectsRowsWhoseLinesDoNotAddUp() {
        String bad = "tag,commit,date,subsystem,language,files,lines,code,comment,blank\n"
                + "v6.1,abc,2022-12-11T14:15:00-08:00,rust,Rust,3,999,100,15,5\n";
        InputException e = assertThrows(InputException.class, () -> CsvReader.read(new StringReader(bad), "x.csv", "csv"));
        assertTrue(e.getMessage().startsWith("x.csv line 2: lines 999"), e.getMessage());
    }
}
