package org.timelineexplorer.model;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TimeRangeTest {

    private final TimeRange bounds = new TimeRange(100, 200);

    @Test
    void withinSlidesARangeAsLittleAsNeeded() {
        assertEquals(new TimeRange(120, 150), new TimeRange(120, 150).within(bounds), "already inside: unmoved");
        assertEquals(new TimeRange(100, 130), new TimeRange(80, 110).within(bounds), "slid right to the start");
        assertEquals(new TimeRange(170, 200), new TimeRange(190, 220).within(bounds), "slid left to the end");
        assertEquals(new TimeRange(90, 210), new TimeRange(0, 120).within(bounds), "longer than the bounds: centred");
    }

    @Test
    void paddedLeavesTwoPercentAtEachEnd() {
        assertEquals(new TimeRange(98, 202), bounds.padded());
    }

    @Test
    void aRangeCoversWholeDays() {
        TimeRange april = TimeRange.covering(HistoricalDate.parse("2004-04"), HistoricalDate.parse("2004-04"));
        assertEquals(30, april.length());
        assertEquals(LocalDate.of(2004, 4, 1), april.startDate());
        assertEquals(LocalDate.of(2004, 4, 30), april.endDate());
        assertThrows(IllegalArgumentException.class, () -> new TimeRange(5, 5), "an empty range");
    }
}
