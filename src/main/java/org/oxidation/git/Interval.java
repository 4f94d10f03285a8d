package org.oxidation.git;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oxidation.model.InputException;

/**
 * A sampling interval, {@code Nd}, {@code Nw}, {@code Nm} or {@code Ny}: its boundaries are days at
 * midnight UTC, aligned to the unit (weeks start on Monday, months on the 1st, years on 1 January).
 * Immutable and thread-safe.
 */
public record Interval(int count, Unit unit) {

    /** What an interval counts. */
    public enum Unit { DAY, WEEK, MONTH, YEAR }

    private static final Pattern SYNTAX = Pattern.compile("(\\d{1,4})([dwmy])");

    public Interval {
        if (count < 1) {
            throw new InputException("an interval counts at least 1");
        }
    }

    /** Parses {@code 1m}, {@code 2w}, {@code 1y}, {@code 7d}. */
    public static Interval parse(String text) {
        Matcher m = SYNTAX.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches() || Integer.parseInt(m.group(1)) == 0) {
            throw new InputException("--every takes a number and d, w, m or y (7d, 2w, 1m, 1y), not '" + text + "'");
        }
        Unit unit = switch (m.group(2)) {
            case "d" -> Unit.DAY;
            case "w" -> Unit.WEEK;
            case "m" -> Unit.MONTH;
            default -> Unit.YEAR;
        };
        return new Interval(Integer.parseInt(m.group(1)), unit);
    }

    /** The first boundary on or after {@code day}: the unit's start (Monday, the 1st, 1 January) at or after it. */
    public LocalDate firstBoundaryFrom(LocalDate day) {
        return switch (unit) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.getDayOfMonth() == 1 ? day : day.with(TemporalAdjusters.firstDayOfNextMonth());
            case YEAR -> day.getDayOfYear() == 1 ? day : day.with(TemporalAdjusters.firstDayOfNextYear());
        };
    }

    /** The boundary after {@code boundary}. */
    public LocalDate next(LocalDate boundary) {
        return switch (unit) {
            case DAY -> boundary.plusDays(count);
            case WEEK -> boundary.plusWeeks(count);
            case MONTH -> boundary.plusMonths(count);
            case YEAR -> boundary.plusYears(count);
        };
    }

    @Override
    public String toString() {
        return count + String.valueOf(unit.name().toLowerCase(Locale.ROOT).charAt(0));
    }
}
