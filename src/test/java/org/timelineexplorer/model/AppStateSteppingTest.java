package org.timelineexplorer.model;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Stepping through the shown events, and whether a step back or forward is there to take. */
class AppStateSteppingTest {

    private static TimelineEvent event(String id, String date, String category) {
        return new TimelineEvent(id, HistoricalDate.parse(date), null, id, "", category, null, List.of(), null);
    }

    private final TimelineEvent first = event("first", "2003-03-20", "military");
    private final TimelineEvent middle = event("middle", "2004-06-28", "political");
    private final TimelineEvent last = event("last", "2008-11-17", "military");
    private final AppState state = new AppState(new Dataset("Test", "", "", List.of(), List.of(first, middle, last),
            List.of()));

    @Test
    void canStepFollowsTheSelectionAndTheFilter() {
        assertTrue(state.canStepBackProperty().get(), "nothing selected: a step back selects the last in view");
        assertTrue(state.canStepForwardProperty().get());
        state.selectFirst();
        assertFalse(state.canStepBackProperty().get(), "nothing before the first");
        assertTrue(state.canStepForwardProperty().get());
        state.selectLast();
        assertFalse(state.canStepForwardProperty().get(), "nothing after the last");
        state.setSelectedEvent(middle);
        state.getHiddenCategories().add("military");
        assertFalse(state.canStepBackProperty().get(), "the only event shown");
        assertFalse(state.canStepForwardProperty().get());
        state.searchTextProperty().set("no such words");
        assertFalse(state.canStepForwardProperty().get(), "nothing shown, nothing to step to");
    }

    @Test
    void withNothingSelectedAStepStartsFromWhatTheTimelineShows() {
        state.setVisibleRange(TimeRange.ofDays(LocalDate.of(2004, 1, 1), LocalDate.of(2006, 1, 1)));
        assertEquals(middle, state.step(1).orElseThrow());
        state.setSelectedEvent(null);
        assertEquals(middle, state.step(-1).orElseThrow());
        assertEquals(first, state.step(-1).orElseThrow());
    }
}
