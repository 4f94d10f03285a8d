package org.oxidation.chart;

import java.util.Locale;
import org.oxidation.layout.Units;
import org.oxidation.model.LanguageCounts;
import org.oxidation.model.Origin;

/** Words and numbers shared by the views' titles, labels and tooltips. Stateless and thread-safe. */
public final class Describe {

    private Describe() {
    }

    /** An exact count with thousands separators: "1,234,567". */
    public static String exact(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** Rust's share of C plus Rust, 0 for neither. */
    public static double rustShare(LanguageCounts totals, Metric metric) {
        long c = metric.of(totals.get("C"));
        long rust = metric.of(totals.get("Rust"));
        return c + rust == 0 ? 0 : (double) rust / (c + rust);
    }

    /** C plus Rust in the metric: the size of a tile. */
    public static long size(LanguageCounts totals, Metric metric) {
        return metric.of(totals.get("C")) + metric.of(totals.get("Rust"));
    }

    /** The tooltip text of a tile: path, C, Rust, share and, for copied code, where it comes from. */
    public static String tooltip(String path, LanguageCounts totals, Metric metric, Origin origin) {
        StringBuilder text = new StringBuilder(path)
                .append("\nC: ").append(exact(metric.of(totals.get("C")))).append(' ').append(metric)
                .append("\nRust: ").append(exact(metric.of(totals.get("Rust")))).append(' ').append(metric)
                .append("\nRust share: ").append(Units.percent(rustShare(totals, metric)));
        if (origin.kind() != Origin.Kind.WRITTEN) {
            text.append('\n').append(origin.kind().word()).append(": ").append(origin.describe());
        }
        return text.toString();
    }
}
