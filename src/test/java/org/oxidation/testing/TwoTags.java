package org.oxidation.testing;

import static org.oxidation.testing.SmallTree.dir;
import static org.oxidation.testing.SmallTree.file;

import java.time.OffsetDateTime;
import java.util.List;
import org.oxidation.chart.ViewState;
import org.oxidation.model.DirStats;
import org.oxidation.model.Snapshot;
import org.oxidation.model.Timeline;

/**
 * Two counted tags of a small tree, for the chart models' tests. v1.0: drivers/gpu/drm/drm.c 600 C,
 * rust/kernel.rs 60 Rust. v1.1 adds drivers/gpu/nova/nova.rs, 200 Rust, and drivers/net/net.c, 100 C.
 */
public final class TwoTags {

    private TwoTags() {
    }

    public static ViewState state() {
        DirStats drm = dir("drm", List.of(), List.of(file("drm.c", "C", 600)));
        DirStats rust = dir("rust", List.of(), List.of(file("kernel.rs", "Rust", 60)));
        DirStats v10 = dir("", List.of(dir("drivers", List.of(dir("gpu", List.of(drm), List.of())), List.of()), rust),
                List.of());
        DirStats nova = dir("nova", List.of(), List.of(file("nova.rs", "Rust", 200)));
        DirStats net = dir("net", List.of(), List.of(file("net.c", "C", 100)));
        DirStats v11 = dir("", List.of(dir("drivers", List.of(dir("gpu", List.of(drm, nova), List.of()), net),
                List.of()), rust), List.of());
        OffsetDateTime date = OffsetDateTime.parse("2024-01-01T00:00:00Z");
        return ViewState.of(new Timeline("src", List.of(Snapshot.counted("v1.0", "a".repeat(40), date, v10),
                Snapshot.counted("v1.1", "b".repeat(40), date.plusDays(30), v11))));
    }
}
