package org.timelineexplorer.timeline.impl;

import org.timelineexplorer.model.HistoricalDate;

import java.time.DayOfWeek;
import java.time.temporal.WeekFields;
import java.util.Locale;

/**
 * The units the axis divides time into, finest first, from minutes to billions of years. A unit with a step (every
 * 15 minutes, every 500 years) numbers its periods with a {@code long} index, so that the axis can round a time down
 * to the period that holds it and walk on period by period at any depth: 13.8 billion years ago is about
 * 5 × 10^12 days, whose positions a {@code double} still holds to a minute, and indexes count without rounding.
 *
 * <p>Years are numbered as historians write them, without a year 0: the period boundaries of a step in years are the
 * starts of the years that are its multiples (500 BC, AD 1, 500, 1000), and the boundary where 0 would be is the
 * start of AD 1. Beyond ten thousand years, boundaries are counted in years before 1950, as the dates there are.
 */
enum TickUnit {
    /** Minutes since 1970 divided by the step (in minutes: 1, 5, 15, 60, 360). */
    MINUTE,
    DAY,
    /** Weeks starting on the locale's first day of the week. */
    WEEK,
    /** Months (astronomical year × 12 + month − 1) divided by the step (1, or 3 for quarters). */
    MONTH,
    /** Multiples of the step in historical years; index 0 is AD 1. */
    YEAR,
    /** Multiples of the step in years before 1950; the index is minus the multiple, so it grows with time. */
    YEARS_AGO,
    /** Decades: 0 is AD 1–9, 201 the 2010s, −1 the years 9–1 BC, −5 the years 49–40 BC. */
    DECADE,
    /** Centuries: 21 is the 21st century (2001–2100), −1 the 1st century BC; there is no 0. */
    CENTURY,
    /** Millennia as centuries are: 3 is 2001–3000, −3 the 3rd millennium BC (3000–2001 BC). */
    MILLENNIUM;

    private static final double MINUTES_PER_DAY = 24 * 60;

    /** The index of the period of {@code step} that holds the time {@code epochDay}. */
    long floor(double epochDay, long step, Locale locale) {
        long day = (long) Math.floor(epochDay);
        return switch (this) {
            case MINUTE -> Math.floorDiv((long) Math.floor(epochDay * MINUTES_PER_DAY), step);
            case DAY -> day;
            case WEEK -> Math.floorDiv(day - firstDayOffset(locale), 7);
            case MONTH -> {
                long[] ymd = HistoricalDate.civilFromDays(day);
                yield Math.floorDiv(ymd[0] * 12 + ymd[1] - 1, step);
            }
            case YEAR -> Math.floorDiv(historicalYear(day), step);
            case YEARS_AGO -> {
                long ago = HistoricalDate.PRESENT - HistoricalDate.civilFromDays(day)[0];
                yield Math.floorDiv(-ago, step);
            }
            case DECADE -> {
                long year = historicalYear(day);
                yield year > 0 ? year / 10 : -(-year / 10) - 1;
            }
            case CENTURY, MILLENNIUM -> {
                long size = this == CENTURY ? 100 : 1000;
                long year = historicalYear(day);
                yield year > 0 ? (year - 1) / size + 1 : -((-year - 1) / size + 1);
            }
        };
    }

    /** The index of the period after {@code index}: a year 0, a 0th century or millennium is skipped. */
    long next(long index, long step) {
        boolean noZero = this == CENTURY || this == MILLENNIUM || (this == YEAR && step == 1);
        return noZero && index == -1 ? 1 : index + 1;
    }

    /** Where the period {@code index} of {@code step} begins, in epoch days. */
    double start(long index, long step, Locale locale) {
        return switch (this) {
            case MINUTE -> index * step / MINUTES_PER_DAY;
            case DAY -> index;
            case WEEK -> index * 7 + firstDayOffset(locale);
            case MONTH -> {
                long months = index * step;
                yield HistoricalDate.daysFromCivil(Math.floorDiv(months, 12), (int) Math.floorMod(months, 12) + 1, 1);
            }
            case YEAR -> HistoricalDate.yearStartDay(index == 0 ? 1 : index * step);
            case YEARS_AGO -> HistoricalDate.daysFromCivil(HistoricalDate.PRESENT + index * step, 1, 1);
            case DECADE -> HistoricalDate.yearStartDay(index >= 0 ? Math.max(1, index * 10) : -((-index - 1) * 10 + 9));
            case CENTURY, MILLENNIUM -> {
                long size = this == CENTURY ? 100 : 1000;
                yield HistoricalDate.yearStartDay(index > 0 ? (index - 1) * size + 1 : index * size);
            }
        };
    }

    /** The historical year (negative for BC, never 0) of an epoch day. */
    static long historicalYear(long epochDay) {
        long astronomical = HistoricalDate.civilFromDays(epochDay)[0];
        return astronomical <= 0 ? astronomical - 1 : astronomical;
    }

    /** Days from a Monday-based week to the locale's first day: 1 January 1970 was a Thursday. */
    private static long firstDayOffset(Locale locale) {
        DayOfWeek first = WeekFields.of(locale).getFirstDayOfWeek();
        // Epoch day 4 (5 January 1970) was a Monday.
        return 4 + first.getValue() - 1 - 7;
    }
}
