package org.oxidation.chart;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.oxidation.model.Snapshot;

/**
 * Where the Timeline and the Rust share place their samples along x: by tag, sample i at x = i with the
 * tags as labels; or by date, each sample at its commit's date in days since 1970-01-01 (UTC), so that
 * distances are proportional to time, with the tags of the history as labelled points
 * ({@link #marks}); samples whose dates do not follow their order stay by tag ({@link #byDate}).
 * Immutable and thread-safe.
 *
 * @param byDate   whether x is a date
 * @param xs       each counted sample's x
 * @param lower    the axis' lower end
 * @param upper    the axis' upper end
 * @param axisTags by tag, the tags along the axis (the counted ones and those still to come)
 * @param marks    by date, the tags marked on the axis, within its range
 */
public record SampleAxis(boolean byDate, double[] xs, double lower, double upper, List<String> axisTags,
                         List<TagMark> marks) {

    /** Room on each side of a single date, so that one sample sits in the middle of a month's axis. */
    static final double SINGLE_DATE_MARGIN = 15;

    public SampleAxis {
        xs = xs.clone();
        axisTags = List.copyOf(axisTags);
        marks = List.copyOf(marks);
    }

    /** Equal positions, not the same array, as for every other component. */
    @Override
    public boolean equals(Object other) {
        return other instanceof SampleAxis that && byDate == that.byDate && java.util.Arrays.equals(xs, that.xs)
                && Double.compare(lower, that.lower) == 0 && Double.compare(upper, that.upper) == 0
                && axisTags.equals(that.axisTags) && marks.equals(that.marks);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(byDate, java.util.Arrays.hashCode(xs), lower, upper, axisTags, marks);
    }

    /** The axis a state's Timeline and Rust share draw on. */
    public static SampleAxis of(ViewState state) {
        List<Snapshot> samples = state.timeline().snapshots();
        if (!byDate(state)) {
            double[] xs = new double[samples.size()];
            for (int i = 0; i < xs.length; i++) {
                xs[i] = i;
            }
            return new SampleAxis(false, xs, 0, Math.max(1, state.axisTags().size() - 1), state.axisTags(), List.of());
        }
        double[] xs = samples.stream().mapToDouble(s -> day(s.date())).toArray();
        double lower = xs.length == 0 ? 0 : xs[0];
        double upper = xs.length == 0 ? 1 : xs[xs.length - 1];
        for (double x : xs) {
            lower = Math.min(lower, x);
            upper = Math.max(upper, x);
        }
        for (String toCome : state.tagsToCome()) {
            upper = Math.max(upper, dayOfLabel(toCome, upper));
        }
        if (upper - lower < 1) {
            lower -= SINGLE_DATE_MARGIN;
            upper += SINGLE_DATE_MARGIN;
        }
        double from = lower;
        double to = upper;
        List<TagMark> marks = state.tagMarks().stream().filter(m -> day(m.date()) >= from && day(m.date()) <= to).toList();
        return new SampleAxis(true, xs, lower, upper, state.axisTags(), marks);
    }

    /**
     * Whether a state's samples are placed by date: when chosen (or by default for interval samples) and
     * their dates follow their order. Release tags of several stable branches in version order do not
     * (v6.1.192 is committed after v7.3.4): they stay by tag, one after another.
     */
    public static boolean byDate(ViewState state) {
        return state.choices().placement().byDate(state.sampling()) && inDateOrder(state.timeline().snapshots());
    }

    /** Whether each sample is committed at or after the one before it. */
    public static boolean inDateOrder(List<Snapshot> samples) {
        for (int i = 1; i < samples.size(); i++) {
            if (samples.get(i).date().isBefore(samples.get(i - 1).date())) {
                return false;
            }
        }
        return true;
    }

    /** A date as days since 1970-01-01 UTC, with the time of day as a fraction. */
    public static double day(OffsetDateTime date) {
        return date.toEpochSecond() / 86_400.0;
    }

    /** An interval sample still to come is labelled with its boundary date; a tag's date is not known yet. */
    private static double dayOfLabel(String label, double otherwise) {
        try {
            return LocalDate.parse(label).toEpochDay();
        } catch (DateTimeParseException e) {
            return otherwise;
        }
    }

    public double x(int sample) {
        return xs[sample];
    }

    /** Tag marks labelled at most; the rest are dots with a tooltip. */
    public static final int MAX_MARK_LABELS = 12;

    /**
     * The marks that get a label: the releases that open a series ({@code 2.50.0}, {@code v6.12}: a name
     * ending in {@code .0} or with two numbers), else all marks, thinned evenly to at most
     * {@value #MAX_MARK_LABELS}, the last always kept.
     */
    public java.util.Set<String> labelledMarks() {
        List<TagMark> openers = marks.stream().filter(m -> SERIES_OPENER.matcher(m.name()).matches()).toList();
        List<TagMark> candidates = openers.isEmpty() ? marks : openers;
        int step = (int) Math.ceil(candidates.size() / (double) MAX_MARK_LABELS);
        java.util.Set<String> labelled = new java.util.LinkedHashSet<>();
        for (int i = candidates.size() - 1; i >= 0; i -= Math.max(1, step)) {
            labelled.add(candidates.get(i).name());
        }
        return labelled;
    }

    private static final java.util.regex.Pattern SERIES_OPENER =
            java.util.regex.Pattern.compile("v?\\d+\\.\\d+(\\.0)?");
}
