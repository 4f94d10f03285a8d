package org.oxidation.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateTicksTest {

    private static double day(String date) {
        return LocalDate.parse(date).toEpochDay();
    }

    private static List<String> labels(String from, String to, double pixels) {
        return DateTicks.of(day(from), day(to), pixels).stream().map(DateTicks.Tick::label).toList();
    }

    @Test
    void aFewMonthsOnAWideAxisAreTickedAtTheFirstOfEachMonth() {
        assertEquals(List.of("Feb 2024", "Mar 2024", "Apr 2024"), labels("2024-01-25", "2024-04-03", 900));
        List<DateTicks.Tick> ticks = DateTicks.of(day("2024-01-25"), day("2024-04-03"), 900);
        assertEquals(day("2024-03-01"), ticks.get(1).day(), "a tick sits at midnight of the 1st, 29 days after Feb 1");
        assertEquals(29, ticks.get(1).day() - ticks.get(0).day());
    }

    @Test
    void elevenYearsOnAWideAxisAreTickedEveryYearAndOnANarrowOneEveryFewYears() {
        assertEquals(List.of("2016", "2017", "2018", "2019", "2020", "2021", "2022", "2023", "2024", "2025", "2026"),
                labels("2015-01-10", "2026-04-01", 1200));
        // 500 px for 4,099 days give a year 44.5 px, less than "2016" (4 × 7.5 px) and the 18 px gap between
        // labels: every 2 years.
        assertEquals(List.of("2016", "2018", "2020", "2022", "2024", "2026"), labels("2015-01-10", "2026-04-01", 500));
    }

    @Test
    void quartersStartInJanuaryAprilJulyAndOctober() {
        assertEquals(List.of("Jan 2024", "Apr 2024", "Jul 2024", "Oct 2024", "Jan 2025"),
                labels("2023-12-15", "2025-02-01", 500));
    }
}
