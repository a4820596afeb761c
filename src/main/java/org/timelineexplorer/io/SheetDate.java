package org.timelineexplorer.io;

import org.timelineexplorer.i18n.Messages;
import org.timelineexplorer.model.DatePrecision;
import org.timelineexplorer.model.HistoricalDate;

import java.time.DateTimeException;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date written in a spreadsheet's separate Year, Month, Day and Time cells, as TimelineJS's template and the
 * app's own layout both write it, so that no spreadsheet program turns it into "Mar-03". The precision is that of
 * the cells filled in. The Year cell takes a plain number, negative for BC as TimelineJS writes it ({@code -44} is
 * 44 BC), or any year the native format takes ({@code 44 BC}, {@code c. 3500 BC}, {@code 66 million years ago});
 * "c." there makes the whole date approximate. The Time cell takes {@code 22:15}, {@code 10:15 PM}, {@code 22:15:00}
 * and an offset from UTC ({@code 00:52+03:00}).
 */
final class SheetDate {

    private static final Messages WORDS = Messages.of(SheetDate.class);

    private static final Pattern TIME = Pattern.compile(
            "(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?\\s*([AaPp][Mm])?\\s*(Z|[+-]\\d{2}:\\d{2})?");
    private static final Pattern US_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(-?\\d+)");
    private static final Pattern COMMA_DATE = Pattern.compile("(-?\\d+)(?:,\\s*(\\d{1,2})(?:,\\s*(\\d{1,2}))?)?");

    /** A cell that does not make a date: the column it is in, and what is wrong, in plain words. */
    static final class CellException extends Exception {
        private static final long serialVersionUID = 1L;
        private final String column;

        CellException(String column, String message) {
            super(message, null, false, false);
            this.column = column;
        }

        String column() {
            return column;
        }
    }

    /** The names of one date's four columns, such as {@code End Year}, {@code End Month}. */
    record Columns(String year, String month, String day, String time) {
        static final Columns START = new Columns("Year", "Month", "Day", "Time");
        static final Columns END = new Columns("End Year", "End Month", "End Day", "End Time");
    }

    private SheetDate() {
    }

    /**
     * The date of the four cells, or {@code null} when all are empty.
     *
     * @throws CellException naming the column of the first cell that is wrong
     */
    static HistoricalDate read(String year, String month, String day, String time, Columns columns)
            throws CellException {
        if (year.isEmpty()) {
            if (!month.isEmpty() || !day.isEmpty() || !time.isEmpty()) {
                throw new CellException(columns.year(), WORDS.text("date.needsYear"));
            }
            return null;
        }
        HistoricalDate date = year(year, columns.year());
        if (date.precision().isYearsAgo()) {
            if (!month.isEmpty() || !day.isEmpty() || !time.isEmpty()) {
                throw new CellException(columns.month(), WORDS.text("date.yearsAgoAlone"));
            }
            return date;
        }
        if (month.isEmpty()) {
            if (!day.isEmpty() || !time.isEmpty()) {
                throw new CellException(columns.month(), WORDS.text("date.needsMonth"));
            }
            return date;
        }
        int monthNumber = number(month, columns.month(), "date.notMonth");
        try {
            if (day.isEmpty()) {
                if (!time.isEmpty()) {
                    throw new CellException(columns.day(), WORDS.text("date.needsDay"));
                }
                return HistoricalDate.ofMonth(date.year(), monthNumber).withApproximate(date.approximate());
            }
        } catch (DateTimeException e) {
            throw new CellException(columns.month(), e.getMessage());
        }
        int dayNumber = number(day, columns.day(), "date.notDay");
        HistoricalDate onDay;
        try {
            onDay = HistoricalDate.ofDay(date.year(), monthNumber, dayNumber).withApproximate(date.approximate());
        } catch (DateTimeException e) {
            throw new CellException(monthNumber < 1 || monthNumber > 12 ? columns.month() : columns.day(),
                    e.getMessage());
        }
        return time.isEmpty() ? onDay : withTime(onDay, time, columns.time());
    }

    /** A Year cell alone: the year, at year precision or counted in years ago, maybe approximate. */
    static HistoricalDate year(String cell, String column) throws CellException {
        try {
            if (isWholeNumber(cell)) {
                long year = cell.length() > 12 ? Long.MIN_VALUE : Long.parseLong(cell);
                if (year == 0) {
                    throw new DateTimeException(WORDS.text("date.noYearZero"));
                }
                if (year == Long.MIN_VALUE) {
                    throw new DateTimeException(WORDS.text("date.tooFarBack"));
                }
                return HistoricalDate.ofYear(year);
            }
            HistoricalDate date = HistoricalDate.parse(cell);
            if (date.precision().compareTo(DatePrecision.YEAR) > 0) {
                throw new DateTimeException(WORDS.text("date.yearOnly"));
            }
            return date;
        } catch (DateTimeException e) {
            throw new CellException(column, e.getMessage());
        }
    }

    /**
     * An older template's Start Date or End Date cell: {@code 2003}, {@code 2003,3,20} (TimelineJS 2's), US
     * {@code 3/20/2003} (what Google Sheets shows), or any form of the native format.
     */
    static HistoricalDate oneCell(String cell, String column) throws CellException {
        if (cell.isEmpty()) {
            return null;
        }
        Matcher us = US_DATE.matcher(cell);
        if (us.matches()) {
            return read(us.group(3), us.group(1), us.group(2), "", new Columns(column, column, column, column));
        }
        Matcher comma = COMMA_DATE.matcher(cell);
        if (comma.matches()) {
            return read(comma.group(1), orEmpty(comma.group(2)), orEmpty(comma.group(3)), "",
                    new Columns(column, column, column, column));
        }
        try {
            return HistoricalDate.parse(cell);
        } catch (DateTimeException e) {
            throw new CellException(column, e.getMessage());
        }
    }

    private static HistoricalDate withTime(HistoricalDate day, String cell, String column) throws CellException {
        Matcher m = TIME.matcher(cell);
        if (!m.matches()) {
            throw new CellException(column, WORDS.text("date.notTime", cell));
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = Integer.parseInt(m.group(2));
        if (m.group(4) != null) {
            if (hour < 1 || hour > 12) {
                throw new CellException(column, WORDS.text("date.notTwelveHour", cell));
            }
            hour = hour % 12 + (m.group(4).toUpperCase(Locale.ROOT).equals("PM") ? 12 : 0);
        }
        if (m.group(3) != null && Integer.parseInt(m.group(3)) != 0) {
            throw new CellException(column, WORDS.text("date.seconds", m.group(1) + ":" + m.group(2)));
        }
        try {
            HistoricalDate date = HistoricalDate.ofMinute(day.year(), day.month(), day.day(), hour, minute)
                    .withApproximate(day.approximate());
            return m.group(5) == null ? date : date.withOffset(ZoneOffset.of(m.group(5)));
        } catch (DateTimeException e) {
            throw new CellException(column, e.getMessage());
        }
    }

    private static int number(String cell, String column, String notANumberKey) throws CellException {
        if (!isWholeNumber(cell) || cell.startsWith("-") || cell.length() > 2) {
            throw new CellException(column, WORDS.text(notANumberKey, cell));
        }
        return Integer.parseInt(cell);
    }

    private static boolean isWholeNumber(String cell) {
        int start = cell.startsWith("-") ? 1 : 0;
        if (cell.length() == start) {
            return false;
        }
        for (int i = start; i < cell.length(); i++) {
            if (cell.charAt(i) < '0' || cell.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    /**
     * {@link HistoricalDate#toIsoString()}, written by hand for the usual AD year, month or day of four-digit years:
     * the app's spreadsheet reader hands every date to the native checks as text, and formatting was a third of it.
     */
    static String isoText(HistoricalDate date) {
        boolean usual = !date.approximate() && date.year() >= 1000 && date.precision().compareTo(DatePrecision.YEAR) >= 0
                && date.precision().compareTo(DatePrecision.DAY) <= 0;
        if (!usual) {
            return date.toIsoString();
        }
        char[] text = new char[date.precision() == DatePrecision.YEAR ? 4 : date.precision() == DatePrecision.MONTH ? 7 : 10];
        int year = (int) date.year();
        for (int i = 3; i >= 0; i--, year /= 10) {
            text[i] = (char) ('0' + year % 10);
        }
        if (text.length > 4) {
            text[4] = '-';
            text[5] = (char) ('0' + date.month() / 10);
            text[6] = (char) ('0' + date.month() % 10);
        }
        if (text.length > 7) {
            text[7] = '-';
            text[8] = (char) ('0' + date.day() / 10);
            text[9] = (char) ('0' + date.day() % 10);
        }
        return new String(text);
    }

    /** The cells that write {@code date} back: Year, Month, Day and Time, read back by {@link #read}. */
    static String[] cells(HistoricalDate date) {
        if (date == null) {
            return new String[] {"", "", "", ""};
        }
        if (date.precision().isYearsAgo()) {
            return new String[] {date.toIsoString(), "", "", ""};
        }
        String year = (date.approximate() ? "c. " : "") + (date.isBc() ? -date.year() + " BC" : Long.toString(date.year()));
        String month = date.month() > 0 ? Integer.toString(date.month()) : "";
        String day = date.day() > 0 ? Integer.toString(date.day()) : "";
        String time = date.precision() == DatePrecision.MINUTE
                ? String.format(Locale.ROOT, "%02d:%02d", date.minuteOfDay() / 60, date.minuteOfDay() % 60)
                + (date.offset() == null ? "" : date.offset().getId())
                : "";
        return new String[] {year, month, day, time};
    }
}
