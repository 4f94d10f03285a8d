package org.oxidation.layout;

/**
 * A linear axis from 0 with "nice" ticks: the spacing is 1, 2 or 5 times a power of ten and the axis ends on
 * a tick at or above the data maximum.
 *
 * @param tickSpacing distance between two ticks
 * @param niceMax     the axis end, a multiple of {@code tickSpacing}, {@code >=} the data maximum
 *
 * <p>Immutable and thread-safe.
 */
public record NiceScale(double tickSpacing, double niceMax) {

    /** Default number of tick intervals aimed at; few enough for labels to fit on a small chart. */
    public static final int DEFAULT_MAX_TICKS = 5;

    public NiceScale {
        if (!(tickSpacing > 0) || !(niceMax >= tickSpacing) || Double.isInfinite(niceMax)) {
            throw new IllegalArgumentException("spacing " + tickSpacing + ", max " + niceMax);
        }
    }

    public static NiceScale forMax(double max) {
        return forMax(max, DEFAULT_MAX_TICKS);
    }

    /**
     * The scale for data up to {@code max} with at most {@code maxTicks} intervals. A maximum of 0 or less
     * (an empty chart) gives the axis 0..1.
     */
    public static NiceScale forMax(double max, int maxTicks) {
        if (maxTicks < 1 || !Double.isFinite(max)) {
            throw new IllegalArgumentException("max " + max + ", maxTicks " + maxTicks);
        }
        if (max <= 0) {
            return forMax(1, maxTicks);
        }
        double step = niceStepAtLeast(max / maxTicks);
        // The small allowance keeps 0.3 / 0.1 = 2.9999999999999996 from adding a whole extra tick.
        double intervals = Math.ceil(max / step - 1e-9);
        return new NiceScale(step, Math.max(1, intervals) * step);
    }

    /**
     * The scale for whole counts up to {@code max} (lines, files): ticks never closer than 1, so a chart of
     * a few lines does not label 0.2, 0.4, … as "0, 0, 1".
     */
    public static NiceScale forCountsUpTo(double max) {
        NiceScale scale = forMax(max);
        return scale.tickSpacing() >= 1 ? scale : new NiceScale(1, Math.max(1, Math.ceil(max - 1e-9)));
    }

    /** Number of intervals between 0 and {@link #niceMax}. */
    public int intervals() {
        return (int) Math.round(niceMax / tickSpacing);
    }

    /** The tick values 0, spacing, ..., niceMax; multiplied rather than summed so no error accumulates. */
    public double[] ticks() {
        int intervals = intervals();
        double[] ticks = new double[intervals + 1];
        for (int i = 0; i <= intervals; i++) {
            ticks[i] = i * tickSpacing;
        }
        return ticks;
    }

    /** The smallest 1, 2 or 5 times a power of ten that is {@code >= raw}. */
    static double niceStepAtLeast(double raw) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double factor : new double[] {1, 2, 5, 10}) {
            // Compare with a relative allowance: 0.3 / 3 is 0.09999999999999999, which should give 0.1.
            if (factor * magnitude >= raw * (1 - 1e-9)) {
                return factor * magnitude;
            }
        }
        return 10 * magnitude;
    }
}
