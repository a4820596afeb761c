package org.timelineexplorer.model;

import org.timelineexplorer.i18n.Messages;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known as precisely as it is written, from 13.8 billion years ago to AD 9999: "66 million years ago",
 * "753 BC", "April 2004" (which covers 1 to 30 April and never turns into 1 April), "20 March 2003" or
 * "3 January 2020, 00:52"; any of them may be approximate ("c. 3500 BC").
 *
 * <p>Years are counted as historians write them: there is no year 0, 1 BC is followed by AD 1, and {@code year} is
 * negative for BC ({@code -44} is 44 BC). Days are kept as written, so days before 1582 are usually Julian ones
 * (February has its 29th day in every fourth year before 1582); they are placed on the axis by the same numbers in
 * the proleptic Gregorian reckoning, a few days off at most, which no view at those scales can show. A date counted
 * in years ago counts back from 1950, the "before present" convention. All arithmetic is on whole numbers (a
 * {@code long} year), so the order of dates is exact at any depth.
 *
 * @param year          the year, negative for BC, never 0; for a years-ago date the year it falls in (1950 minus the
 *                      count, counted without a year 0)
 * @param month         1 to 12, or 0 when not known
 * @param day           1 to the month's length, or 0 when not known
 * @param minuteOfDay   0 to 1439 for a minute-precision date, else 0
 * @param precision     which of the fields are known
 * @param approximate   whether the date is written "c." (circa)
 * @param offset        the offset from UTC written with a time of day, or {@code null}; kept and written back, the
 *                      time is placed as written (the local time of the place)
 */
public record HistoricalDate(long year, int month, int day, int minuteOfDay, DatePrecision precision,
                             boolean approximate, ZoneOffset offset) implements Comparable<HistoricalDate> {

    /** The latest year a date may have. */
    public static final long LAST_YEAR = 9999;
    /** The most years ago a date may be: a little before the Big Bang's 13.8 billion, for "c. 13.82 billion". */
    public static final long MOST_YEARS_AGO = 14_000_000_000L;
    /** The year "N years ago" counts back from. */
    public static final long PRESENT = 1950;

    private static final Pattern CALENDAR = Pattern.compile(
            "(\\d{1,3}(?:,\\d{3})+|\\d+)(?:-(\\d{2})(?:-(\\d{2})(?:T(\\d{2}):(\\d{2})(:\\d{2}(?:\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})?)?)?)?");
    private static final Pattern YEARS_AGO = Pattern.compile(
            "(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)\\s*(billion|million|thousand)?\\s+years?\\s+ago(.*)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SIGNED = Pattern.compile("-(\\d+)((?:-\\d{2}){0,2})(?:T.*)?");

    /**
     * Why a text is not a date, in the language in use: a teacher reads these in the loader's problem list. The forms
     * of dates in them stay as the file writes them (753 BC, 66 million years ago), whatever the language.
     */
    private static final Messages PARSING = Messages.named("org.timelineexplorer.model.parsing");

    public HistoricalDate {
        if (precision == null) {
            throw new IllegalArgumentException("a date needs a precision");
        }
        if (year == 0) {
            throw new DateTimeException(PARSING.text("noYearZero"));
        }
        if (year > LAST_YEAR) {
            throw new DateTimeException(PARSING.text("yearTooLate", year, LAST_YEAR));
        }
        if (PRESENT - astronomical(year) > MOST_YEARS_AGO) {
            throw new DateTimeException(PARSING.text("beforeBigBang"));
        }
        boolean calendar = precision.compareTo(DatePrecision.MONTH) >= 0;
        if (!calendar && (month != 0 || day != 0)) {
            throw new DateTimeException(PARSING.text("yearHasNoMonth"));
        }
        if (calendar) {
            checkMonth(month);
        }
        if (precision == DatePrecision.MONTH && day != 0) {
            throw new DateTimeException(PARSING.text("monthHasNoDay"));
        }
        if (precision.compareTo(DatePrecision.DAY) >= 0) {
            int length = lengthOfMonth(year, month);
            if (day < 1 || day > length) {
                throw new DateTimeException(PARSING.text("noSuchDay", day, monthName(month),
                        yearText(year, EraStyle.BC_AD), length));
            }
        }
        if (precision == DatePrecision.MINUTE ? minuteOfDay < 0 || minuteOfDay >= 24 * 60 : minuteOfDay != 0) {
            throw new DateTimeException(PARSING.text("timeOutOfRange"));
        }
        if (offset != null && precision != DatePrecision.MINUTE) {
            throw new DateTimeException(PARSING.text("offsetWithoutTime"));
        }
    }

    private static int exponent(DatePrecision precision) {
        return Long.toString(precision.yearsPerUnit()).length() - 1;
    }

    private static void checkMonth(int month) {
        if (month < 1 || month > 12) {
            throw new DateTimeException(PARSING.text("noSuchMonth", month));
        }
    }

    public static HistoricalDate ofYear(long year) {
        return new HistoricalDate(year, 0, 0, 0, DatePrecision.YEAR, false, null);
    }

    public static HistoricalDate ofMonth(long year, int month) {
        return new HistoricalDate(year, month, 0, 0, DatePrecision.MONTH, false, null);
    }

    public static HistoricalDate ofDay(long year, int month, int day) {
        return new HistoricalDate(year, month, day, 0, DatePrecision.DAY, false, null);
    }

    /** A time of day, to the minute, without an offset. */
    public static HistoricalDate ofMinute(long year, int month, int day, int hour, int minute) {
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59) {
            throw new DateTimeException(PARSING.text("noSuchTime", String.format(Locale.ROOT, "%02d:%02d", hour, minute)));
        }
        return new HistoricalDate(year, month, day, hour * 60 + minute, DatePrecision.MINUTE, false, null);
    }

    public static HistoricalDate of(LocalDate date) {
        return ofDay(historical(date.getYear()), date.getMonthValue(), date.getDayOfMonth());
    }

    /**
     * A date counted back from 1950: {@code yearsAgo(66_000_000, MILLION_YEARS_AGO)} is "66 million years ago".
     *
     * @param years     how many years before 1950, a whole number of years
     * @param precision one of the years-ago precisions, the unit the count is written in
     */
    public static HistoricalDate yearsAgo(long years, DatePrecision precision) {
        if (!precision.isYearsAgo()) {
            throw new IllegalArgumentException("not a years-ago precision: " + precision);
        }
        if (years < 1 || years > MOST_YEARS_AGO) {
            throw new DateTimeException(PARSING.text(years < 1 ? "atLeastOneYearAgo" : "beforeBigBang"));
        }
        return new HistoricalDate(historical(PRESENT - years), 0, 0, 0, precision, false, null);
    }

    /**
     * The date {@code steps} units of its own precision later, earlier when negative: a month-precision date moves
     * by months, a day by days (31 January and a month is not a question that arises), a year by years with no
     * year 0 (1 BC and one year is AD 1), a years-ago date by its unit ("66 million years ago" and one step is 65
     * million). How an event is moved with the keys.
     *
     * @throws DateTimeException when the date would leave the range of dates
     */
    public HistoricalDate movedBy(long steps) {
        return switch (precision) {
            case YEAR -> new HistoricalDate(historical(astronomicalYear() + steps), 0, 0, 0, precision, approximate,
                    null);
            case MONTH -> {
                long months = astronomicalYear() * 12 + (month - 1) + steps;
                yield new HistoricalDate(historical(Math.floorDiv(months, 12)), (int) Math.floorMod(months, 12) + 1, 0,
                        0, precision, approximate, null);
            }
            case DAY -> {
                long[] ymd = civilFromDays(daysFromCivil(astronomicalYear(), month, day) + steps);
                yield new HistoricalDate(historical(ymd[0]), (int) ymd[1], (int) ymd[2], 0, precision, approximate,
                        null);
            }
            case MINUTE -> {
                long minutes = minuteOfDay + steps;
                long[] ymd = civilFromDays(daysFromCivil(astronomicalYear(), month, day) + Math.floorDiv(minutes, 1440));
                yield new HistoricalDate(historical(ymd[0]), (int) ymd[1], (int) ymd[2],
                        (int) Math.floorMod(minutes, 1440), precision, approximate, offset);
            }
            default -> yearsAgo(yearsBeforePresent() - steps * precision.yearsPerUnit(), precision)
                    .withApproximate(approximate);
        };
    }

    /**
     * How many steps of its own precision (see {@link #movedBy}) bring the date's start nearest {@code epochDay}:
     * what a drag snaps to, so that a month-precision date dragged by 40 days moves one month. Never a step that
     * would leave the range of dates: 0 when even the nearest ones would.
     */
    public long stepsToward(double epochDay) {
        double from = startDay();
        long guess = Math.round((epochDay - from) / averageStepDays());
        long best = 0;
        double bestDistance = Math.abs(epochDay - from);
        // Months and years differ in length from the average by less than half of one: the nearest is among these.
        for (long steps = guess - 1; steps <= guess + 1; steps++) {
            try {
                double distance = Math.abs(movedBy(steps).startDay() - epochDay);
                if (distance < bestDistance) {
                    best = steps;
                    bestDistance = distance;
                }
            } catch (DateTimeException beyondTheRange) {
                // Not a date: not a place to snap to.
            }
        }
        return best;
    }

    /** The mean length of one step of {@link #movedBy}, in days. */
    private double averageStepDays() {
        double year = 365.2425;
        return switch (precision) {
            case MINUTE -> 1.0 / 1440;
            case DAY -> 1;
            case MONTH -> year / 12;
            case YEAR -> year;
            default -> year * precision.yearsPerUnit();
        };
    }

    /** The same date marked approximate ("c.") or not. */
    public HistoricalDate withApproximate(boolean approximately) {
        return new HistoricalDate(year, month, day, minuteOfDay, precision, approximately, offset);
    }

    /** The same date and time with an offset from UTC (only for a time of day). */
    public HistoricalDate withOffset(ZoneOffset newOffset) {
        return new HistoricalDate(year, month, day, minuteOfDay, precision, approximate, newOffset);
    }

    /**
     * The day {@code epochDay} (days since 1 January 1970, any number of billions of years away) at
     * {@code precision}, one of year, month and day: the date an axis or a view's range names for a position. A
     * day outside the range of dates (a view padded beyond 14 billion years ago) gives the first or last date.
     */
    public static HistoricalDate onEpochDay(long epochDay, DatePrecision precision) {
        long earliest = daysFromCivil(PRESENT - MOST_YEARS_AGO, 1, 1);
        long latest = daysFromCivil(LAST_YEAR, 12, 31);
        long[] ymd = civilFromDays(Math.max(earliest, Math.min(latest, epochDay)));
        long year = historical(ymd[0]);
        return switch (precision) {
            case MONTH -> ofMonth(year, (int) ymd[1]);
            case DAY, MINUTE -> ofDay(year, (int) ymd[1], (int) ymd[2]);
            default -> ofYear(year);
        };
    }

    /**
     * The year {@code year} as a reader expects to see it named: as a year from 9999 BC on ("753 BC"), and before
     * that counted in years ago in the largest unit it reaches, to three decimals of that unit ("12.05 thousand
     * years ago", "66 million years ago", "13.8 billion years ago"). What the axis and a view's range show.
     */
    public static HistoricalDate readableYear(long year) {
        if (year >= -9999) {
            return ofYear(year);
        }
        long ago = yearsAgo(year);
        DatePrecision unit = ago >= 1_000_000_000L ? DatePrecision.BILLION_YEARS_AGO
                : ago >= 1_000_000L ? DatePrecision.MILLION_YEARS_AGO : DatePrecision.THOUSAND_YEARS_AGO;
        long step = unit.yearsPerUnit() / 1000;
        long rounded = Math.max(step, Math.round((double) ago / step) * step);
        return yearsAgo(Math.min(MOST_YEARS_AGO, rounded), unit);
    }

    /**
     * Reads a date in any of the forms of the README's table: {@code 2003-03-20}, {@code 2003-03}, {@code 2003},
     * {@code AD 79}, {@code 79 AD}, {@code 753 BC}, {@code 44-03-15 BC}, {@code 753 BCE}, {@code c. 3500 BC},
     * {@code 1865-04-14T22:15}, {@code 2020-01-03T00:52+03:00}, {@code 66 million years ago}, {@code 10,000 years ago}.
     *
     * @throws DateTimeException with a message in plain words that names the text and says how to write it, for
     *                           example {@code "-0044" is not a date: ... write "45 BC"}
     */
    public static HistoricalDate parse(String text) {
        if (text == null) {
            throw new DateTimeException(PARSING.text("missing"));
        }
        try {
            return read(text.trim().replaceAll("\\s+", " "));
        } catch (DateTimeException e) {
            // Say which text was wrong: the reader of the message may not see the file.
            throw notADate(text, e.getMessage());
        }
    }

    private static HistoricalDate read(String text) {
        boolean approximate = false;
        if (text.regionMatches(true, 0, "c.", 0, 2)) {
            approximate = true;
            text = text.substring(2).trim();
        }
        Matcher ago = YEARS_AGO.matcher(text);
        if (ago.matches()) {
            return readYearsAgo(ago).withApproximate(approximate);
        }
        Matcher signed = SIGNED.matcher(text);
        if (signed.matches()) {
            long bc = Long.parseLong(signed.group(1).length() > 12 ? "999999999999" : signed.group(1)) + 1;
            throw new DateTimeException(PARSING.text("minusSign", text.substring(0, signed.end(1)), bc + " BC",
                    bc + signed.group(2) + " BC"));
        }
        Boolean bc = null;
        String upper = text.toUpperCase(Locale.ROOT);
        for (String marker : new String[] {" BCE", " BC", " AD", " CE"}) {
            if (upper.endsWith(marker)) {
                bc = marker.startsWith(" B");
                text = text.substring(0, text.length() - marker.length()).trim();
                break;
            }
        }
        if (bc == null && upper.startsWith("AD ")) {
            bc = false;
            text = text.substring(3).trim();
        }
        Matcher m = CALENDAR.matcher(text);
        if (!m.matches()) {
            throw new DateTimeException(PARSING.text("forms"));
        }
        String digits = m.group(1).replace(",", "");
        if (digits.length() > 12) {
            throw new DateTimeException(PARSING.text("tooFarBack"));
        }
        long number = Long.parseLong(digits);
        if (number == 0) {
            throw new DateTimeException(PARSING.text("noYearZero"));
        }
        if (m.group(6) != null) {
            throw new DateTimeException(PARSING.text("noSeconds", text.substring(0, m.start(6))));
        }
        long year = Boolean.TRUE.equals(bc) ? -number : number;
        HistoricalDate date;
        if (m.group(2) == null) {
            date = ofYear(year);
        } else if (m.group(3) == null) {
            date = ofMonth(year, Integer.parseInt(m.group(2)));
        } else if (m.group(4) == null) {
            date = ofDay(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } else {
            date = ofMinute(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)));
            if (m.group(7) != null) {
                date = date.withOffset(ZoneOffset.of(m.group(7)));
            }
        }
        return date.withApproximate(approximate);
    }

    private static HistoricalDate readYearsAgo(Matcher ago) {
        if (!ago.group(3).isBlank()) {
            throw new DateTimeException(PARSING.text("yearsAgoOnly",
                    ago.group(1) + (ago.group(2) == null ? "" : " " + ago.group(2).toLowerCase(Locale.ROOT))
                    + " years ago"));
        }
        DatePrecision unit = ago.group(2) == null ? DatePrecision.YEARS_AGO
                : DatePrecision.valueOf(ago.group(2).toUpperCase(Locale.ROOT) + "_YEARS_AGO");
        BigDecimal years = new BigDecimal(ago.group(1).replace(",", "")).multiply(BigDecimal.valueOf(unit.yearsPerUnit()));
        if (years.signum() <= 0) {
            throw new DateTimeException(PARSING.text("atLeastOneYearAgo"));
        }
        if (years.compareTo(BigDecimal.valueOf(MOST_YEARS_AGO)) > 0) {
            throw new DateTimeException(PARSING.text("beforeBigBang"));
        }
        if (years.stripTrailingZeros().scale() > 0) {
            throw new DateTimeException(PARSING.text("wholeYears"));
        }
        return yearsAgo(years.longValueExact(), unit);
    }

    private static DateTimeException notADate(String text, String reason) {
        String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
        return new DateTimeException(PARSING.text("notADate", shown, reason));
    }

    /** The year in astronomical numbering, which has a year 0 (1 BC) and -1 for 2 BC: plain arithmetic. */
    public long astronomicalYear() {
        return astronomical(year);
    }

    private static long astronomical(long year) {
        return year < 0 ? year + 1 : year;
    }

    private static long historical(long astronomicalYear) {
        return astronomicalYear <= 0 ? astronomicalYear - 1 : astronomicalYear;
    }

    private static long yearsAgo(long year) {
        return PRESENT - astronomical(year);
    }

    /** For a years-ago date, how many years before 1950 it is; for any date, 1950 minus its year. */
    public long yearsBeforePresent() {
        return yearsAgo(year);
    }

    /** Whether the year is BC. */
    public boolean isBc() {
        return year < 0;
    }

    /** Days in a month as historians count them: Julian leap years (every fourth) before 1582, Gregorian after. */
    static int lengthOfMonth(long year, int month) {
        return switch (month) {
            case 2 -> isLeap(astronomical(year)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    private static boolean isLeap(long astronomicalYear) {
        boolean julian = Math.floorMod(astronomicalYear, 4) == 0;
        return astronomicalYear < 1582 ? julian
                : julian && (astronomicalYear % 100 != 0 || astronomicalYear % 400 == 0);
    }

    /** Days since 1 January 1970 of a proleptic Gregorian date, for any year (Hinnant's days-from-civil). */
    public static long daysFromCivil(long astronomicalYear, int month, int day) {
        long y = month <= 2 ? astronomicalYear - 1 : astronomicalYear;
        long era = Math.floorDiv(y, 400);
        long yearOfEra = y - era * 400;
        long dayOfYear = (153L * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146097 + dayOfEra - 719468;
    }

    /** The astronomical year, month and day of an epoch day: the inverse of {@link #daysFromCivil}. */
    public static long[] civilFromDays(long epochDay) {
        long z = epochDay + 719468;
        long era = Math.floorDiv(z, 146097);
        long dayOfEra = z - era * 146097;
        long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long mp = (5 * dayOfYear + 2) / 153;
        long day = dayOfYear - (153 * mp + 2) / 5 + 1;
        long month = mp < 10 ? mp + 3 : mp - 9;
        long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
        return new long[] {year, month, day};
    }

    /** The first day of the year {@code year} (historical numbering), in epoch days. */
    public static long yearStartDay(long year) {
        return daysFromCivil(astronomical(year), 1, 1);
    }

    /** Where the date begins on the axis, in epoch days (a time of day as a fraction of its day). */
    public double startDay() {
        long first = daysFromCivil(astronomicalYear(), Math.max(1, month), Math.max(1, day));
        return precision == DatePrecision.MINUTE ? first + minuteOfDay / 1440.0 : first;
    }

    /** Where the time the date covers ends, in epoch days: the next year, month, day or minute. */
    public double endDay() {
        long y = astronomicalYear();
        return switch (precision) {
            case MONTH -> month == 12 ? daysFromCivil(y + 1, 1, 1) : daysFromCivil(y, month + 1, 1);
            case DAY -> daysFromCivil(y, month, day) + 1;
            case MINUTE -> daysFromCivil(y, month, day) + (minuteOfDay + 1) / 1440.0;
            default -> daysFromCivil(y + 1, 1, 1);
        };
    }

    /** The first day the date covers (1 January for a year), for dates within {@link LocalDate}'s years. */
    public LocalDate firstDay() {
        return LocalDate.ofEpochDay((long) startDay());
    }

    /** The last day the date covers (31 December for a year), for dates within {@link LocalDate}'s years. */
    public LocalDate lastDay() {
        return LocalDate.ofEpochDay((long) Math.ceil(endDay()) - 1);
    }

    /** Whether all the time this date covers is over before {@code other} begins. */
    public boolean endsBefore(HistoricalDate other) {
        return endDay() <= other.startDay();
    }

    /** Whether this date begins before {@code other} begins (by the numbers written, not the axis). */
    public boolean startsBefore(HistoricalDate other) {
        return startOnly().compareTo(other.startOnly()) < 0;
    }

    private HistoricalDate startOnly() {
        return new HistoricalDate(year, Math.max(1, month), Math.max(1, day),
                precision == DatePrecision.MINUTE ? minuteOfDay : 0,
                precision == DatePrecision.MINUTE ? precision : DatePrecision.DAY, false, null);
    }

    /**
     * The date as a dataset writes it, read back by {@link #parse} as the same date: {@code 2004},
     * {@code 2004-04-28}, {@code 44-03-15 BC}, {@code c. 3500 BC}, {@code 2020-01-03T00:52+03:00},
     * {@code 66 million years ago}.
     */
    public String toIsoString() {
        String circa = approximate ? "c. " : "";
        if (precision.isYearsAgo()) {
            return circa + isoYearsAgo();
        }
        // Padded by hand: String.format made two thirds of the garbage of writing 100,000 events (Save, and the
        // recovery file a thread writes while the teacher works).
        StringBuilder text = new StringBuilder(24).append(circa);
        padded(text, Math.abs(year), isBc() ? 1 : 4);
        if (month > 0) {
            padded(text.append('-'), month, 2);
        }
        if (day > 0) {
            padded(text.append('-'), day, 2);
        }
        if (precision == DatePrecision.MINUTE) {
            padded(padded(text.append('T'), minuteOfDay / 60, 2).append(':'), minuteOfDay % 60, 2);
            if (offset != null) {
                text.append(offset.getId());
            }
        }
        return isBc() ? text.append(" BC").toString() : text.toString();
    }

    /** Appends {@code value}, not negative, with zeros before it up to {@code width} digits. */
    private static StringBuilder padded(StringBuilder text, long value, int width) {
        String digits = Long.toString(value);
        for (int i = digits.length(); i < width; i++) {
            text.append('0');
        }
        return text.append(digits);
    }

    /** The date for a reader, at its precision, with BC and AD: see {@link #format(Locale, EraStyle)}. */
    public String format(Locale locale) {
        return format(locale, EraStyle.BC_AD);
    }

    /**
     * The date for a reader, at its precision, in the words and digits of {@code locale} (see {@link DateWords}):
     * "20 March 2003", "April 2004", "2014", "44 BC", "c. 3500 BC", "15 March 44 BC", "66 million years ago",
     * "3 January 2020, 00:52"; in French "1er mai 2003", "vers 1750", "753 av. J.-C.", "il y a 13,8 milliards
     * d’années"; in Arabic as written in Iraq "٢٠ آذار ٢٠٠٣", "٧٥٣ ق.م", "حوالي ١٧٥٠".
     */
    public String format(Locale locale, EraStyle style) {
        DateWords words = DateWords.of(locale);
        if (precision.isYearsAgo()) {
            return words.yearsAgo(yearsAgoCount(), precision, approximate);
        }
        String date = switch (precision) {
            case MONTH -> words.month(month) + " " + words.year(year, style);
            case DAY, MINUTE -> words.day(day) + " " + words.month(month) + " " + words.year(year, style);
            default -> words.year(year, style);
        };
        if (precision == DatePrecision.MINUTE) {
            date = words.withTime(date, minuteOfDay);
        }
        return approximate ? words.circa(date) : date;
    }

    /** A year for a reader in English: plain digits for AD ("2014", "79"), "44 BC" or "44 BCE" before, "10,500 BC". */
    public static String yearText(long year, EraStyle style) {
        return yearText(year, style, Locale.ENGLISH);
    }

    /**
     * A year for a reader of {@code locale}: its digits, never grouped below 10,000 ("2003", "٢٠٠٣"), with the era
     * before AD 1 ("44 BC", "44 av. J.-C.", "٤٤ ق.م").
     */
    public static String yearText(long year, EraStyle style, Locale locale) {
        return DateWords.of(locale).year(year, style);
    }

    /** For a years-ago date, the count in its unit: 66 for "66 million years ago", 13.8 for "13.8 billion". */
    private BigDecimal yearsAgoCount() {
        return BigDecimal.valueOf(yearsAgo(year)).movePointLeft(exponent(precision)).stripTrailingZeros();
    }

    /** "66 million years ago", "10000 years ago": as a file writes it, in plain digits, read back by {@link #parse}. */
    private String isoYearsAgo() {
        String unit = precision == DatePrecision.YEARS_AGO ? ""
                : precision.name().substring(0, precision.name().indexOf('_')).toLowerCase(Locale.ROOT) + " ";
        return yearsAgoCount().toPlainString() + " " + unit + "years ago";
    }

    /**
     * A span for a reader, writing each shared part once: "November – December 2004", "20 March – 1 May 2003",
     * "2006 – 2008", "December 2019 – 3 January 2020", "66 million years ago – 2 million years ago"; in French
     * "20 mars – 1er mai 2003".
     */
    public static String formatRange(HistoricalDate start, HistoricalDate end, Locale locale) {
        return formatRange(start, end, locale, EraStyle.BC_AD);
    }

    /** {@link #formatRange(HistoricalDate, HistoricalDate, Locale)} in an era style. */
    public static String formatRange(HistoricalDate start, HistoricalDate end, Locale locale, EraStyle style) {
        if (end == null || start.equals(end)) {
            return start.format(locale, style);
        }
        String left = start.format(locale, style);
        boolean shareYear = start.year == end.year && start.precision == end.precision && !start.approximate
                && !end.approximate && (start.precision == DatePrecision.MONTH || start.precision == DatePrecision.DAY);
        if (shareYear) {
            DateWords words = DateWords.of(locale);
            left = start.precision == DatePrecision.MONTH
                    ? words.month(start.month)
                    : start.month == end.month ? words.day(start.day) : words.day(start.day) + " " + words.month(start.month);
        }
        return left + " – " + end.format(locale, style);
    }

    /** A month's name as a sentence of the language in use writes it: "February", "février", "شباط". */
    private static String monthName(int month) {
        return Month.of(month).getDisplayName(TextStyle.FULL_STANDALONE, Messages.locale());
    }

    @Override
    /**
     * Earliest first; of two that start together the wider one first (2004 before April 2004 before 1 April 2004).
     * Written out field by field rather than as a chain of comparators: sorting and keeping 100,000 events in order
     * calls it millions of times, and the chain's lambdas and boxing cost ten times as much.
     */
    public int compareTo(HistoricalDate other) {
        int c = Long.compare(astronomicalYear(), other.astronomicalYear());
        if (c == 0) {
            c = Integer.compare(Math.max(1, month), Math.max(1, other.month));
        }
        if (c == 0) {
            c = Integer.compare(Math.max(1, day), Math.max(1, other.day));
        }
        if (c == 0) {
            c = Integer.compare(minuteOfDay, other.minuteOfDay);
        }
        if (c == 0) {
            c = precision.compareTo(other.precision);
        }
        if (c == 0) {
            c = Boolean.compare(approximate, other.approximate);
        }
        if (c == 0) {
            c = Integer.compare(offsetSeconds(), other.offsetSeconds());
        }
        return c;
    }

    private int offsetSeconds() {
        return offset == null ? Integer.MIN_VALUE : offset.getTotalSeconds();
    }

    @Override
    public String toString() {
        return toIsoString();
    }
}
