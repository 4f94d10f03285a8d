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

    /** Equal values (NaN equal to NaN, as {@link java.util.Arrays#equals(double[], double[])} has it), not the same array. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Trend that && java.util.Arrays.equals(ys, that.ys) && label.equals(that.label);
    }

    @Override
    public int hashCode() {
        return 31 * java.util.Arrays.hashCode(ys) + label.hashCode();
    }

    /** {@code y} from the fit's first counted sample on, NaN before it (before Rust arrived). */
    public static double from(org.oxidation.layout.GrowthRate.Fit fit, java.time.OffsetDateTime date, double y) {
        return date.isBefore(fit.origin()) ? Double.NaN : y;
    }
}
