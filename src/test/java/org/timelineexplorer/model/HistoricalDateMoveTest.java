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
}
