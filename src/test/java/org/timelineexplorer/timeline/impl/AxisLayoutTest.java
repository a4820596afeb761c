package org.timelineexplorer.timeline.impl;

import org.junit.jupiter.api.Test;
import org.timelineexplorer.model.TimeRange;
import org.timelineexplorer.timeline.TimeScale;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AxisLayoutTest {

    /** About the advance of a 15 px sans-serif font: wide enough to make crowding show. */
    private static final ToDoubleFunction<String> MEASURE = s -> s.length() * 8.5 + 2;
    private static final ToDoubleFunction<String> BOLD = s -> s.length() * 9.5 + 2;
    private static final double WIDTH = 1200;
    private static final double CENTER = LocalDate.of(2007, 1, 10).toEpochDay();

    private static TimeScale scaleOf(double days) {
        return new TimeScale(new TimeRange(CENTER - days / 2 + 0.37, CENTER + days / 2 + 0.37), WIDTH, null);
    }

    @Test
    void everyZoomLevelFrom20YearsTo5DaysHasLabelsThatNeitherOverlapNorClip() {
        for (Locale locale : List.of(Locale.UK, Locale.US, Locale.GERMANY, Locale.FRANCE, new Locale("ar"))) {
            for (double days = 20 * 365.25; days >= 5; days /= 1.07) {
                for (double shift : new double[] {0, 0.3, 11.7, 123.4}) {
                    TimeScale s = scaleOf(days);
                    s = s.withRange(s.range().shift(shift * days / 100));
                    AxisLayout.Axis axis = AxisLayout.layout(s, locale, MEASURE, BOLD, 12);
                    String where = locale + " at " + days + " days";
                    assertFalse(axis.labels().isEmpty(), where);
                    checkRow(axis.labels(), where);
                    checkRow(axis.context(), where);
                }
            }
        }
    }

    private static void checkRow(List<AxisLayout.Label> row, String where) {
        for (int i = 0; i < row.size(); i++) {
            AxisLayout.Label l = row.get(i);
            assertTrue(l.x() >= 0 && l.right() <= WIDTH, "clipped " + l + " " + where);
            if (i > 0) {
                assertTrue(row.get(i - 1).right() <= l.x(), "overlap " + row.get(i - 1) + " " + l + " " + where);
            }
        }
    }

    @Test
    void theUnitGetsFinerAsTheViewNarrows() {
        assertEquals(TickUnit.YEAR, AxisLayout.layout(scaleOf(18 * 365.25), Locale.UK, MEASURE, BOLD, 12)
                .resolution().unit());
        assertEquals(TickUnit.MONTH, AxisLayout.layout(scaleOf(365), Locale.UK, MEASURE, BOLD, 12)
                .resolution().unit());
        assertEquals(TickUnit.WEEK, AxisLayout.layout(scaleOf(100), Locale.UK, MEASURE, BOLD, 12)
                .resolution().unit());
        assertEquals(TickUnit.DAY, AxisLayout.layout(scaleOf(14), Locale.UK, MEASURE, BOLD, 12)
                .resolution().unit());
        assertEquals(AxisLayout.Resolution.EVERY_FIFTH_YEAR,
                AxisLayout.layout(scaleOf(60 * 365.25), Locale.UK, MEASURE, BOLD, 12).resolution());
        assertEquals(TickUnit.DECADE, AxisLayout.layout(scaleOf(200 * 365.25), Locale.UK, MEASURE, BOLD, 12)
                .resolution().unit());
        AxisLayout.Resolution previous = AxisLayout.Resolution.DECADE;
        for (double days = 200 * 365.25; days >= 5; days /= 1.05) {
            AxisLayout.Resolution resolution = AxisLayout.layout(scaleOf(days), Locale.UK, MEASURE, BOLD, 12).resolution();
            // The table runs from finest to coarsest.
            assertTrue(resolution.ordinal() <= previous.ordinal(), "resolution got coarser while zooming in at " + days);
            previous = resolution;
        }
    }

    @Test
    void aWholeDatasetInANarrowViewStillNamesItsYears() {
        // The bundled dataset's 23 years in the timeline's width at 1280 x 720: too narrow for every year's label.
        TimeScale view = new TimeScale(new TimeRange(LocalDate.of(2002, 9, 1).toEpochDay(),
                LocalDate.of(2026, 12, 1).toEpochDay()), 860, null);
        AxisLayout.Axis axis = AxisLayout.layout(view, Locale.UK, MEASURE, BOLD, 12);

        assertEquals(AxisLayout.Resolution.EVERY_SECOND_YEAR, axis.resolution());
        assertEquals(List.of("2004", "2006", "2008", "2010", "2012", "2014", "2016", "2018", "2020", "2022", "2024",
                "2026"), axis.labels().stream().map(AxisLayout.Label::text).toList());
        assertEquals(24, axis.ticks().length, "a tick at the start of every year in view");
        assertEquals(List.of("2000s", "2010s", "2020s"), axis.context().stream().map(AxisLayout.Label::text).toList());
    }

    @Test
    void labelsMatchTheirUnit() {
        AxisLayout.Axis years = AxisLayout.layout(scaleOf(18 * 365.25), Locale.US, MEASURE, BOLD, 12);
        assertTrue(years.labels().stream().allMatch(l -> l.text().matches("\\d{4}")), years.labels().toString());
        AxisLayout.Axis months = AxisLayout.layout(scaleOf(300), Locale.UK, MEASURE, BOLD, 12);
        assertTrue(months.labels().stream().anyMatch(l -> l.text().startsWith("Jan")), months.labels().toString());
        assertTrue(months.context().stream().anyMatch(l -> l.text().equals("2007")), months.context().toString());
        AxisLayout.Axis days = AxisLayout.layout(scaleOf(10), Locale.UK, MEASURE, BOLD, 12);
        assertTrue(days.context().stream().anyMatch(l -> l.text().equals("January 2007")), days.context().toString());
        AxisLayout.Axis german = AxisLayout.layout(scaleOf(300), Locale.GERMANY, MEASURE, BOLD, 12);
        assertTrue(german.labels().stream().anyMatch(l -> l.text().startsWith("Mär")), german.labels().toString());
    }

    @Test
    void yearsNeverContainAComma() {
        for (Locale locale : Locale.getAvailableLocales()) {
            for (double days : new double[] {20 * 365.25, 60 * 365.25, 300, 10}) {
                AxisLayout.Axis axis = AxisLayout.layout(scaleOf(days), locale, MEASURE, BOLD, 12);
                for (AxisLayout.Label l : axis.context()) {
                    assertFalse(l.text().matches(".*\\d[,.\u00a0\u202f']\\d{3}.*"), locale + ": " + l.text());
                }
                for (AxisLayout.Label l : axis.labels()) {
                    assertFalse(l.text().matches(".*\\d[,.\u00a0\u202f']\\d{3}.*"), locale + ": " + l.text());
                }
            }
        }
    }
}
