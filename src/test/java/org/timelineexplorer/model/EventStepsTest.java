package org.timelineexplorer.model;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventStepsTest {

    private static TimelineEvent event(String id, String date) {
        return new TimelineEvent(id, HistoricalDate.parse(date), null, id, "", "", null, List.of(), null);
    }

    // Two on one day, as happens: the step goes through both, in list order.
    private final List<TimelineEvent> events = List.of(event("a", "2003-03-20"), event("b", "2003-04-09"),
            event("c", "2003-04-09"), event("d", "2004-06"), event("e", "2005-01-30"));

    private static TimeRange years(int from, int to) {
        return TimeRange.ofDays(LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31));
    }

    @Test
    void stepsGoFromTheSelectedEventAndStopAtTheEnds() {
        assertEquals(2, EventSteps.target(events, events.get(1), 1, null));
        assertEquals(1, EventSteps.target(events, events.get(2), -1, null), "back over an event of the same day");
        assertEquals(4, EventSteps.target(events, events.get(3), 5, null));
        assertEquals(0, EventSteps.target(events, events.get(1), -3, null));
        assertEquals(-1, EventSteps.target(List.of(), null, 1, null));
    }

    @Test
    void withNothingSelectedTheFirstStepLandsOnWhatIsInView() {
        TimeRange from2004 = years(2004, 2004);
        assertEquals(3, EventSteps.target(events, null, 1, from2004), "forward: the first event in view");
        assertEquals(4, EventSteps.target(events, null, 2, from2004), "and on from there");
        assertEquals(3, EventSteps.target(events, null, -1, from2004), "back: the last event in view");
        assertEquals(2, EventSteps.target(events, null, -2, from2004));
        assertEquals(4, EventSteps.target(events, null, 1, years(2010, 2011)), "nothing after the view: the last");
        assertEquals(0, EventSteps.target(events, null, -1, years(1990, 1991)), "nothing before: the first");
        assertEquals(0, EventSteps.target(events, null, 1, null), "no view: from the first");
        assertEquals(4, EventSteps.target(events, null, -1, null), "no view: from the last");
        TimelineEvent hidden = event("hidden", "2003-05-01");
        assertEquals(3, EventSteps.target(events, hidden, 1, from2004), "a selection not shown counts as none");
    }

    @Test
    void canStepUnlessAtTheEnd() {
        assertFalse(EventSteps.canStep(events, events.get(0), -1));
        assertTrue(EventSteps.canStep(events, events.get(0), 1));
        assertFalse(EventSteps.canStep(events, events.get(4), 1));
        assertTrue(EventSteps.canStep(events, null, -1), "with nothing selected both ways select something");
        assertTrue(EventSteps.canStep(events, null, 1));
        assertFalse(EventSteps.canStep(List.of(), null, 1));
    }

    @Test
    void eventsAreFoundByDateEvenAmongManyAndInAListOutOfOrder() {
        List<TimelineEvent> many = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            many.add(event("e" + i, LocalDate.of(2000, 1, 1).plusDays(i / 3).toString()));
        }
        for (int i : new int[] {0, 1, 2, 2500, 4999}) {
            assertEquals(i, EventSteps.indexOf(many, many.get(i)));
        }
        assertEquals(-1, EventSteps.indexOf(many, event("nowhere", "2001-01-01")));
        List<TimelineEvent> shuffled = List.of(events.get(3), events.get(0), events.get(4));
        assertEquals(2, EventSteps.indexOf(shuffled, events.get(4)));
    }
}
