package org.oxidation.testing;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.oxidation.chart.ViewState;
import org.oxidation.count.MaintainersGrouping;
import org.oxidation.model.Breakdown;
import org.oxidation.model.LineCounts;
import org.oxidation.model.Snapshot;
import org.oxidation.model.Timeline;

/**
 * Two tags of "linux" under MAINTAINERS grouping where dozens of sections start Rust at once. v1: "RUST"
 * 100 lines of Rust, {@value #SECTIONS} sections of C only; v2: section i also has i + 1 lines of Rust.
 */
public final class ManySections {

    public static final int SECTIONS = 40;

    private ManySections() {
    }

    public static ViewState state() {
        Map<String, Map<String, Breakdown.Row>> before = new LinkedHashMap<>();
        Map<String, Map<String, Breakdown.Row>> after = new LinkedHashMap<>();
        before.put("RUST", Map.of("Rust", row(100)));
        after.put("RUST", Map.of("Rust", row(100)));
        for (int i = 0; i < SECTIONS; i++) {
            before.put(section(i), Map.of("C", row(1000)));
            after.put(section(i), Map.of("C", row(1000), "Rust", row(i + 1)));
        }
        OffsetDateTime date = OffsetDateTime.parse("2024-01-01T00:00:00Z");
        Timeline timeline = new Timeline("linux", List.of(
                Snapshot.fromBreakdown("v1", "a".repeat(40), date, new Breakdown("maintainers", before)),
                Snapshot.fromBreakdown("v2", "b".repeat(40), date.plusDays(60), new Breakdown("maintainers", after))));
        return ViewState.of(timeline).withGrouping(MaintainersGrouping.INSTANCE);
    }

    /** The i-th section's name. */
    public static String section(int i) {
        return String.format("INTEL DRIVER %02d", i);
    }

    private static Breakdown.Row row(long lines) {
        return new Breakdown.Row(LineCounts.ofFile(lines, 0, 0, 0), 0, 0);
    }
}
