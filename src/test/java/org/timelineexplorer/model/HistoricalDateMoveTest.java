package org.timelineexplorer.model;

import org.junit.jupiter.api.Test;

import java.time.DateTimeException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Moving a date by steps of its own precision, as Alt+arrows move an event. */
class HistoricalDateMoveTest {

    private static void assertMoved(String from, long steps, String to) {
        assertEquals(HistoricalDate.parse(to), HistoricalDate.parse(from).movedBy(steps), from + " moved by " + steps);
    }

    @Test
    void eachPrecisionMovesByItsOwnUnit() {
        assertMoved("2003-04", 1, "2003-05");
        assertMoved("2003-12", 1, "2004-01");
        assertMoved("2003-01", -1, "2002-12");
        assertMoved("2003-12-31", 1, "2004-01-01");
        assertMoved("2004-02-28", 1, "2004-02-29");
        assertMoved("2003", 10, "2013");
        assertMoved("1865-04-14T23:59", 1, "1865-04-15T00:00");
        assertMoved("c. 3500 BC", 1, "c. 3499 BC");
        assertMoved("66 million years ago", 1, "65 million years ago");
        assertMoved("12.8 billion years ago", -1, "13.8 billion years ago");
    }

    @Test
    void thereIsNoYearZero() {
        assertMoved("1 BC", 1, "AD 1");
        assertMoved("AD 1", -1, "1 BC");
        assertMoved("44-12-31 BC", 1, "43-01-01 BC");
        assertMoved("1-01 BC", -1, "2-12 BC");
    }

    @Test
    void aDateLeavingTheRangeIsRefused() {
        assertThrows(DateTimeException.class, () -> HistoricalDate.parse("9999").movedBy(1));
        assertThrows(DateTimeException.class, () -> HistoricalDate.parse("13.8 billion years ago").movedBy(-1));
    }

    private static long steps(String date, String toward) {
        return HistoricalDate.parse(date).stepsToward(HistoricalDate.parse(toward).startDay());
    }

    @Test
    void aDragSnapsToTheNearestWholeStepOfTheDatesPrecision() {
        assertEquals(1, steps("2003-04", "2003-05-12"), "12 days into May is nearest 1 May");
        assertEquals(2, steps("2003-04", "2003-05-20"), "past the middle of May is nearer 1 June");
        assertEquals(2, steps("2003-04", "2003-06-10"));
        assertEquals(0, steps("2003-04", "2003-04-14"), "less than half a month stays");
        assertEquals(-13, steps("2003-04", "2002-03-01"));
        assertEquals(40, steps("2003-04-09", "2003-05-19"));
        assertEquals(1, steps("2003", "2004-03-01"));
        assertEquals(2, steps("1 BC", "AD 2"), "1 BC, AD 1, AD 2: no year 0");
        assertEquals(1, steps("66 million years ago", "65 million years ago"));
    }

    @Test
    void aDragNeverSnapsOutOfTheRangeOfDates() {
        assertEquals(0, steps("9999", "9999-12-31"), "AD 10000 is not a date");
    }

    @Test
    void anEventMovesByItsStartsPrecisionAndKeepsItsLength() {
        TimelineEvent months = new TimelineEvent("e", HistoricalDate.parse("2003-04"), HistoricalDate.parse("2003-06"),
                "A", "", "", null, java.util.List.of(), null);
        assertEquals(HistoricalDate.parse("2003-05"), months.movedBy(1).start());
        assertEquals(HistoricalDate.parse("2003-07"), months.movedBy(1).end());
        TimelineEvent mixed = new TimelineEvent("e", HistoricalDate.parse("2003-04"),
                HistoricalDate.parse("2003-06-15"), "A", "", "", null, java.util.List.of(), null);
        assertEquals(HistoricalDate.parse("2003-07-15"), mixed.movedBy(1).end(),
                "a day-precision end moves by as many days as the start did: 30 for April to May");
        assertEquals(mixed.title(), mixed.movedBy(1).title());
    }
}
