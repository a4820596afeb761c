package org.timelineexplorer.model;

import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AppStateEditingTest {

    private static final Source SOURCE = new Source("Example", URI.create("https://example.org/"));
    private static final Era WAR = new Era("war", "The war", "", HistoricalDate.parse("2003"),
            HistoricalDate.parse("2005"), "#0072B2");
    private static final Era LATER = new Era("later", "Later", "", HistoricalDate.parse("2006"),
            HistoricalDate.parse("2008"), "#E69F00");
    private static final FigureSeries TROOPS = new FigureSeries("troops", "US troops", "soldiers", ChartStyle.LINE,
            SOURCE, List.of(new FigurePoint(2003, 150_000, null, false)));
    private static final FigureSeries DEATHS = new FigureSeries("deaths", "US deaths", "soldiers", ChartStyle.BAR,
            SOURCE, List.of(new FigurePoint(2004, 849, null, false)));

    private static TimelineEvent event(String id, String date, String title, String category) {
        return new TimelineEvent(id, HistoricalDate.parse(date), null, title, "", category, "war", List.of(SOURCE), null);
    }

    private final TimelineEvent invasion = event("invasion", "2003-03-20", "Invasion", "military");
    private final TimelineEvent baghdad = event("baghdad", "2003-04-09", "Baghdad falls", "military");
    private final TimelineEvent handover = event("handover", "2004-06-28", "Handover", "political");
    private final AppState state = new AppState(new Dataset("Test", "A summary", "A credit", List.of(WAR, LATER),
            List.of(handover, baghdad, invasion), List.of(TROOPS, DEATHS)));

    @Test
    void aMoveIsOneStepThatUndoAndRedoTakeBackAndForth() {
        TimelineEvent moved = withStart(baghdad, "2004-09-09");
        state.moveEvent(baghdad, moved);

        assertEquals(List.of(invasion, handover, moved), state.getShownEvents(), "the moved event takes its new place");
        assertEquals(List.of(invasion, handover, moved), state.getDataset().events(), "the dataset is what Save writes");
        assertSame(moved, state.getSelectedEvent(), "the moved event stays selected");
        assertEquals("Undo move of ‘Baghdad falls’", state.history().undoTextProperty().get());
        assertTrue(state.history().isDirty());

        state.history().undo();
        assertEquals(List.of(invasion, baghdad, handover), state.getShownEvents());
        assertSame(baghdad, state.getSelectedEvent());
        assertFalse(state.history().isDirty(), "undone back to what the file holds");
        assertEquals("Redo move of ‘Baghdad falls’", state.history().redoTextProperty().get());
        assertEquals("Undo", state.history().undoTextProperty().get());

        state.history().redo();
        assertEquals(List.of(invasion, handover, moved), state.getShownEvents());
    }

    @Test
    void anEditInPlaceReachesTheListsAsOneReplacement() {
        List<String> changes = new ArrayList<>();
        state.getEvents().addListener((ListChangeListener<TimelineEvent>) change -> {
            while (change.next()) {
                changes.add(change.wasReplaced() ? "replaced " + change.getFrom()
                        : change.wasAdded() ? "added " + change.getFrom() : "removed " + change.getFrom());
            }
        });
        TimelineEvent retitled = new TimelineEvent("baghdad", baghdad.start(), null, "Baghdad falls to US forces", "",
                "military", "war", List.of(SOURCE), null);
        state.replaceEvent(baghdad, retitled);
        assertEquals(List.of("replaced 1"), changes, "one event changed, one change, at its place");

        changes.clear();
        state.moveEvent(retitled, withStart(retitled, "2005-01-01"));
        assertEquals(List.of("removed 1", "added 2"), changes, "a move is one removal and one insertion");
    }

    @Test
    void addDeleteAndDuplicateAreUndoable() {
        state.removeEvent(handover);
        assertEquals(List.of(invasion, baghdad), state.getShownEvents());
        assertEquals("Undo deletion of ‘Handover’", state.history().undoTextProperty().get());
        state.history().undo();
        assertEquals(List.of(invasion, baghdad, handover), state.getShownEvents());

        TimelineEvent copy = state.duplicateEvent(invasion);
        assertEquals("Invasion (copy)", copy.title());
        assertNotEquals(invasion.id(), copy.id(), "a copy has an id of its own");
        assertSame(copy, state.getSelectedEvent());
        assertEquals(4, state.getDataset().events().size());
        state.history().undo();
        assertEquals(3, state.getEvents().size());
        assertNull(state.getSelectedEvent(), "the undone copy is no longer selected");
    }

    @Test
    void removingAnEraTakesItsEventsOutOfItInOneStep() {
        state.removeEra(WAR);
        assertEquals(List.of(LATER), state.getEras());
        assertTrue(state.getEvents().stream().allMatch(e -> e.eraId() == null), "no event names a missing era");
        state.history().undo();
        assertEquals(List.of(WAR, LATER), state.getEras());
        assertTrue(state.getEvents().stream().allMatch(e -> e.eraId().equals("war")));
        assertFalse(state.history().canUndoProperty().get(), "it was one step");
    }

    @Test
    void seriesComeBackToTheirPlace() {
        state.removeSeries(TROOPS);
        assertEquals(List.of(DEATHS), state.getDataset().series());
        state.history().undo();
        assertEquals(List.of(TROOPS, DEATHS), state.getDataset().series(), "the chart's buttons keep their order");
    }

    @Test
    void detailsAreEditedAndSurviveEventEdits() {
        state.changeDetails("New title", "New summary", "New credit", EraStyle.BCE_CE);
        state.removeEvent(invasion);
        Dataset now = state.getDataset();
        assertEquals(List.of("New title", "New summary", "New credit"), List.of(now.title(), now.summary(), now.credit()));
        assertEquals(EraStyle.BCE_CE, state.eraStyle());
        state.history().undo();
        state.history().undo();
        assertEquals("Test", state.getDataset().title());
    }

    @Test
    void undoingPastASaveMakesTheDatasetDirtyAgain() {
        state.removeEvent(invasion);
        state.history().markSaved();
        assertFalse(state.history().isDirty());
        state.history().undo();
        assertTrue(state.history().isDirty(), "the file holds the deletion; the window does not");
        assertEquals(1, state.history().unsavedChanges());
        state.history().redo();
        assertFalse(state.history().isDirty());

        state.history().undo();
        state.addEvent(event("new", "2003-05-01", "New", ""));
        state.history().undo();
        assertTrue(state.history().isDirty(), "the way back to the saved state is gone");
    }

    @Test
    void openingForgetsTheHistoryAndOnlyOpeningMovesTheOpenedDataset() {
        Dataset opened = state.openedProperty().get();
        state.removeEvent(invasion);
        assertSame(opened, state.openedProperty().get(), "an edit is not an opening");
        long changes = state.history().changeCountProperty().get();

        state.setDataset(Dataset.empty("Untitled"));
        assertFalse(state.history().canUndoProperty().get());
        assertFalse(state.history().isDirty());
        assertTrue(state.history().changeCountProperty().get() > changes);

        state.openUnsaved(opened);
        assertTrue(state.history().isDirty(), "restored work is not saved anywhere yet");
        assertSame(opened, state.openedProperty().get());
    }

    @Test
    void freshIdsAreFreeAmongEventsErasAndSeries() {
        assertEquals("baghdad-falls", state.freshId("Baghdad falls"));
        assertEquals("war-2", state.freshId("War"));
        assertEquals("troops-2", state.freshId("Troops"));
    }

    @Test
    void equalEventsAreTakenOutOneAtATime() {
        TimelineEvent twin = event("invasion", "2003-03-20", "Invasion", "military");
        state.addEvent(twin);
        state.removeEvent(twin);
        assertEquals(List.of(invasion, baghdad, handover), state.getEvents());
    }

    private static TimelineEvent withStart(TimelineEvent event, String date) {
        return new TimelineEvent(event.id(), HistoricalDate.parse(date), event.end(), event.title(), event.text(),
                event.category(), event.eraId(), event.sources(), event.note(), event.display(), event.places());
    }
}
