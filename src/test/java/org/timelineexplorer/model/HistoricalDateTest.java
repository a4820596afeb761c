package org.timelineexplorer.model;

import org.junit.jupiter.api.Test;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.time.ZoneOffset;

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
        assertEquals(HistoricalDate.ofYear(2014), HistoricalDate.parse("2014"));
        assertEquals(HistoricalDate.ofMonth(2004, 4), HistoricalDate.parse("2004-04"));
        assertEquals(HistoricalDate.ofDay(2003, 3, 20), HistoricalDate.parse("2003-03-20"));
        assertEquals(HistoricalDate.ofDay(2004, 2, 29), HistoricalDate.parse("2004-02-29"));
        assertEquals(HistoricalDate.ofMinute(1865, 4, 14, 22, 15), HistoricalDate.parse("1865-04-14T22:15"));
        assertEquals(HistoricalDate.ofYear(-753), HistoricalDate.parse("753 BC"));
        assertEquals(HistoricalDate.ofDay(-44, 3, 15), HistoricalDate.parse("44-03-15 BC"));
        assertEquals(HistoricalDate.ofMonth(-539, 10), HistoricalDate.parse("539-10 BC"));
        assertEquals(HistoricalDate.yearsAgo(66_000_000, DatePrecision.MILLION_YEARS_AGO),
                HistoricalDate.parse("66 million years ago"));
        assertEquals(HistoricalDate.yearsAgo(13_800_000_000L, DatePrecision.BILLION_YEARS_AGO),
                HistoricalDate.parse("13.8 billion years ago"));
        assertEquals(HistoricalDate.yearsAgo(12_000, DatePrecision.THOUSAND_YEARS_AGO),
                HistoricalDate.parse("12 thousand years ago"));
        assertEquals(HistoricalDate.yearsAgo(10_000, DatePrecision.YEARS_AGO), HistoricalDate.parse("10,000 years ago"));
    }

    @Test
    void readsEveryAgreedForm() {
        // The table the dataset helpers write to (briefs/date-forms.md), every form exactly as written there.
        for (String text : List.of("2003-03-20", "2003-03", "2003", "762-07-30", "0762-07-30", "AD 762-07-30", "AD 79",
                "79 AD", "1865-04-14T22:15", "2020-01-03T00:52+03:00", "2020-01-03T00:52Z", "753 BC", "44-03-15 BC",
                "539-10 BC", "753 BCE", "c. 3500 BC", "c. 1750 BC", "c. 1200", "c. 2003-03", "13.8 billion years ago",
                "66 million years ago", "10,000 years ago", "12 thousand years ago")) {
            HistoricalDate date = HistoricalDate.parse(text);
            assertEquals(date, HistoricalDate.parse(date.toIsoString()), text + " written back as " + date.toIsoString());
        }
        assertEquals(HistoricalDate.parse("762-07-30"), HistoricalDate.parse("0762-07-30"));
        assertEquals(HistoricalDate.parse("762-07-30"), HistoricalDate.parse("AD 762-07-30"));
        assertEquals(HistoricalDate.parse("AD 79"), HistoricalDate.parse("79 AD"));
        assertEquals(HistoricalDate.parse("753 BC"), HistoricalDate.parse("753 BCE"));
        assertTrue(HistoricalDate.parse("c. 3500 BC").approximate());
        assertEquals(ZoneOffset.ofHours(3), HistoricalDate.parse("2020-01-03T00:52+03:00").offset());
    }

    @Test
    void writesBackWhatItRead() {
        for (String text : List.of("0476", "2014", "2004-04", "2003-03-20", "753 BC", "44-03-15 BC", "c. 3500 BC",
                "c. 2003-03", "1865-04-14T22:15", "2020-01-03T00:52+03:00", "2020-01-03T00:52Z", "13.8 billion years ago",
                "66 million years ago", "12 thousand years ago", "10000 years ago", "4.54 billion years ago")) {
            assertEquals(text, HistoricalDate.parse(text).toIsoString());
        }
    }

    @Test
    void impossibleDatesAreExplained() {
        assertNotADate("2003-02-31", "\"2003-02-31\" is not a date: there is no 31 February in 2003 (February has 28 days that year)");
        assertNotADate("2003-04-31", "\"2003-04-31\" is not a date: there is no 31 April in 2003 (April has 30 days that year)");
        assertNotADate("2003-01-00", "\"2003-01-00\" is not a date: there is no 0 January in 2003 (January has 31 days that year)");
        assertNotADate("2003-13", "\"2003-13\" is not a date: there is no month 13 (months run from 01 to 12)");
        assertNotADate("2003-00-10", "\"2003-00-10\" is not a date: there is no month 0 (months run from 01 to 12)");
        assertNotADate("1865-04-14T24:00", "\"1865-04-14T24:00\" is not a date: there is no time 24:00 (write hours 00 to 23 and minutes 00 to 59)");
        assertNotADate("10000", "\"10000\" is not a date: year 10000 is out of range: the latest is AD 9999");
        assertNotADate("15 billion years ago", "\"15 billion years ago\" is not a date: the date is more than 14 billion years ago, before the Big Bang");
    }

    @Test
    void thereIsNoYearZero() {
        for (String text : List.of("0", "0 BC", "0000", "AD 0", "0000-01-01")) {
            assertNotADate(text, "\"" + text + "\" is not a date: there is no year 0: 1 BC is followed by AD 1");
        }
        assertThrows(DateTimeException.class, () -> HistoricalDate.ofYear(0));
        assertEquals(HistoricalDate.ofYear(1), HistoricalDate.onEpochDay(HistoricalDate.yearStartDay(1), DatePrecision.YEAR));
        assertEquals(HistoricalDate.yearStartDay(1), HistoricalDate.ofYear(-1).endDay());
        assertEquals(HistoricalDate.ofYear(-1), HistoricalDate.onEpochDay(HistoricalDate.yearStartDay(1) - 1, DatePrecision.YEAR));
    }

    @Test
    void signedIsoYearsAreRefusedWithTheYearToWrite() {
        assertNotADate("-0044", "\"-0044\" is not a date: a minus sign before the year is ISO 8601’s year numbering, "
                + "in which -0044 is 45 BC; write \"45 BC\"");
        assertNotADate("-0044-03-15", "\"-0044-03-15\" is not a date: a minus sign before the year is ISO 8601’s year "
                + "numbering, in which -0044 is 45 BC; write \"45-03-15 BC\"");
        assertNotADate("-13800000000", "\"-13800000000\" is not a date: a minus sign before the year is ISO 8601’s year "
                + "numbering, in which -13800000000 is 13800000001 BC; write \"13800000001 BC\"");
    }

    @Test
    void aYearsAgoDateHasNoMonth() {
        assertNotADate("13.8 billion years ago-03", "\"13.8 billion years ago-03\" is not a date: a date counted in "
                + "years ago has no month, day or time: write \"13.8 billion years ago\"");
    }

    @Test
    void badSyntaxIsExplained() {
        for (String text : List.of("March 2003", "2003-3", "2003-03-5", "2003/03/20", "", "2003-03-20T10", "BC", "44 BC AD")) {
            DateTimeException e = assertThrows(DateTimeException.class, () -> HistoricalDate.parse(text), text);
            assertTrue(e.getMessage().startsWith("\"" + text + "\" is not a date: write for example 2003-03-20"), e.getMessage());
        }
        assertNotADate("1865-04-14T22:15:30", "\"1865-04-14T22:15:30\" is not a date: times are kept to the minute: "
                + "write \"1865-04-14T22:15\" without the seconds");
        assertThrows(DateTimeException.class, () -> HistoricalDate.parse(null));
    }

    @Test
    void julianLeapDaysBefore1582AreKeptAsWritten() {
        assertEquals(29, HistoricalDate.parse("1000-02-29").day());
        assertEquals(29, HistoricalDate.parse("45-02-29 BC").day());
        assertNotADate("1700-02-29", "\"1700-02-29\" is not a date: there is no 29 February in 1700 (February has 28 days that year)");
    }

    @Test
    void aLongBadTextIsShortenedInTheMessage() {
        String text = "x".repeat(1000);
        DateTimeException e = assertThrows(DateTimeException.class, () -> HistoricalDate.parse(text));
        assertTrue(e.getMessage().length() < 200, e.getMessage());
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
        HistoricalDate firstMinute = HistoricalDate.ofMinute(2004, 1, 1, 0, 0);
        HistoricalDate april = HistoricalDate.ofMonth(2004, 4);
        HistoricalDate lateMarch = HistoricalDate.ofDay(2004, 3, 31);
        HistoricalDate before = HistoricalDate.ofDay(2003, 12, 31);
        List<HistoricalDate> dates = new ArrayList<>(List.of(april, firstMinute, firstOfJanuary, lateMarch, year, before, january));
        Collections.sort(dates);
        assertEquals(List.of(before, year, january, firstOfJanuary, firstMinute, lateMarch, april), dates);
        assertEquals(0, HistoricalDate.parse("2004-04").compareTo(april));
    }

    @Test
    void ordersAcrossTheBcAdBoundaryAndDeepTime() {
        List<String> inOrder = List.of("13.8 billion years ago", "4.54 billion years ago", "66 million years ago",
                "12 thousand years ago", "10,000 years ago", "8051 BC", "c. 3500 BC", "44-03-15 BC", "44-03-16 BC",
                "1 BC", "1-12-31 BC", "AD 1", "0001-01-01", "79 AD", "1865-04-14T22:15", "1865-04-14T22:16", "1865-04-15");
        List<HistoricalDate> dates = new ArrayList<>(inOrder.stream().map(HistoricalDate::parse).toList());
        Collections.shuffle(dates, new java.util.Random(12));
        Collections.sort(dates);
        assertEquals(inOrder.stream().map(HistoricalDate::parse).toList(), dates);
        // "10,000 years ago" counts back from 1950 and falls in 8051 BC: the same year, the count first.
        assertEquals(HistoricalDate.parse("8051 BC").startDay(), HistoricalDate.parse("10,000 years ago").startDay());
        // A deep date and a day differ exactly, without rounding: 13.8 billion years and one day apart.
        HistoricalDate deep = HistoricalDate.parse("13.8 billion years ago");
        assertEquals(1950 - 13_800_000_000L, deep.astronomicalYear());
        assertTrue(deep.compareTo(HistoricalDate.ofYear(deep.year())) < 0);
        assertTrue(HistoricalDate.ofYear(deep.year() + 1).compareTo(deep) > 0);
    }

    @Test
    void formatsAtItsPrecision() {
        assertEquals("20 March 2003", format("2003-03-20"));
        assertEquals("April 2004", format("2004-04"));
        assertEquals("2014", format("2014"));
        assertEquals("44 BC", format("44 BC"));
        assertEquals("15 March 44 BC", format("44-03-15 BC"));
        assertEquals("c. 3500 BC", format("c. 3500 BC"));
        assertEquals("c. March 2003", format("c. 2003-03"));
        assertEquals("66 million years ago", format("66 million years ago"));
        assertEquals("13.8 billion years ago", format("13.8 billion years ago"));
        assertEquals("10,000 years ago", format("10,000 years ago"));
        assertEquals("12,500 BC", format("12500 BC"));
        assertEquals("3 January 2020, 00:52", format("2020-01-03T00:52+03:00"));
        assertEquals("79", format("AD 79"));
        assertEquals("44 BCE", HistoricalDate.parse("44 BC").format(Locale.ENGLISH, EraStyle.BCE_CE));
        assertEquals("c. 3500 BCE", HistoricalDate.parse("c. 3500 BC").format(Locale.ENGLISH, EraStyle.BCE_CE));
    }

    private static String format(String text) {
        return HistoricalDate.parse(text).format(Locale.ENGLISH);
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
    void formatsRangesAcrossEras() {
        assertEquals("15 – 17 March 44 BC", range("44-03-15 BC", "44-03-17 BC"));
        assertEquals("27 BC – 14", range("27 BC", "14"));
        assertEquals("66 million years ago – 2 million years ago", range("66 million years ago", "2 million years ago"));
    }

    @Test
    void rejectsFieldsThatDoNotFitThePrecision() {
        assertThrows(DateTimeException.class, () -> new HistoricalDate(2004, 4, 0, 0, DatePrecision.YEAR, false, null));
        assertThrows(DateTimeException.class, () -> new HistoricalDate(2004, 4, 2, 0, DatePrecision.MONTH, false, null));
        assertThrows(DateTimeException.class, () -> new HistoricalDate(2004, 4, 2, 10, DatePrecision.DAY, false, null));
        assertThrows(DateTimeException.class, () -> HistoricalDate.ofYear(10_000));
        assertThrows(IllegalArgumentException.class, () -> new HistoricalDate(2004, 0, 0, 0, null, false, null));
    }
}
