package org.oxidation.layout;

/**
 * A base-10 logarithmic axis, used for the Rust share, which spans several decades (0.001 % in the first
 * Rust tags to tens of percent in a Rust-heavy tree).
 *
 * @param min the value at the axis start, {@code > 0}
 * @param max the value at the axis end, {@code > min}
 *
 * <p>Immutable and thread-safe.
 */
public record LogScale(double min, double max) {

    public LogScale {
        if (!(min > 0) || !(max > min) || Double.isInfinite(max)) {
            throw new IllegalArgumentException("log scale needs 0 < min < max, got " + min + ", " + max);
        }
    }

    /**
     * The smallest decade-aligned scale that holds {@code smallest .. largest}: {@code min} is rounded down
     * and {@code max} up to a power of ten. For shares pass {@code largest <= 1}; then the ticks read 0.001%,
     * 0.01%, ... 100% with {@link Units#percent}.
     */
    public static LogScale decadesAround(double smallest, double largest) {
        if (!(smallest > 0) || !(largest >= smallest) || Double.isInfinite(largest)) {
            throw new IllegalArgumentException("need 0 < smallest <= largest, got " + smallest + ", " + largest);
        }
        int low = (int) Math.floor(Math.log10(smallest) + 1e-12);
        int high = (int) Math.ceil(Math.log10(largest) - 1e-12);
        if (high <= low) {
            high = low + 1;
        }
        return new LogScale(powerOfTen(low), powerOfTen(high));
    }

    /**
     * Where {@code value} falls on the axis, 0 at {@code min} and 1 at {@code max}. Values at or below 0
     * (a tag without Rust) cannot be drawn on a log axis and are pinned to the start; values outside the
     * range give fractions outside [0, 1], so the caller decides whether to clip.
     */
    public double fraction(double value) {
        if (!(value > 0)) {
            return 0;
        }
        return (Math.log10(value) - Math.log10(min)) / (Math.log10(max) - Math.log10(min));
    }

    /** {@link #fraction} scaled to an axis of {@code length} pixels. */
    public double position(double value, double length) {
        return fraction(value) * length;
    }

    /** The inverse of {@link #fraction}: the value at a fraction of the axis. */
    public double valueAt(double fraction) {
        return Math.pow(10, Math.log10(min) + fraction * (Math.log10(max) - Math.log10(min)));
    }

    /** Every power of ten from {@code min} to {@code max}, both included when they are powers of ten. */
    public double[] decadeTicks() {
        int low = (int) Math.ceil(Math.log10(min) - 1e-12);
        int high = (int) Math.floor(Math.log10(max) + 1e-12);
        double[] ticks = new double[Math.max(0, high - low + 1)];
        for (int k = low; k <= high; k++) {
            ticks[k - low] = powerOfTen(k);
        }
        return ticks;
    }

    /** The double nearest to 10^k; {@code Math.pow(10, -3)} is not guaranteed to be. */
    private static double powerOfTen(int exponent) {
        return Double.parseDouble("1e" + exponent);
    }
}
