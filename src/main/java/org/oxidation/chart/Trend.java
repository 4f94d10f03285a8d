package org.oxidation.chart;

/**
 * A fitted growth drawn dashed over a chart: its value at each sample (in the chart's y units; NaN
 * before the fit's first sample, where there was nothing to fit) and its label, "Rust lines double every
 * 7.5 months". Immutable.
 */
public record Trend(double[] ys, String label) {

    public Trend {
        ys = ys.clone();
    }

    /** {@code y} from the fit's first counted sample on, NaN before it (before Rust arrived). */
    public static double from(org.oxidation.layout.GrowthRate.Fit fit, java.time.OffsetDateTime date, double y) {
        return date.isBefore(fit.origin()) ? Double.NaN : y;
    }
}
