package org.timelineexplorer.timeline.impl;

import org.junit.jupiter.api.Test;
import org.timelineexplorer.model.Era;
import org.timelineexplorer.model.HistoricalDate;
import org.timelineexplorer.model.TimelineEvent;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a drag in edit mode makes of the pointer's travel: whole steps, eras that never end before they start. */
class EditDragTest {

    private static HistoricalDate date(String text) {
        return HistoricalDate.parse(text);
    }

    private static final Era SURGE = new Era("surge", "The surge", "", date("2007-01-10"), date("2008-12-31"), "#009E73");

    @Test
    void anEventFollowsThePointerInWholeStepsAndOnlyThen() {
        TimelineEvent cpa = new TimelineEvent("cpa", date("2003-05"), null, "CPA", "", "", null, List.of(), null);
        EditDrag drag = EditDrag.event(cpa, 100);
        drag.dragBy(10);
        assertFalse(drag.changed(), "ten days is no month");
        drag.dragBy(40);
        assertEquals(date("2003-06"), drag.movedEvent().start());
        assertTrue(drag.changed());
        drag.dragBy(-70);
        assertEquals(date("2003-03"), drag.movedEvent().start(), "back past where it started");
        assertEquals(date("2003-03"), drag.movingDate());
        assertEquals(cpa, drag.event(), "the event as it was is kept for the undo");
    }

    @Test
    void anErasStartStopsAtItsEnd() {
        EditDrag drag = EditDrag.eraEdge(SURGE, true);
        drag.dragBy(-9);
        assertEquals(date("2007-01-01"), drag.movedEra().start());
        assertEquals(SURGE.end(), drag.movedEra().end());
        drag.dragBy(5_000);
        assertEquals(date("2008-12-31"), drag.movedEra().start(), "no further than its end");
        assertEquals(SURGE.id(), drag.movedEra().id());
    }

    @Test
    void anErasEndStopsAtItsStartAndSnapsToItsOwnPrecision() {
        Era years = new Era("y", "Years", "", date("2003"), date("2005"), "#000000");
        EditDrag drag = EditDrag.eraEdge(years, false);
        drag.dragBy(200);
        assertEquals(date("2006"), drag.movedEra().end(), "200 days is nearer a year than none");
        drag.dragBy(-5_000);
        assertEquals(date("2003"), drag.movedEra().end(), "no earlier than its start");
        assertEquals(date("2003"), drag.movedEra().start());
    }
}
