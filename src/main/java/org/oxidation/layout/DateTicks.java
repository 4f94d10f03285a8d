package org.oxidation.layout;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Ticks of a time axis whose positions are days since 1970-01-01 (UTC): at the start of a month, a
 * quarter, a half year, a year or several years, the finest step whose labels do not overlap on an axis
 * of a given length. Labels are dates a reader knows at once: "2019" at the start of a year, "Mar 2024"
 * at the start of another month. Stateless and thread-safe.
 */
public final class DateTicks {

    /** A tick: its position in days since the epoch and its label. */
    public record Tick(double day, String label) {
    }

    /** Rough width of one character of the tick font, and the gap wanted between two labels. */
    static final double CHAR_WIDTH = 7.5;
    static final double LABEL_GAP = 18;

    /** Steps in months, finest first. */
    private static final int[] STEPS = {1, 3, 6, 12, 24, 60, 120, 240, 600};

    private DateTicks() {
    }

    /** The day number of a date, as the axis places it. */
    public static double dayOf(LocalDate date) {
        return date.toEpochDay();
    }

    /**
     * The ticks from {@code lowerDay} to {@code upperDay} on an axis {@code axisLength} pixels long: the
     * finest step in months whose labels, each as wide as its text plus a gap, leave room between ticks.
     */
    public static List<Tick> of(double lowerDay, double upperDay, double axisLength) {
        double span = Math.max(1, upperDay - lowerDay);
        for (int months : STEPS) {
            List<Tick> ticks = ticks(lowerDay, upperDay, months);
            double pixelsPerDay = axisLength / span;
            double widest = ticks.stream().mapToDouble(t -> t.label().length()).max().orElse(4) * CHAR_WIDTH + LABEL_GAP;
            // The shortest gap between two ticks of this step (February in a month step).
            double shortest = months * 28 * pixelsPerDay;
            if (shortest >= widest || months == STEPS[STEPS.length - 1]) {
                return ticks;
            }
        }
        throw new AssertionError("the last step always returns");
    }

    /** Ticks every {@code months} months from the first aligned boundary at or after {@code lowerDay}. */
    static List<Tick> ticks(double lowerDay, double upperDay, int months) {
        LocalDate first = LocalDate.ofEpochDay((long) Math.ceil(lowerDay));
        LocalDate boundary = first.withDayOfMonth(1);
        if (boundary.isBefore(first)) {
            boundary = boundary.plusMonths(1);
        }
        while (((boundary.getYear() * 12L + boundary.getMonthValue() - 1) % months) != 0) {
            boundary = boundary.plusMonths(1);
        }
        List<Tick> ticks = new ArrayList<>();
        for (LocalDate day = boundary; day.toEpochDay() <= upperDay; day = day.plusMonths(months)) {
            ticks.add(new Tick(day.toEpochDay(), label(day, months)));
        }
        return ticks;
    }

    /** "2019" at the start of a year when the step is whole years, else "Jan 2019", "Mar 2024". */
    static String label(LocalDate day, int stepMonths) {
        if (stepMonths % 12 == 0) {
            return Integer.toString(day.getYear());
        }
        return day.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + day.getYear();
    }
}
