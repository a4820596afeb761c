package org.timelineexplorer.timeline.impl;

import org.timelineexplorer.timeline.TimeScale;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
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
 * <p>The resolutions form a table from finest to coarsest (day with weekday, day, week, month, short month,
 * quarter, year, every second year, every fifth year, decade); the finest one whose widest possible label fits its shortest period wins, so the unit
 * never flickers while panning. Each label sits centred in the visible part of its period and is left out when
 * that part is too narrow, so labels can neither overlap nor be clipped by the edges. A second, coarser row gives
 * context: the year above months and quarters, the month above weeks and days, the decade above years.
 */
final class AxisLayout {

    /** One row of the resolution table: a unit and how its labels are written. */
    public enum Resolution {
        DAY_WITH_WEEKDAY(TickUnit.DAY, "EEE d"),
        DAY_OF_MONTH(TickUnit.DAY, "d"),
        WEEK(TickUnit.WEEK, "d MMM"),
        MONTH(TickUnit.MONTH, "LLLL"),
        MONTH_SHORT(TickUnit.MONTH, "LLL"),
        QUARTER(TickUnit.QUARTER, "QQQ"),
        YEAR(TickUnit.YEAR, null),
        EVERY_SECOND_YEAR(TickUnit.YEAR, null, 2),
        EVERY_FIFTH_YEAR(TickUnit.YEAR, null, 5),
        DECADE(TickUnit.DECADE, null);

        private final TickUnit unit;
        private final String pattern;
        private final int stride;

        Resolution(TickUnit unit, String pattern) {
            this(unit, pattern, 1);
        }

        Resolution(TickUnit unit, String pattern, int stride) {
            this.unit = unit;
            this.pattern = pattern;
            this.stride = stride;
        }

        public TickUnit unit() {
            return unit;
        }

        /**
         * Every how many periods a label is written. Years too narrow for a label each still get a tick each, and a
         * label every second or fifth year, so a twenty-year view reads "2004 2006 2008" rather than only "2000s".
         */
        public int stride() {
            return stride;
        }

        boolean labels(LocalDate periodStart) {
            return stride == 1 || Math.floorMod(periodStart.getYear(), stride) == 0;
        }

        /** The label of the period starting on {@code date}. Years are plain digits, never "2,007". */
        public String format(LocalDate date, Locale locale) {
            return switch (this) {
                case YEAR, EVERY_SECOND_YEAR, EVERY_FIFTH_YEAR -> Integer.toString(date.getYear());
                case DECADE -> date.getYear() + "s";
                default -> formatter(pattern, locale).format(date);
            };
        }

        /** Dates whose labels are among the widest this resolution writes: every weekday, month, quarter. */
        List<LocalDate> samples() {
            List<LocalDate> samples = new ArrayList<>();
            switch (unit) {
                case DAY -> {
                    for (int d = 22; d <= 28; d++) {
                        samples.add(LocalDate.of(2007, 1, d));
                    }
                }
                case WEEK, MONTH, QUARTER -> {
                    for (int m = 1; m <= 12; m++) {
                        samples.add(LocalDate.of(2007, m, 28));
                    }
                }
                case YEAR, DECADE -> {
                    for (int y = 2000; y <= 2009; y++) {
                        samples.add(LocalDate.of(y, 1, 1));
                    }
                    samples.add(LocalDate.of(1990, 1, 1));
                }
            }
            return samples;
        }
    }

    /** A label placed on the axis: its text, left edge and width in pixels. */
    public record Label(String text, double x, double width) {
        public double right() {
            return x + width;
        }
    }

    /**
     * A laid-out axis.
     *
     * @param resolution the chosen resolution of the main row
     * @param ticks      x positions of the boundaries between periods of the main row
     * @param labels     the main row's labels
     * @param context    the coarser context row's labels (empty above decades)
     * @param contextTicks x positions of the boundaries of the context row
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
     * Picks the finest resolution whose labels fit with {@code gap} pixels around them.
     */
    public static Resolution choose(TimeScale scale, Locale locale, ToDoubleFunction<String> measure, double gap) {
        double pixelsPerDay = 1 / scale.daysPerPixel();
        for (Resolution r : Resolution.values()) {
            double cell = r.unit.shortestDays() * r.stride * pixelsPerDay;
            if (cell < gap * 2) {
                continue;
            }
            double widest = 0;
            for (LocalDate d : r.samples()) {
                widest = Math.max(widest, measure.applyAsDouble(r.format(d, locale)));
            }
            if (widest + gap <= cell) {
                return r;
            }
        }
        return Resolution.DECADE;
    }

    /** The coarser row above {@code main}, or {@code null} above decades. */
    public static Resolution contextOf(Resolution main) {
        return switch (main.unit) {
            case DAY, WEEK -> null;
            case MONTH, QUARTER -> Resolution.YEAR;
            case YEAR -> Resolution.DECADE;
            case DECADE -> null;
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
    public static Axis layout(TimeScale scale, Locale locale, ToDoubleFunction<String> measure,
                              ToDoubleFunction<String> contextMeasure, double gap) {
        Resolution main = choose(scale, locale, measure, gap);
        List<Label> labels = new ArrayList<>();
        double[] ticks = place(scale, main, locale, measure, gap, labels, false);
        List<Label> context = new ArrayList<>();
        double[] contextTicks;
        if (main.unit == TickUnit.DAY || main.unit == TickUnit.WEEK) {
            contextTicks = place(scale, null, locale, contextMeasure, gap, context, true);
        } else {
            Resolution ctx = contextOf(main);
            contextTicks = ctx == null ? new double[0] : place(scale, ctx, locale, contextMeasure, gap, context, false);
        }
        return new Axis(main, ticks, labels, contextTicks, context);
    }

    /**
     * Places one row. With {@code monthAndYear} the row shows months written with their year ("January 2007"),
     * the context of weeks and days.
     */
    private static double[] place(TimeScale scale, Resolution r, Locale locale, ToDoubleFunction<String> measure,
                                  double gap, List<Label> out, boolean monthAndYear) {
        TickUnit unit = monthAndYear ? TickUnit.MONTH : r.unit;
        DateTimeFormatter monthYear = monthAndYear ? formatter("LLLL y", locale) : null;
        double width = scale.width();
        LocalDate first = LocalDate.ofEpochDay((long) Math.floor(scale.range().start()));
        LocalDate period = unit.floor(first, locale);
        List<Double> ticks = new ArrayList<>();
        // A guard against pathological scales: no row ever needs more periods than pixels.
        int guard = (int) width + 4;
        while (guard-- > 0) {
            LocalDate nextPeriod = unit.next(period);
            double x0 = scale.timeToX(period.toEpochDay());
            double x1 = scale.timeToX(nextPeriod.toEpochDay());
            if (x0 >= width) {
                break;
            }
            if (x0 > 0) {
                ticks.add(x0);
            }
            if (monthAndYear || r.labels(period)) {
                String text = monthAndYear ? monthYear.format(period) : r.format(period, locale);
                double w = measure.applyAsDouble(text);
                // A strided label may use the room of the unlabelled periods around it.
                double reach = (x1 - x0) * ((monthAndYear ? 1 : r.stride) - 1) / 2;
                double left = Math.max(0, x0 - reach) + gap / 2;
                double right = Math.min(width, x1 + reach) - gap / 2;
                if (right - left >= w) {
                    double x = Math.max(left, Math.min(right - w, (x0 + x1) / 2 - w / 2));
                    out.add(new Label(text, x, w));
                }
            }
            period = nextPeriod;
        }
        return ticks.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
