package org.oxidation.testing;

import java.time.OffsetDateTime;
import java.util.List;
import org.oxidation.chart.ViewState;
import org.oxidation.model.DirStats;
import org.oxidation.model.FileStats;
import org.oxidation.model.LineCounts;
import org.oxidation.model.Origin;
import org.oxidation.model.Snapshot;
import org.oxidation.model.Timeline;

/** A small counted tree with known numbers, for the treemap's tests. */
public final class SmallTree {

    private SmallTree() {
    }

    public static FileStats file(String name, String language, long lines) {
        return new FileStats(name, language, LineCounts.ofFile(lines, 0, 0, 0));
    }

    public static DirStats dir(String name, List<DirStats> dirs, List<FileStats> files) {
        return new DirStats(name, Origin.WRITTEN, dirs, files);
    }

    /**
     * drivers/gpu: drm 600 C, nova 200 Rust (800 lines, 25% Rust); drivers/net: 200 C; rust: 100 Rust of
     * which 40 vendored in syn.
     */
    public static DirStats tree() {
        DirStats gpu = dir("gpu", List.of(dir("drm", List.of(), List.of(file("drm.c", "C", 600))),
                dir("nova", List.of(), List.of(file("nova.rs", "Rust", 200)))), List.of());
        DirStats net = dir("net", List.of(), List.of(file("net.c", "C", 200)));
        DirStats syn = new DirStats("syn", Origin.vendored("syn", "2.0.106"), List.of(),
                List.of(file("lib.rs", "Rust", 40)));
        DirStats rust = dir("rust", List.of(syn), List.of(file("kernel.rs", "Rust", 60)));
        return dir("", List.of(dir("drivers", List.of(gpu, net), List.of()), rust), List.of());
    }

    /** The tree as the one tag v1.0 of the source "src". */
    public static ViewState state(DirStats root) {
        Snapshot snapshot = Snapshot.counted("v1.0", "0".repeat(40), OffsetDateTime.parse("2024-01-01T00:00:00Z"), root);
        return ViewState.of(new Timeline("src", List.of(snapshot)));
    }
}
