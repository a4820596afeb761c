package org.timelineexplorer.timeline.impl;

import org.junit.jupiter.api.Test;
import org.timelineexplorer.i18n.Language;
import org.timelineexplorer.i18n.Messages;
import org.timelineexplorer.model.EraStyle;
import org.timelineexplorer.model.HistoricalDate;
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
    private static final double YEAR_DAYS = 365.2425;

    private static TimeScale scaleOf(double days) {
        return around(CENTER, days);
    }

    private static TimeScale around(double center, double days) {
        return new TimeScale(new TimeRange(center - days / 2 + 0.37, center + days / 2 + 0.37), WIDTH, null);
    }

    private static AxisLayout.Axis layout(TimeScale scale) {
        return AxisLayout.layout(scale, Locale.UK, EraStyle.BC_AD, MEASURE, BOLD, 12);
    }

    private static List<String> texts(List<AxisLayout.Label> row) {
        return row.stream().map(AxisLayout.Label::text).toList();
    }

    @Test
    void everyZoomLevelFrom20YearsTo5DaysHasLabelsThatNeitherOverlapNorClip() {
        for (Locale locale : List.of(Locale.UK, Locale.US, Locale.GERMANY, Locale.FRANCE, new Locale("ar"))) {
            for (double days = 20 * 365.25; days >= 5; days /= 1.07) {
                for (double shift : new double[] {0, 0.3, 11.7, 123.4}) {
                    TimeScale s = scaleOf(days);
                    s = s.withRange(s.range().shift(shift * days / 100));
                    AxisLayout.Axis axis = AxisLayout.layout(s, locale, EraStyle.BC_AD, MEASURE, BOLD, 12);
                    String where = locale + " at " + days + " days";
                    assertFalse(axis.labels().isEmpty(), where);
                    checkRow(axis.labels(), where);
                    checkRow(axis.context(), where);
                }
            }
        }
    }

    @Test
    void everyLevelFrom14BillionYearsToAnHourHasLabelsThatNeitherOverlapNorClipNorGoNegative() {
        // Where history classes look: the Big Bang, the dinosaurs, the first cities, Caesar, AD 1, 1865, 2020.
        List<HistoricalDate> places = List.of(HistoricalDate.parse("13.7 billion years ago"),
                HistoricalDate.parse("66 million years ago"), HistoricalDate.parse("c. 3500 BC"),
                HistoricalDate.parse("44-03-15 BC"), HistoricalDate.parse("1 BC"), HistoricalDate.parse("1865-04-14T22:15"),
                HistoricalDate.parse("2020-01-03T00:52"));
        for (HistoricalDate place : places) {
            AxisLayout.Resolution previous = null;
            for (double days = 14e9 * YEAR_DAYS; days >= 1.0 / 24; days /= 1.31) {
                TimeScale s = around(place.startDay(), days);
                if (days < s.minSpan()) {
                    break;
                }
                for (EraStyle style : EraStyle.values()) {
                    AxisLayout.Axis axis = AxisLayout.layout(s, Locale.UK, style, MEASURE, BOLD, 12);
                    String where = place + " at " + days + " days";
                    assertFalse(axis.labels().isEmpty(), where);
                    checkRow(axis.labels(), where);
                    checkRow(axis.context(), where);
                    for (AxisLayout.Label l : axis.labels()) {
                        assertFalse(l.text().startsWith("-") || l.text().startsWith("\u2212"), where + ": " + l);
                    }
                    if (style == EraStyle.BC_AD) {
                        int at = AxisLayout.TABLE.indexOf(axis.resolution());
                        assertTrue(previous == null || at <= AxisLayout.TABLE.indexOf(previous),
                                "the resolution got coarser while zooming in at " + where);
                        previous = axis.resolution();
                    }
                }
            }
            assertTrue(AxisLayout.TABLE.indexOf(previous) <= AxisLayout.TABLE.indexOf(AxisLayout.YEAR),
                    "zoomed in as far as allowed at " + place + ", the axis shows " + previous);
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
        assertEquals(TickUnit.YEAR, layout(scaleOf(18 * 365.25)).resolution().unit());
        assertEquals(TickUnit.MONTH, layout(scaleOf(365)).resolution().unit());
        assertEquals(TickUnit.WEEK, layout(scaleOf(100)).resolution().unit());
        assertEquals(TickUnit.DAY, layout(scaleOf(14)).resolution().unit());
        assertEquals(TickUnit.MINUTE, layout(scaleOf(2)).resolution().unit());
        assertEquals(AxisLayout.EVERY_FIFTH_YEAR, layout(scaleOf(60 * 365.25)).resolution());
        assertEquals(AxisLayout.DECADE, layout(scaleOf(200 * 365.25)).resolution());
        assertEquals(TickUnit.YEARS_AGO, layout(around(HistoricalDate.parse("13 billion years ago").startDay(),
                14e9 * YEAR_DAYS)).resolution().unit());
    }

    @Test
    void aWholeDatasetInANarrowViewStillNamesItsYears() {
        // The bundled dataset's 23 years in the timeline's width at 1280 x 720: too narrow for every year's label.
        TimeScale view = new TimeScale(new TimeRange(LocalDate.of(2002, 9, 1).toEpochDay(),
                LocalDate.of(2026, 12, 1).toEpochDay()), 860, null);
        AxisLayout.Axis axis = layout(view);

        assertEquals(AxisLayout.EVERY_SECOND_YEAR, axis.resolution());
        assertEquals(List.of("2004", "2006", "2008", "2010", "2012", "2014", "2016", "2018", "2020", "2022", "2024",
                "2026"), texts(axis.labels()));
        assertEquals(24, axis.ticks().length, "a tick at the start of every year in view");
        assertEquals(List.of("2000s", "2010s", "2020s"), texts(axis.context()));
    }

    @Test
    void centuriesBeforeChristSayBcAndSitUnderTheirMillennium() {
        AxisLayout.Axis axis = layout(around(HistoricalDate.parse("2500 BC").startDay(), 1100 * YEAR_DAYS));
        assertEquals(AxisLayout.CENTURY, axis.resolution());
        assertTrue(texts(axis.labels()).containsAll(List.of("2900 BC", "2500 BC", "2100 BC")), texts(axis.labels()).toString());
        assertTrue(texts(axis.context()).contains("3rd millennium BC"), texts(axis.context()).toString());
        AxisLayout.Axis bce = AxisLayout.layout(around(HistoricalDate.parse("2500 BC").startDay(), 1100 * YEAR_DAYS),
                Locale.UK, EraStyle.BCE_CE, MEASURE, BOLD, 12);
        assertTrue(texts(bce.labels()).contains("2500 BCE"), texts(bce.labels()).toString());
        assertTrue(texts(bce.context()).contains("3rd millennium BCE"), texts(bce.context()).toString());
    }

    @Test
    void theBoundaryOfTheErasIsAd1AndEachTickSitsWhereItsYearBegins() {
        TimeScale view = new TimeScale(new TimeRange(HistoricalDate.yearStartDay(1) - 750 * YEAR_DAYS,
                HistoricalDate.yearStartDay(1) + 750 * YEAR_DAYS), WIDTH, null);
        AxisLayout.Axis axis = layout(view);
        assertEquals(AxisLayout.CENTURY, axis.resolution());
        assertEquals(List.of("700 BC", "600 BC", "500 BC", "400 BC", "300 BC", "200 BC", "100 BC", "AD 1", "100", "200",
                "300", "400", "500", "600", "700"), texts(axis.labels()));
        for (AxisLayout.Label l : axis.labels()) {
            HistoricalDate year = l.text().equals("AD 1") ? HistoricalDate.ofYear(1) : HistoricalDate.parse(l.text());
            assertEquals(view.timeToX(year.startDay()), l.x() + l.width() / 2, 1e-6, l.text());
        }
        assertEquals(List.of("1st millennium BC", "1st millennium"), texts(axis.context()));
    }

    @Test
    void deepTimeIsCountedInYearsAgo() {
        AxisLayout.Axis whole = layout(new TimeScale(TimeRange.covering(HistoricalDate.parse("13.8 billion years ago"),
                HistoricalDate.parse("2026")).padded(), WIDTH, null));
        assertTrue(texts(whole.labels()).containsAll(List.of("10 billion years ago", "5 billion years ago")),
                texts(whole.labels()).toString());
        AxisLayout.Axis dinosaurs = layout(around(HistoricalDate.parse("66 million years ago").startDay(), 40e6 * YEAR_DAYS));
        assertTrue(texts(dinosaurs.labels()).contains("70 million years ago"), texts(dinosaurs.labels()).toString());
        // The tick of "70 million years ago" is where that date is, counted back from 1950.
        TimeScale s = around(HistoricalDate.parse("66 million years ago").startDay(), 40e6 * YEAR_DAYS);
        AxisLayout.Label seventy = dinosaurs.labels().stream().filter(l -> l.text().equals("70 million years ago"))
                .findFirst().orElseThrow();
        assertEquals(s.timeToX(HistoricalDate.parse("70 million years ago").startDay()),
                seventy.x() + seventy.width() / 2, 1e-6);
    }

    @Test
    void hoursSitUnderTheirDay() {
        double strike = HistoricalDate.parse("2020-01-03T00:52").startDay();
        TimeScale night = new TimeScale(new TimeRange(strike - 3.0 / 24, strike + 3.0 / 24), WIDTH, null);
        AxisLayout.Axis axis = layout(night);
        assertEquals(TickUnit.MINUTE, axis.resolution().unit());
        assertTrue(texts(axis.labels()).contains("01:00"), texts(axis.labels()).toString());
        assertTrue(texts(axis.context()).contains("3 January 2020"), texts(axis.context()).toString());
        assertTrue(texts(axis.context()).contains("2 January 2020"), texts(axis.context()).toString());
        TimeScale hour = new TimeScale(new TimeRange(strike - 0.5 / 24, strike + 0.5 / 24), WIDTH, null);
        assertTrue(texts(layout(hour).labels()).contains("00:50"), texts(layout(hour).labels()).toString());
    }

    @Test
    void labelsMatchTheirUnit() {
        AxisLayout.Axis years = AxisLayout.layout(scaleOf(18 * 365.25), Locale.US, EraStyle.BC_AD, MEASURE, BOLD, 12);
        assertTrue(years.labels().stream().allMatch(l -> l.text().matches("\\d{4}")), years.labels().toString());
        AxisLayout.Axis months = layout(scaleOf(300));
        assertTrue(months.labels().stream().anyMatch(l -> l.text().startsWith("Jan")), months.labels().toString());
        assertTrue(months.context().stream().anyMatch(l -> l.text().equals("2007")), months.context().toString());
        AxisLayout.Axis days = layout(scaleOf(10));
        assertTrue(days.context().stream().anyMatch(l -> l.text().equals("January 2007")), days.context().toString());
        AxisLayout.Axis german = AxisLayout.layout(scaleOf(300), Locale.GERMANY, EraStyle.BC_AD, MEASURE, BOLD, 12);
        assertTrue(german.labels().stream().anyMatch(l -> l.text().startsWith("Mär")), german.labels().toString());
    }

    @Test
    void yearsNeverContainAComma() {
        for (Locale locale : Locale.getAvailableLocales()) {
            for (double days : new double[] {20 * 365.25, 60 * 365.25, 300, 10}) {
                AxisLayout.Axis axis = AxisLayout.layout(scaleOf(days), locale, EraStyle.BC_AD, MEASURE, BOLD, 12);
                for (AxisLayout.Label l : axis.context()) {
                    assertFalse(l.text().matches(".*\\d[,.\u00a0\u202f']\\d{3}.*"), locale + ": " + l.text());
                }
                for (AxisLayout.Label l : axis.labels()) {
                    assertFalse(l.text().matches(".*\\d[,.\u00a0\u202f']\\d{3}.*"), locale + ": " + l.text());
                }
            }
        }
    }

    /** The names of periods in the language in use: French numbers its centuries in Roman figures, Arabic in digits. */
    @Test
    void periodsAreNamedInTheLanguageInUse() {
        TimeScale decades = new TimeScale(new TimeRange(LocalDate.of(2002, 9, 1).toEpochDay(),
                LocalDate.of(2026, 12, 1).toEpochDay()), 860, null);
        TimeScale millennia = around(HistoricalDate.parse("2500 BC").startDay(), 1100 * YEAR_DAYS);
        TimeScale centuries = around(HistoricalDate.parse("1950").startDay(), 180 * YEAR_DAYS);
        try {
            Messages.use(Language.FRENCH);
            assertEquals(List.of("années 2000", "années 2010", "années 2020"), texts(layout(decades).context()));
            assertTrue(texts(layout(millennia).context()).stream().anyMatch(t -> t.startsWith("IIIe millénaire ")),
                    texts(layout(millennia).context()).toString());
            assertTrue(texts(layout(centuries).context()).contains("XXe siècle"),
                    texts(layout(centuries).context()).toString());
            Messages.use(Language.ARABIC);
            assertEquals(List.of("عقد ٢٠٠٠", "عقد ٢٠١٠", "عقد ٢٠٢٠"), texts(layout(decades).context()));
            assertTrue(texts(layout(centuries).context()).contains("القرن ٢٠"),
                    texts(layout(centuries).context()).toString());
        } finally {
            Messages.use(Language.ENGLISH);
        }
        assertTrue(texts(layout(centuries).context()).contains("20th century"),
                texts(layout(centuries).context()).toString());
    }
}
