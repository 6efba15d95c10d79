package org.attache.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class TimeBucketsTest {

    @Test
    void daysForAFewMonthsMonthsForYearsYearsBeyond() {
        TimeBuckets days = TimeBuckets.covering("2022-06-01", "2022-06-30").orElseThrow();
        assertEquals(ChronoUnit.DAYS, days.unit());
        assertEquals(30, days.size());
        assertEquals("2022-06-14", days.label(13));
        TimeBuckets months = TimeBuckets.covering("2021-06-14", "2025-03-13").orElseThrow();
        assertEquals(ChronoUnit.MONTHS, months.unit());
        assertEquals(46, months.size());
        assertEquals("2021-06", months.label(0));
        assertEquals("2025-03", months.label(45));
        assertEquals(45, months.index(LocalDate.of(2025, 3, 31)));
        assertEquals(-1, months.index(LocalDate.of(2025, 4, 1)));
        TimeBuckets years = TimeBuckets.covering("1999-12-31", "2024-01-01").orElseThrow();
        assertEquals(ChronoUnit.YEARS, years.unit());
        assertEquals(26, years.size());
        assertEquals("1999", years.label(0));
        assertEquals(1, TimeBuckets.covering("2024-01-01", "2024-01-01").orElseThrow().size());
        assertTrue(TimeBuckets.covering("", "").isEmpty());
    }

    @Test
    void ticksAreRound() {
        assertEquals(new SvgCharts.Ticks(1, 1), SvgCharts.Ticks.of(0));
        assertEquals(new SvgCharts.Ticks(1, 5), SvgCharts.Ticks.of(5));
        assertEquals(new SvgCharts.Ticks(2, 14), SvgCharts.Ticks.of(13));
        assertEquals(new SvgCharts.Ticks(100, 500), SvgCharts.Ticks.of(435));
        assertEquals(new SvgCharts.Ticks(2000, 12000), SvgCharts.Ticks.of(10001));
    }
}
