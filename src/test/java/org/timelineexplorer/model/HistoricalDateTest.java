package org.timelineexplorer.model;

import org.junit.jupiter.api.Test;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HistoricalDateTest {

    private static void assertNotADate(String text, String message) {
        DateTimeException e = assertThrows(DateTimeException.class, () -> HistoricalDate.parse(text));
        assertEquals(message, e.getMessage());
    }

    @Test
    void parsesEachPrecision() {
        assertEquals(new HistoricalDate(2014, 0, 0, DatePrecision.YEAR), HistoricalDate.parse("2014"));
        assertEquals(new HistoricalDate(2004, 4, 0, DatePrecision.MONTH), HistoricalDate.parse("2004-04"));
        assertEquals(new HistoricalDate(2003, 3, 20, DatePrecision.DAY), HistoricalDate.parse("2003-03-20"));
        assertEquals(HistoricalDate.ofDay(2004, 2, 29), HistoricalDate.parse("2004-02-29"));
    }

    @Test
    void writesBackWhatItRead() {
        for (String text : List.of("0476", "2014", "2004-04", "2003-03-20")) {
            assertEquals(text, HistoricalDate.parse(text).toIsoString());
        }
    }

    @Test
    void impossibleDatesAreExplained() {
        assertNotADate("2003-02-30", "\"2003-02-30\" is not a date: February 2003 has no day 30 (it has 28 days)");
        assertNotADate("2003-02-29", "\"2003-02-29\" is not a date: February 2003 has no day 29 (it has 28 days)");
        assertNotADate("2003-04-31", "\"2003-04-31\" is not a date: April 2003 has no day 31 (it has 30 days)");
        assertNotADate("2003-01-00", "\"2003-01-00\" is not a date: January 2003 has no day 0 (it has 31 days)");
        assertNotADate("2003-13", "\"2003-13\" is not a date: there is no month 13 (months run from 01 to 12)");
        assertNotADate("2003-00-10", "\"2003-00-10\" is not a date: there is no month 0 (months run from 01 to 12)");
        assertNotADate("0000", "\"0000\" is not a date: year 0 is out of range (1 to 9999)");
    }

    @Test
    void badSyntaxIsExplained() {
        for (String text : List.of("March 2003", "03", "2003-3", "2003-03-5", "20030320", "2003/03/20", "", "2003-03-20T10")) {
            assertNotADate(text, "\"" + text + "\" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD");
        }
        assertThrows(DateTimeException.class, () -> HistoricalDate.parse(null));
    }

    @Test
    void aLongBadTextIsShortenedInTheMessage() {
        String text = "x".repeat(1000);
        DateTimeException e = assertThrows(DateTimeException.class, () -> HistoricalDate.parse(text));
        assertTrue(e.getMessage().length() < 120, e.getMessage());
    }

    @Test
    void firstAndLastDaysFollowThePrecision() {
        assertEquals(LocalDate.of(2004, 1, 1), HistoricalDate.ofYear(2004).firstDay());
        assertEquals(LocalDate.of(2004, 12, 31), HistoricalDate.ofYear(2004).lastDay());
        assertEquals(LocalDate.of(2004, 4, 1), HistoricalDate.ofMonth(2004, 4).firstDay());
        assertEquals(LocalDate.of(2004, 4, 30), HistoricalDate.ofMonth(2004, 4).lastDay());
        assertEquals(LocalDate.of(2003, 3, 20), HistoricalDate.ofDay(2003, 3, 20).firstDay());
        assertEquals(LocalDate.of(2003, 3, 20), HistoricalDate.ofDay(2003, 3, 20).lastDay());
    }

    @Test
    void februaryHasItsLeapDayOnlyInLeapYears() {
        assertEquals(LocalDate.of(2004, 2, 29), HistoricalDate.ofMonth(2004, 2).lastDay());
        assertEquals(LocalDate.of(2003, 2, 28), HistoricalDate.ofMonth(2003, 2).lastDay());
        assertEquals(LocalDate.of(1900, 2, 28), HistoricalDate.ofMonth(1900, 2).lastDay());
        assertEquals(LocalDate.of(2000, 2, 29), HistoricalDate.ofMonth(2000, 2).lastDay());
        assertEquals(LocalDate.of(2000, 2, 29), HistoricalDate.parse("2000-02-29").lastDay());
    }

    @Test
    void ordersByFirstDayThenWiderFirst() {
        HistoricalDate year = HistoricalDate.ofYear(2004);
        HistoricalDate january = HistoricalDate.ofMonth(2004, 1);
        HistoricalDate firstOfJanuary = HistoricalDate.ofDay(2004, 1, 1);
        HistoricalDate april = HistoricalDate.ofMonth(2004, 4);
        HistoricalDate lateMarch = HistoricalDate.ofDay(2004, 3, 31);
        HistoricalDate before = HistoricalDate.ofDay(2003, 12, 31);
        List<HistoricalDate> dates = new ArrayList<>(List.of(april, firstOfJanuary, lateMarch, year, before, january));
        Collections.sort(dates);
        assertEquals(List.of(before, year, january, firstOfJanuary, lateMarch, april), dates);
        assertEquals(0, HistoricalDate.parse("2004-04").compareTo(april));
    }

    @Test
    void formatsAtItsPrecision() {
        assertEquals("20 March 2003", HistoricalDate.parse("2003-03-20").format(Locale.ENGLISH));
        assertEquals("April 2004", HistoricalDate.parse("2004-04").format(Locale.ENGLISH));
        assertEquals("2014", HistoricalDate.parse("2014").format(Locale.ENGLISH));
    }

    @Test
    void formatsRangesWritingSharedPartsOnce() {
        assertEquals("November – December 2004", range("2004-11", "2004-12"));
        assertEquals("20 March – 1 May 2003", range("2003-03-20", "2003-05-01"));
        assertEquals("7 – 23 November 2004", range("2004-11-07", "2004-11-23"));
        assertEquals("2006 – 2008", range("2006", "2008"));
        assertEquals("31 December 2019 – 1 January 2020", range("2019-12-31", "2020-01-01"));
        assertEquals("December 2019 – 3 January 2020", range("2019-12", "2020-01-03"));
        assertEquals("20 March 2003", range("2003-03-20", "2003-03-20"));
        assertEquals("20 March 2003", HistoricalDate.formatRange(HistoricalDate.parse("2003-03-20"), null, Locale.ENGLISH));
    }

    private static String range(String start, String end) {
        return HistoricalDate.formatRange(HistoricalDate.parse(start), HistoricalDate.parse(end), Locale.ENGLISH);
    }

    @Test
    void rejectsFieldsThatDoNotFitThePrecision() {
        assertThrows(DateTimeException.class, () -> new HistoricalDate(2004, 4, 0, DatePrecision.YEAR));
        assertThrows(DateTimeException.class, () -> new HistoricalDate(2004, 4, 2, DatePrecision.MONTH));
        assertThrows(DateTimeException.class, () -> HistoricalDate.ofYear(10_000));
        assertThrows(IllegalArgumentException.class, () -> new HistoricalDate(2004, 0, 0, null));
    }
}
