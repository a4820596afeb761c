package org.timelineexplorer.timeline.impl;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.time.temporal.WeekFields;
import java.util.Locale;

/**
 * The calendar units the axis can divide time into, coarsest first. Each knows how to round a date down to the
 * start of its period and step to the next one; weeks start on the locale's first day of the week.
 */
enum TickUnit {
    DECADE(3652),
    YEAR(365),
    QUARTER(90),
    MONTH(28),
    WEEK(7),
    DAY(1);

    private final int shortestDays;

    TickUnit(int shortestDays) {
        this.shortestDays = shortestDays;
    }

    /** The length of this unit's shortest period in days (February for months), for checking that labels fit. */
    public int shortestDays() {
        return shortestDays;
    }

    /** The first day of the period that contains {@code date}. */
    public LocalDate floor(LocalDate date, Locale locale) {
        return switch (this) {
            case DECADE -> LocalDate.of(date.getYear() - Math.floorMod(date.getYear(), 10), 1, 1);
            case YEAR -> LocalDate.of(date.getYear(), 1, 1);
            case QUARTER -> LocalDate.of(date.getYear(), (date.getMonthValue() - 1) / 3 * 3 + 1, 1);
            case MONTH -> date.withDayOfMonth(1);
            case WEEK -> date.with(TemporalAdjusters.previousOrSame(firstDayOfWeek(locale)));
            case DAY -> date;
        };
    }

    /** The first day of the period after the one starting on {@code periodStart}. */
    public LocalDate next(LocalDate periodStart) {
        return switch (this) {
            case DECADE -> periodStart.plusYears(10);
            case YEAR -> periodStart.plusYears(1);
            case QUARTER -> periodStart.plusMonths(3);
            case MONTH -> periodStart.plusMonths(1);
            case WEEK -> periodStart.plusWeeks(1);
            case DAY -> periodStart.plusDays(1);
        };
    }

    private static DayOfWeek firstDayOfWeek(Locale locale) {
        return WeekFields.of(locale).getFirstDayOfWeek();
    }
}
