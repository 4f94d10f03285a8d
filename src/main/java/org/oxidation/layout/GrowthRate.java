package org.oxidation.layout;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * How fast a count grows: a least-squares fit of ln(count) against time, so that
 * count ≈ a · 2^(t / doublingTime). Only positive counts take part (a logarithm needs them); the fit needs
 * two of them at distinct times and a rising trend. Stateless and thread-safe.
 */
public final class GrowthRate {

    /** Days in an average month, for "doubles every N months". */
    public static final double DAYS_PER_MONTH = 365.2425 / 12;

    /**
     * The fit: doubling time in days, and the fitted line's value at each given time (for a dashed
     * trend line).
     */
    public record Fit(double doublingDays, double slopePerDay, double intercept, OffsetDateTime origin) {

        public double doublingMonths() {
            return doublingDays / DAYS_PER_MONTH;
        }

        /** The fitted count at {@code when}. */
        public double valueAt(OffsetDateTime when) {
            return Math.exp(intercept + slopePerDay * days(origin, when));
        }

        /** "doubles every 7.5 months". */
        public String describe() {
            double months = doublingMonths();
            return "doubles every " + (months < 10 ? String.format(java.util.Locale.ROOT, "%.1f", months)
                    : String.valueOf(Math.round(months))) + " months";
        }
    }

    private GrowthRate() {
    }

    /** The fit of {@code counts} at {@code dates}, or empty when they do not grow. */
    public static Optional<Fit> of(List<OffsetDateTime> dates, long[] counts) {
        double[] values = new double[counts.length];
        for (int i = 0; i < counts.length; i++) {
            values[i] = counts[i];
        }
        return of(dates, values);
    }

    /** The fit of positive {@code values} (shares, say) at {@code dates}, or empty when they do not grow. */
    public static Optional<Fit> of(List<OffsetDateTime> dates, double[] counts) {
        if (dates.size() != counts.length) {
            throw new IllegalArgumentException(dates.size() + " dates for " + counts.length + " counts");
        }
        OffsetDateTime origin = null;
        double n = 0;
        double sumX = 0;
        double sumY = 0;
        double sumXX = 0;
        double sumXY = 0;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] <= 0) {
                continue;
            }
            origin = origin == null ? dates.get(i) : origin;
            double x = days(origin, dates.get(i));
            double y = Math.log(counts[i]);
            n++;
            sumX += x;
            sumY += y;
            sumXX += x * x;
            sumXY += x * y;
        }
        double spread = n * sumXX - sumX * sumX;
        if (n < 2 || spread <= 0) {
            return Optional.empty();
        }
        double slope = (n * sumXY - sumX * sumY) / spread;
        if (slope <= 0) {
            return Optional.empty();
        }
        double intercept = (sumY - slope * sumX) / n;
        return Optional.of(new Fit(Math.log(2) / slope, slope, intercept, origin));
    }

    private static double days(OffsetDateTime from, OffsetDateTime to) {
        return Duration.between(from, to).getSeconds() / 86_400.0;
    }
}
