package org.timelineexplorer.timeline.impl;

import org.timelineexplorer.i18n.Messages;
import org.timelineexplorer.model.EraStyle;
import org.timelineexplorer.model.HistoricalDate;
import org.timelineexplorer.timeline.TimeScale;
import org.timelineexplorer.timeline.TimelineView;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;

/**
 * Chooses the axis resolution for a time scale and places its labels. Pure: text widths come from a measuring
 * function, so tests run without a screen.
 *
 * <p>The resolutions form a table from finest to coarsest: minutes, hours, days (with weekday), weeks, months,
 * quarters, years (each, every second, every fifth), decades, centuries, millennia, and then tens of thousands up to
 * billions of years ago; the finest one whose widest label fits its shortest period wins. Days, weeks, months and
 * single years are periods, and their labels sit centred in the visible part of the period; times of day and steps
 * of ten years and more are points, and their labels sit centred on their tick. Either way a label that would cross
 * another or an edge is left out, so labels can neither overlap nor be clipped. A second, coarser row gives context:
 * the day above hours ("3 January 2020"), the month above days, the year above months, the decade above years, the
 * century above decades and the millennium above centuries ("3rd millennium BC").
 */
final class AxisLayout {

    private static final Messages TEXTS = Messages.of(TimelineView.class);

    /** How a row writes the label of a period or tick. */
    enum Style {
        TIME, WEEKDAY_DAY, DAY_NUMBER, DAY_MONTH, MONTH_LONG, MONTH_SHORT, QUARTER, YEAR, YEARS_AGO,
        DAY_FULL, MONTH_YEAR, DECADE_NAME, CENTURY_NAME, MILLENNIUM_NAME
    }

    /**
     * One row of the resolution table.
     *
     * @param unit       what the row divides time into
     * @param step       how many of the unit one period is (15 minutes, 100 years)
     * @param labelEvery every how many periods a label is written; the other periods still get a tick
     * @param style      how labels are written
     */
    record Resolution(String name, TickUnit unit, long step, int labelEvery, Style style) {

        /** Whether labels name their tick (a time, a year of a step of ten or more) rather than a period. */
        boolean labelsPoints() {
            return style == Style.TIME || style == Style.YEARS_AGO || (unit == TickUnit.YEAR && step >= 10);
        }

        /** The shortest distance between two labels, in days. */
        double shortestLabelDays() {
            double unitDays = switch (unit) {
                case MINUTE -> 1.0 / (24 * 60);
                case DAY -> 1;
                case WEEK -> 7;
                case MONTH -> 28;
                // A step that crosses the missing year 0 is a year shorter.
                case YEAR, YEARS_AGO -> 365 - (step > 1 ? 366.0 / step : 0);
                case DECADE -> 9 * 365;
                case CENTURY -> 36524;
                case MILLENNIUM -> 365242;
            };
            return unitDays * step * labelEvery;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static final Resolution MINUTE = new Resolution("minute", TickUnit.MINUTE, 1, 1, Style.TIME);
    static final Resolution FIVE_MINUTES = new Resolution("5 minutes", TickUnit.MINUTE, 1, 5, Style.TIME);
    static final Resolution QUARTER_HOUR = new Resolution("15 minutes", TickUnit.MINUTE, 5, 3, Style.TIME);
    static final Resolution HALF_HOUR = new Resolution("30 minutes", TickUnit.MINUTE, 15, 2, Style.TIME);
    static final Resolution HOUR = new Resolution("hour", TickUnit.MINUTE, 60, 1, Style.TIME);
    static final Resolution THREE_HOURS = new Resolution("3 hours", TickUnit.MINUTE, 60, 3, Style.TIME);
    static final Resolution SIX_HOURS = new Resolution("6 hours", TickUnit.MINUTE, 360, 1, Style.TIME);
    static final Resolution DAY_WITH_WEEKDAY = new Resolution("day with weekday", TickUnit.DAY, 1, 1, Style.WEEKDAY_DAY);
    static final Resolution DAY_OF_MONTH = new Resolution("day", TickUnit.DAY, 1, 1, Style.DAY_NUMBER);
    static final Resolution WEEK = new Resolution("week", TickUnit.WEEK, 1, 1, Style.DAY_MONTH);
    static final Resolution MONTH = new Resolution("month", TickUnit.MONTH, 1, 1, Style.MONTH_LONG);
    static final Resolution MONTH_SHORT = new Resolution("short month", TickUnit.MONTH, 1, 1, Style.MONTH_SHORT);
    static final Resolution QUARTER = new Resolution("quarter", TickUnit.MONTH, 3, 1, Style.QUARTER);
    static final Resolution YEAR = new Resolution("year", TickUnit.YEAR, 1, 1, Style.YEAR);
    static final Resolution EVERY_SECOND_YEAR = new Resolution("every second year", TickUnit.YEAR, 1, 2, Style.YEAR);
    static final Resolution EVERY_FIFTH_YEAR = new Resolution("every fifth year", TickUnit.YEAR, 1, 5, Style.YEAR);
    static final Resolution DECADE = new Resolution("decade", TickUnit.YEAR, 10, 1, Style.YEAR);
    static final Resolution CENTURY = new Resolution("century", TickUnit.YEAR, 100, 1, Style.YEAR);
    static final Resolution MILLENNIUM = new Resolution("millennium", TickUnit.YEAR, 1000, 1, Style.YEAR);
    static final Resolution TEN_THOUSAND_YEARS = new Resolution("10,000 years", TickUnit.YEARS_AGO, 10_000, 1, Style.YEARS_AGO);
    static final Resolution BILLION_YEARS = new Resolution("billion years", TickUnit.YEARS_AGO, 1_000_000_000L, 1, Style.YEARS_AGO);

    /** Finest first. Steps of 2 and 5 of each power of ten keep neighbouring levels within a factor of 2.5. */
    static final List<Resolution> TABLE = table();

    private static List<Resolution> table() {
        List<Resolution> rows = new ArrayList<>(List.of(MINUTE, FIVE_MINUTES, QUARTER_HOUR, HALF_HOUR, HOUR, THREE_HOURS,
                SIX_HOURS, new Resolution("12 hours", TickUnit.MINUTE, 360, 2, Style.TIME), DAY_WITH_WEEKDAY,
                DAY_OF_MONTH, WEEK, MONTH, MONTH_SHORT, QUARTER, YEAR, EVERY_SECOND_YEAR, EVERY_FIFTH_YEAR));
        for (Resolution power : List.of(DECADE, CENTURY, MILLENNIUM)) {
            rows.add(power);
            rows.add(new Resolution(power.step * 2 + " years", TickUnit.YEAR, power.step, 2, Style.YEAR));
            rows.add(new Resolution(power.step * 5 + " years", TickUnit.YEAR, power.step, 5, Style.YEAR));
        }
        for (long step = 10_000; step <= 1_000_000_000L; step *= 10) {
            rows.add(step == 10_000 ? TEN_THOUSAND_YEARS : step == 1_000_000_000L ? BILLION_YEARS
                    : new Resolution(step + " years", TickUnit.YEARS_AGO, step, 1, Style.YEARS_AGO));
            rows.add(new Resolution(step * 2 + " years", TickUnit.YEARS_AGO, step, 2, Style.YEARS_AGO));
            rows.add(new Resolution(step * 5 + " years", TickUnit.YEARS_AGO, step, 5, Style.YEARS_AGO));
        }
        return List.copyOf(rows);
    }

    private static final Resolution CONTEXT_DAY = new Resolution("day", TickUnit.DAY, 1, 1, Style.DAY_FULL);
    private static final Resolution CONTEXT_MONTH = new Resolution("month", TickUnit.MONTH, 1, 1, Style.MONTH_YEAR);
    private static final Resolution CONTEXT_YEAR = new Resolution("year", TickUnit.YEAR, 1, 1, Style.YEAR);
    private static final Resolution CONTEXT_DECADE = new Resolution("decade", TickUnit.DECADE, 1, 1, Style.DECADE_NAME);
    private static final Resolution CONTEXT_CENTURY = new Resolution("century", TickUnit.CENTURY, 1, 1, Style.CENTURY_NAME);
    private static final Resolution CONTEXT_MILLENNIUM =
            new Resolution("millennium", TickUnit.MILLENNIUM, 1, 1, Style.MILLENNIUM_NAME);

    /** A label placed on the axis: its text, left edge and width in pixels. */
    public record Label(String text, double x, double width) {
        public double right() {
            return x + width;
        }
    }

    /**
     * A laid-out axis.
     *
     * @param resolution   the chosen resolution of the main row
     * @param ticks        x positions of the boundaries between periods of the main row
     * @param labels       the main row's labels
     * @param contextTicks x positions of the boundaries of the context row
     * @param context      the coarser context row's labels (empty above millennia)
     */
    public record Axis(Resolution resolution, double[] ticks, List<Label> labels, double[] contextTicks,
                       List<Label> context) {
    }

    /** Formatters are immutable and costly to build; the axis asks for the same few on every frame. */
    private static final Map<String, DateTimeFormatter> FORMATTERS = new ConcurrentHashMap<>();

    private AxisLayout() {
    }

    static DateTimeFormatter formatter(String pattern, Locale locale) {
        return FORMATTERS.computeIfAbsent(pattern + '\u0000' + locale.toLanguageTag(),
                k -> DateTimeFormatter.ofPattern(pattern, locale));
    }

    /**
     * Picks the finest resolution whose labels fit with {@code gap} pixels around them. Times of day also need room
     * for their day's name in the context row, or the axis would not say which day it shows.
     */
    public static Resolution choose(TimeScale scale, Locale locale, EraStyle era, ToDoubleFunction<String> measure,
                                    ToDoubleFunction<String> contextMeasure, double gap) {
        double pixelsPerDay = 1 / scale.daysPerPixel();
        double dayName = contextMeasure.applyAsDouble(label(CONTEXT_DAY, HistoricalDate.daysFromCivil(2007, 9, 30),
                locale, era)) + gap;
        for (Resolution r : TABLE) {
            double cell = r.shortestLabelDays() * pixelsPerDay;
            if (cell < gap * 2 || (r.unit == TickUnit.MINUTE && pixelsPerDay < dayName)) {
                continue;
            }
            double widest = 0;
            for (String sample : samples(r, scale, locale, era)) {
                widest = Math.max(widest, measure.applyAsDouble(sample));
            }
            if (widest + gap <= cell) {
                return r;
            }
        }
        return TABLE.get(TABLE.size() - 1);
    }

    /** The context row above {@code main}, or {@code null} above centuries. */
    static Resolution contextOf(Resolution main) {
        return switch (main.unit) {
            case MINUTE -> CONTEXT_DAY;
            case DAY, WEEK -> CONTEXT_MONTH;
            case MONTH -> CONTEXT_YEAR;
            case YEAR -> main.step == 1 ? CONTEXT_DECADE : main.step == 10 ? CONTEXT_CENTURY
                    : main.step == 100 ? CONTEXT_MILLENNIUM : null;
            default -> null;
        };
    }

    /**
     * Lays out the axis for {@code scale}: the resolution, period boundaries, and labels that neither overlap nor
     * cross the edges.
     *
     * @param measure        the width of a main-row label in pixels
     * @param contextMeasure the width of a context-row label (often bold) in pixels
     * @param gap            the least free space, in pixels, between a label and the end of its period
     */
    public static Axis layout(TimeScale scale, Locale locale, EraStyle era, ToDoubleFunction<String> measure,
                              ToDoubleFunction<String> contextMeasure, double gap) {
        Resolution main = choose(scale, locale, era, measure, contextMeasure, gap);
        List<Label> labels = new ArrayList<>();
        double[] ticks = place(scale, main, locale, era, measure, gap, labels);
        List<Label> context = new ArrayList<>();
        Resolution ctx = contextOf(main);
        double[] contextTicks = ctx == null ? new double[0] : place(scale, ctx, locale, era, contextMeasure, gap, context);
        return new Axis(main, ticks, labels, contextTicks, context);
    }

    /** Places one row: its ticks, returned, and its labels, added to {@code out}. */
    private static double[] place(TimeScale scale, Resolution r, Locale locale, EraStyle era,
                                  ToDoubleFunction<String> measure, double gap, List<Label> out) {
        double width = scale.width();
        long index = r.unit.floor(scale.range().start(), r.step, locale);
        double x0 = scale.timeToX(r.unit.start(index, r.step, locale));
        double labelRoom = r.shortestLabelDays() / scale.daysPerPixel();
        List<Double> ticks = new ArrayList<>();
        // A guard against pathological scales: no row ever needs more periods than pixels.
        int guard = (int) width + 4;
        while (guard-- > 0 && x0 < width) {
            long nextIndex = r.unit.next(index, r.step);
            double x1 = scale.timeToX(r.unit.start(nextIndex, r.step, locale));
            if (x0 > 0) {
                ticks.add(x0);
            }
            if (Math.floorMod(index, r.labelEvery) == 0) {
                String text = label(r, index, locale, era);
                if (!text.isEmpty()) {
                    double w = measure.applyAsDouble(text);
                    if (r.labelsPoints()) {
                        // Centred on its tick, or left out: a label moved off its tick would name another time.
                        double x = x0 - w / 2;
                        if (x >= gap / 2 && x + w <= width - gap / 2 && w + gap <= labelRoom) {
                            out.add(new Label(text, x, w));
                        }
                    } else {
                        // A strided label may use the room of the unlabelled periods around it.
                        double reach = (x1 - x0) * (r.labelEvery - 1) / 2;
                        double left = Math.max(0, x0 - reach) + gap / 2;
                        double right = Math.min(width, x1 + reach) - gap / 2;
                        if (right - left >= w) {
                            out.add(new Label(text, Math.max(left, Math.min(right - w, (x0 + x1) / 2 - w / 2)), w));
                        }
                    }
                }
            }
            index = nextIndex;
            x0 = x1;
        }
        return ticks.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The label of period {@code index} of row {@code r}, or "" for a tick that names nothing (after 1950). */
    static String label(Resolution r, long index, Locale locale, EraStyle era) {
        double start = r.unit.start(index, r.step, locale);
        long day = (long) Math.floor(start);
        long[] ymd = HistoricalDate.civilFromDays(day);
        long year = ymd[0] <= 0 ? ymd[0] - 1 : ymd[0];
        int month = (int) ymd[1];
        return switch (r.style) {
            case TIME -> {
                long minute = Math.floorMod(Math.round(start * 24 * 60), 24 * 60);
                yield String.format(Locale.ROOT, "%02d:%02d", minute / 60, minute % 60);
            }
            case WEEKDAY_DAY -> DayOfWeek.of((int) Math.floorMod(day + 3, 7) + 1).getDisplayName(TextStyle.SHORT, locale)
                    + " " + ymd[2];
            case DAY_NUMBER -> Long.toString(ymd[2]);
            case DAY_MONTH -> formatter("d MMM", locale).format(LocalDate.of(2000, month, (int) ymd[2]));
            case MONTH_LONG -> Month.of(month).getDisplayName(TextStyle.FULL_STANDALONE, locale);
            case MONTH_SHORT -> Month.of(month).getDisplayName(TextStyle.SHORT_STANDALONE, locale);
            case QUARTER -> formatter("QQQ", locale).format(LocalDate.of(2000, month, 1));
            case YEAR -> year == 1 ? era.after() + " 1" : HistoricalDate.yearText(year, era, locale);
            case DAY_FULL -> ymd[2] + " " + Month.of(month).getDisplayName(TextStyle.FULL_STANDALONE, locale) + " "
                    + HistoricalDate.yearText(year, era, locale);
            case MONTH_YEAR -> Month.of(month).getDisplayName(TextStyle.FULL_STANDALONE, locale) + " "
                    + HistoricalDate.yearText(year, era, locale);
            case YEARS_AGO -> index >= 0 ? "" : yearsAgo(-index * r.step);
            case DECADE_NAME -> index >= 0 ? TEXTS.text("axis.decade", index * 10)
                    : TEXTS.text("axis.decade.before", (-index - 1) * 10, era.before());
            case CENTURY_NAME -> period("axis.century", index, era);
            case MILLENNIUM_NAME -> period("axis.millennium", index, era);
        };
    }

    /** "500 thousand years ago", "66 million years ago", "13.5 billion years ago", in the language in use. */
    private static String yearsAgo(long years) {
        long unit = years >= 1_000_000_000L ? 1_000_000_000L : years >= 1_000_000L ? 1_000_000L : 1_000L;
        String key = unit == 1_000_000_000L ? "axis.ago.billion" : unit == 1_000_000L ? "axis.ago.million"
                : "axis.ago.thousand";
        return TEXTS.text(key, BigDecimal.valueOf(years).divide(BigDecimal.valueOf(unit)).stripTrailingZeros());
    }

    /** "21st century", "3rd millennium BC": period {@code index} (negative before year 1) named by {@code key}. */
    private static String period(String key, long index, EraStyle era) {
        String ordinal = ordinal(Math.abs(index));
        return index < 0 ? TEXTS.text(key + ".before", ordinal, era.before()) : TEXTS.text(key, ordinal);
    }

    /**
     * The ordinal of a century or millennium as the language in use writes it: "21st" in English, "XXIe" in French
     * (which numbers centuries in Roman figures), "21" in Arabic, whose "القرن 21" reads as "the 21st century".
     */
    private static String ordinal(long n) {
        return switch (Messages.language()) {
            case ENGLISH -> englishOrdinal(n);
            case FRENCH -> roman(n) + (n == 1 ? "er" : "e");
            case ARABIC -> NumberFormat.getIntegerInstance(Messages.locale()).format(n);
        };
    }

    /** Roman figures, as French writes centuries: I, IV, XXI; past 3999, where they end, plain digits. */
    private static String roman(long n) {
        if (n <= 0 || n >= 4000) {
            return Long.toString(n);
        }
        String[] figures = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        StringBuilder text = new StringBuilder();
        long rest = n;
        for (int i = 0; i < values.length; i++) {
            for (; rest >= values[i]; rest -= values[i]) {
                text.append(figures[i]);
            }
        }
        return text.toString();
    }

    /** English ordinals: 1st, 2nd, 3rd, 4th, 11th, 21st. */
    private static String englishOrdinal(long n) {
        long lastTwo = n % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th"
                : switch ((int) (n % 10)) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return n + suffix;
    }

    /**
     * Labels among the widest this resolution writes: every weekday, month, quarter; for years, the labels at the
     * start, middle and end of the view, as their length depends on how far back they are.
     */
    private static List<String> samples(Resolution r, TimeScale scale, Locale locale, EraStyle era) {
        List<String> samples = new ArrayList<>();
        switch (r.unit) {
            case MINUTE -> samples.add("22:45");
            case DAY -> {
                long monday = HistoricalDate.daysFromCivil(2007, 1, 22);
                for (int d = 0; d < 7; d++) {
                    samples.add(label(r, monday + d, locale, era));
                }
            }
            case WEEK -> {
                for (int m = 1; m <= 12; m++) {
                    samples.add(formatter("d MMM", locale).format(LocalDate.of(2000, m, 28)));
                }
            }
            case MONTH -> {
                for (int m = 0; m < 12; m += (int) r.step) {
                    samples.add(label(r, (2007 * 12 + m) / r.step, locale, era));
                }
            }
            default -> {
                long grain = r.step * r.labelEvery;
                for (double at : new double[] {scale.range().start(), scale.range().center(), scale.range().end()}) {
                    long index = r.unit.floor(at, r.step, locale);
                    String text = label(r, Math.floorDiv(index, r.labelEvery) * r.labelEvery, locale, era);
                    samples.add(text.isEmpty() ? label(r, -grain / r.step, locale, era) : text);
                }
            }
        }
        return samples;
    }
}
