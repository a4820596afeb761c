package org.timelineexplorer.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to a year, a month or a day. "April 2004" stays a month: it covers 1 to 30 April and never
 * turns into 1 April. Written in JSON as {@code 2004}, {@code 2004-04} or {@code 2004-04-28}.
 *
 * @param year      the year (1 to 9999)
 * @param month     1 to 12, or 0 for a year-precision date
 * @param day       1 to the month's length, or 0 for a year- or month-precision date
 * @param precision which of the fields are known
 */
public record HistoricalDate(int year, int month, int day, DatePrecision precision)
        implements Comparable<HistoricalDate> {

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    /** Earliest first, and of two that start together the wider one first (2004 before April 2004 before 1 April 2004). */
    private static final Comparator<HistoricalDate> ORDER = Comparator
            .comparing(HistoricalDate::firstDay)
            .thenComparing(HistoricalDate::precision);

    public HistoricalDate {
        if (precision == null) {
            throw new IllegalArgumentException("a date needs a precision");
        }
        if (year < 1 || year > 9999) {
            throw new DateTimeException("year " + year + " is out of range (1 to 9999)");
        }
        switch (precision) {
            case YEAR -> {
                if (month != 0 || day != 0) {
                    throw new DateTimeException("a year-precision date has no month or day");
                }
            }
            case MONTH -> {
                checkMonth(month);
                if (day != 0) {
                    throw new DateTimeException("a month-precision date has no day");
                }
            }
            case DAY -> {
                checkMonth(month);
                int length = YearMonth.of(year, month).lengthOfMonth();
                if (day < 1 || day > length) {
                    throw new DateTimeException(Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                            + " " + year + " has no day " + day + " (it has " + length + " days)");
                }
            }
        }
    }

    private static void checkMonth(int month) {
        if (month < 1 || month > 12) {
            throw new DateTimeException("there is no month " + month + " (months run from 01 to 12)");
        }
    }

    public static HistoricalDate ofYear(int year) {
        return new HistoricalDate(year, 0, 0, DatePrecision.YEAR);
    }

    public static HistoricalDate ofMonth(int year, int month) {
        return new HistoricalDate(year, month, 0, DatePrecision.MONTH);
    }

    public static HistoricalDate ofDay(int year, int month, int day) {
        return new HistoricalDate(year, month, day, DatePrecision.DAY);
    }

    public static HistoricalDate of(LocalDate date) {
        return ofDay(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /**
     * Reads {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
     *
     * @throws DateTimeException with a message in plain words when the text is not such a date or the date
     *                           does not exist, for example {@code "2003-02-30" is not a date: February 2003 has
     *                           no day 30 (it has 28 days)}
     */
    public static HistoricalDate parse(String text) {
        if (text == null) {
            throw new DateTimeException("a date is missing");
        }
        Matcher m = ISO.matcher(text.trim());
        if (!m.matches()) {
            throw notADate(text, "write YYYY, YYYY-MM or YYYY-MM-DD");
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                return ofYear(year);
            }
            int month = Integer.parseInt(m.group(2));
            if (m.group(3) == null) {
                return ofMonth(year, month);
            }
            return ofDay(year, month, Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            // Say which text was wrong, as for a malformed one: the reader of the message may not see the file.
            throw notADate(text, e.getMessage());
        }
    }

    private static DateTimeException notADate(String text, String reason) {
        String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
        return new DateTimeException("\"" + shown + "\" is not a date: " + reason);
    }

    /** The first day the date covers: 1 January for a year, the 1st for a month. */
    public LocalDate firstDay() {
        return switch (precision) {
            case YEAR -> LocalDate.of(year, 1, 1);
            case MONTH -> LocalDate.of(year, month, 1);
            case DAY -> LocalDate.of(year, month, day);
        };
    }

    /** The last day the date covers: 31 December for a year, the month's last day for a month. */
    public LocalDate lastDay() {
        return switch (precision) {
            case YEAR -> LocalDate.of(year, 12, 31);
            case MONTH -> YearMonth.of(year, month).atEndOfMonth();
            case DAY -> LocalDate.of(year, month, day);
        };
    }

    /** The date as written in a dataset: {@code 2004}, {@code 2004-04} or {@code 2004-04-28}. */
    public String toIsoString() {
        return switch (precision) {
            case YEAR -> String.format(Locale.ROOT, "%04d", year);
            case MONTH -> String.format(Locale.ROOT, "%04d-%02d", year, month);
            case DAY -> String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
        };
    }

    /** The date for a reader, at its precision: "20 March 2003", "April 2004", "2014". */
    public String format(Locale locale) {
        return switch (precision) {
            case YEAR -> Integer.toString(year);
            case MONTH -> monthName(locale) + " " + year;
            case DAY -> day + " " + monthName(locale) + " " + year;
        };
    }

    /**
     * A span for a reader, writing each shared part once: "November – December 2004",
     * "20 March – 1 May 2003", "2006 – 2008", "December 2019 – 3 January 2020".
     */
    public static String formatRange(HistoricalDate start, HistoricalDate end, Locale locale) {
        if (end == null || start.equals(end)) {
            return start.format(locale);
        }
        String left = start.format(locale);
        if (start.year == end.year && start.precision == end.precision && start.precision != DatePrecision.YEAR) {
            left = start.precision == DatePrecision.MONTH
                    ? start.monthName(locale)
                    : start.month == end.month ? Integer.toString(start.day) : start.day + " " + start.monthName(locale);
        }
        return left + " – " + end.format(locale);
    }

    private String monthName(Locale locale) {
        return Month.of(month).getDisplayName(TextStyle.FULL_STANDALONE, locale);
    }

    @Override
    public int compareTo(HistoricalDate other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return toIsoString();
    }
}
