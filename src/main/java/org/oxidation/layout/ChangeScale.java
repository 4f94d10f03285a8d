package org.oxidation.layout;

/**
 * Where a signed change (lines added or removed) falls on a diverging colour scale, by decades as the
 * Rust share's scale is: 0 is no change, ±1 the largest change's decade, and every decade of size in
 * between takes the same room, so +27 lines and +147k lines look as different as they are. Ticks are the
 * powers of ten, placed by {@link #fraction} itself. Immutable and thread-safe.
 *
 * @param magnitudes the log scale of sizes, from 1 line to the decade holding the largest change
 */
public record ChangeScale(LogScale magnitudes) {

    /** The room kept for the first decade (1 to 10 lines) beyond no change, so that one line is visible. */
    public static final double FIRST_STEP = 0.08;

    /** A scale for changes up to {@code largest} in size (at least 10). */
    public static ChangeScale upTo(long largest) {
        return new ChangeScale(LogScale.decadesAround(1, Math.max(10, largest)));
    }

    /** -1 … 1: the sign of the change, and how far its size lies along the decades (0 for no change). */
    public double fraction(long change) {
        if (change == 0) {
            return 0;
        }
        double along = Math.min(1, magnitudes.fraction(Math.abs((double) change)));
        return Math.signum(change) * (FIRST_STEP + (1 - FIRST_STEP) * along);
    }

    /**
     * The ticks to label when at most {@code perSide} fit on each side of 0: 0 and every k-th power of
     * ten counted down from the largest decade, k as small as allows; ±1 is left to the "no change" end,
     * where its label would run into 0's. Smallest negative first.
     */
    public long[] ticks(int perSide) {
        double[] decades = magnitudes.decadeTicks();
        int every = Math.max(1, (int) Math.ceil((double) (decades.length - 1) / perSide));
        long top = Math.round(Math.log10(decades[decades.length - 1]));
        return java.util.Arrays.stream(ticks()).filter(tick -> {
            if (tick == 0) {
                return true;
            }
            long exponent = Math.round(Math.log10(Math.abs((double) tick)));
            return exponent > 0 && (top - exponent) % every == 0;
        }).toArray();
    }

    /** The ticks: 0 and ±every power of ten up to the largest decade, smallest negative first. */
    public long[] ticks() {
        double[] decades = magnitudes.decadeTicks();
        long[] ticks = new long[2 * decades.length + 1];
        for (int i = 0; i < decades.length; i++) {
            ticks[decades.length - 1 - i] = -Math.round(decades[i]);
            ticks[decades.length + 1 + i] = Math.round(decades[i]);
        }
        return ticks;
    }
}
