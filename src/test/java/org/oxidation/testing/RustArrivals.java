package org.oxidation.testing;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.oxidation.git.CacheSettings;
import org.oxidation.git.CountSession;
import org.oxidation.git.TagOrder;
import org.oxidation.git.TagSelector;
import org.oxidation.model.ProgressMonitor;
import org.oxidation.model.Timeline;

/**
 * A three-tag history in which Rust arrives in subsystems one after another (kernel grouping):
 * <ul>
 *   <li>v1.0: C in kernel, drivers/gpu and drivers/net; Rust only in rust/ (there from the start);</li>
 *   <li>v1.1: drivers/gpu gets its first Rust, two files under drivers/gpu/nova/;</li>
 *   <li>v1.2: drivers/net gets its first Rust (phy.rs), drivers/block twelve files at once (more than a
 *       tooltip lists), and drivers/gpu one more file (not a start).</li>
 * </ul>
 * Not thread-safe.
 */
public final class RustArrivals {

    /** The twelve Rust files drivers/block starts with, r00.rs to r11.rs. */
    public static final int BLOCK_FILES = 12;

    private RustArrivals() {
    }

    /** Builds the history in {@code dir} and counts every tag. */
    public static Timeline counted(Path dir) throws Exception {
        Path repository = dir.resolve("arrivals.git");
        try (TestHistory history = TestHistory.bare(repository)) {
            Map<String, String> files = new LinkedHashMap<>();
            files.put("kernel/sched.c", "int a;\n");
            files.put("drivers/gpu/drm.c", "int d;\n");
            files.put("drivers/net/eth.c", "int e;\n");
            files.put("rust/kernel/lib.rs", "fn f() {}\n");
            history.commit("v1.0", files);
            files.put("drivers/gpu/nova/nova.rs", "fn n() {}\n");
            files.put("drivers/gpu/nova/gsp.rs", "fn g() {}\n");
            history.commit("v1.1", files);
            files.put("drivers/net/phy.rs", "fn p() {}\n");
            files.put("drivers/gpu/nova/fw.rs", "fn w() {}\n");
            for (int i = 0; i < BLOCK_FILES; i++) {
                files.put(String.format("drivers/block/r%02d.rs", i), "fn r() {}\n");
            }
            history.commit("v1.2", files);
        }
        try (CountSession session = CountSession.open(repository, CacheSettings.disabled(), 1, ProgressMonitor.NONE)) {
            return session.sampleAll(session.tags(TagSelector.compile(TagSelector.DEFAULT_PATTERN), TagOrder.VERSION),
                    ProgressMonitor.NONE, snapshot -> { });
        }
    }
}
