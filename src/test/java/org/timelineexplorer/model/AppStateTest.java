package org.timelineexplorer.model;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AppStateTest {

    private static final Source SOURCE = new Source("Example", URI.create("https://example.org/"));

    private static TimelineEvent event(String id, String date, String title, String text, String category) {
        return new TimelineEvent(id, HistoricalDate.parse(date), null, title, text, category, "era", List.of(SOURCE), null);
    }

    private static final Era ERA = new Era("era", "The era", "", HistoricalDate.parse("2003"), HistoricalDate.parse("2005"), "#0072B2");

    private static Dataset dataset(TimelineEvent... events) {
        return new Dataset("Test", "", "", List.of(ERA), List.of(events), List.of());
    }

    private final TimelineEvent invasion = event("invasion", "2003-03-20", "Invasion", "Forces cross into Iraq.", "military");
    private final TimelineEvent capture = event("capture", "2003-12-13", "Saddam captured", "Near Tikrit.", "military");
    private final TimelineEvent handover = event("handover", "2004-06-28", "Handover", "Sovereignty to Iraqis.", "political");
    private final AppState state = new AppState(dataset(handover, capture, invasion));

    @Test
    void eventsAreShownInDateOrderWhateverTheFileOrder() {
        assertEquals(List.of(invasion, capture, handover), state.getShownEvents());
        assertEquals(ERA.range().padded(), state.getVisibleRange(), "the whole span is in view, with room at its ends");
    }

    @Test
    void searchMatchesEveryWordInTitleOrTextIgnoringCase() {
        state.searchTextProperty().set("TIKRIT saddam");
        assertEquals(List.of(capture), state.getShownEvents());
        state.searchTextProperty().set("");
        assertEquals(3, state.getShownEvents().size());
    }

    @Test
    void hiddenCategoriesLeaveTheOthers() {
        state.getHiddenCategories().add("military");
        assertEquals(List.of(handover), state.getShownEvents());
    }

    @Test
    void stepsMoveThroughShownEventsAndStopAtTheEnds() {
        assertEquals(invasion, state.step(1).orElseThrow(), "a first step forward selects the first event");
        assertEquals(handover, state.step(5).orElseThrow(), "steps stop at the last event");
        assertEquals(capture, state.step(-1).orElseThrow());
        assertEquals(invasion, state.selectFirst().orElseThrow());
        assertEquals(handover, state.selectLast().orElseThrow());
    }

    @Test
    void stepsFollowTheFilter() {
        state.getHiddenCategories().add("political");
        state.setSelectedEvent(invasion);
        assertEquals(capture, state.step(1).orElseThrow());
        assertEquals(capture, state.step(1).orElseThrow(), "the hidden handover is not a step");
    }

    @Test
    void aNewDatasetReplacesEverythingAtOnce() {
        state.setSelectedEvent(capture);
        state.setSelectedEra(ERA);
        state.getHiddenCategories().add("diplomatic");
        state.searchTextProperty().set("capture");
        TimelineEvent other = event("other", "2010", "Other", "", "diplomatic");

        state.setDataset(new Dataset("Other", "", "", List.of(), List.of(other), List.of()));

        assertNull(state.getSelectedEvent());
        assertNull(state.getSelectedEra());
        assertEquals(List.of(other), state.getEvents());
        assertEquals(List.of(other), state.getShownEvents(), "the new data opens unfiltered");
        assertEquals("", state.searchTextProperty().get());
        assertEquals(other.range().padded(), state.getVisibleRange(), "the new span is in view, with room at its ends");
    }

    @Test
    void theEraOfAnEventComesFromTheOpenDataset() {
        assertEquals(ERA, state.eraOf(capture).orElseThrow());
        assertTrue(state.eraOf(null).isEmpty());
    }
}
