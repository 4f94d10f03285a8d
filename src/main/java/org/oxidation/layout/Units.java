package org.oxidation.layout;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Short, readable numbers for labels and tooltips. Stateless, thread-safe.
 */
public final class Units {

    private static final String[] SUFFIXES = {"", "k", "M", "G", "T", "P", "E"};
    private static final MathContext THREE_DIGITS = new MathContext(3, RoundingMode.HALF_UP);
    private static final MathContext TWO_DIGITS = new MathContext(2, RoundingMode.HALF_UP);

    private Units() {
    }

    /**
     * A count with a metric suffix and at most three significant digits: {@code 950}, {@code 12.3k},
     * {@code 1.2M}, {@code 35M}, {@code 1.05G}. Rounding happens before the suffix is chosen, so 999,999
     * reads {@code 1M}, not {@code 1000k}.
     */
    public static String format(long value) {
        // BigDecimal: exact for every long including Long.MIN_VALUE, and rounds half-up as people expect.
        BigDecimal rounded = new BigDecimal(value).round(THREE_DIGITS);
        int group = 0;
        BigDecimal thousand = BigDecimal.valueOf(1000);
        while (rounded.abs().compareTo(thousand) >= 0 && group < SUFFIXES.length - 1) {
            rounded = rounded.movePointLeft(3);
            group++;
        }
        return plain(rounded) + SUFFIXES[group];
    }

    /**
     * A share (fraction, 0.45 for 45 %) as a percentage with two significant digits, so tiny shares stay
     * readable on a log axis: {@code 0.03%}, {@code 1.2%}, {@code 45%}, {@code 100%}, {@code 0%}.
     */
    public static String percent(double share) {
        if (!Double.isFinite(share)) {
            throw new IllegalArgumentException("share " + share + " is not finite");
        }
        if (share == 0) {
            return "0%";
        }
        BigDecimal percent = new BigDecimal(share).movePointRight(2).round(TWO_DIGITS);
        return plain(percent) + "%";
    }

    private static String plain(BigDecimal number) {
        if (number.signum() == 0) {
            return "0";
        }
        return number.stripTrailingZeros().toPlainString();
    }
}
