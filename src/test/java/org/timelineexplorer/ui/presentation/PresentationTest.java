package org.timelineexplorer.ui.presentation;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.model.TimeRange;
import org.timelineexplorer.model.TimelineEvent;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.timelineexplorer.ui.presentation.ClassroomFixture.INSURGENCY;
import static org.timelineexplorer.ui.presentation.ClassroomFixture.INVASION;

class PresentationTest {

    private AppState state;
    private Presentation presentation;
    private List<TimelineEvent> events;

    @BeforeEach
    void setUp() {
        state = new AppState(ClassroomFixture.dataset());
        presentation = new Presentation(state);
        events = List.copyOf(state.getShownEvents());
    }

    @Test
    void startsOnTheFirstEraTitleWithNothingSelected() {
        presentation.start();

        assertEquals(0, presentation.getIndex());
        assertEquals(Step.eraTitle(INVASION), presentation.getCurrentStep());
        assertNull(state.getSelectedEvent());
        assertEquals(INVASION, state.getSelectedEra());
        assertEquals("1 / 10", presentation.positionProperty().get());
    }

    @Test
    void startsOnTheSelectedEvent() {
        state.setSelectedEvent(events.get(2));
        presentation.start();

        assertEquals(events.get(2), presentation.getCurrentStep().event());
        assertEquals("4 / 10", presentation.positionProperty().get());
    }

    @Test
    void nextAndPreviousStepThroughEventsAndTitleCards() {
        state.setSelectedEvent(events.get(3));
        presentation.start();

        presentation.next();
        assertEquals(events.get(4), state.getSelectedEvent());
        presentation.next();
        assertEquals(Step.eraTitle(INSURGENCY), presentation.getCurrentStep());
        assertNull(state.getSelectedEvent());
        assertEquals(INSURGENCY, state.getSelectedEra());
        presentation.next();
        assertEquals(events.get(5), state.getSelectedEvent());
        presentation.previous();
        presentation.previous();
        assertEquals(events.get(4), state.getSelectedEvent());
        assertEquals(INVASION, state.getSelectedEra());
    }

    @Test
    void firstAndLastAndClamping() {
        presentation.start();
        presentation.previous();
        assertEquals(0, presentation.getIndex());
        presentation.last();
        assertEquals(events.get(7), state.getSelectedEvent());
        presentation.next();
        assertEquals(9, presentation.getIndex());
        presentation.first();
        assertEquals(0, presentation.getIndex());
    }

    @Test
    void aSearchNarrowsTheLessonAndKeepsTheCurrentStep() {
        state.setSelectedEvent(events.get(6));
        presentation.start();

        state.searchTextProperty().set("fallujah");

        assertEquals(List.of(Step.Kind.ERA_TITLE, Step.Kind.EVENT, Step.Kind.EVENT),
                presentation.getSteps().stream().map(Step::kind).toList());
        assertEquals(events.get(6), presentation.getCurrentStep().event());
        assertEquals("2 / 3", presentation.positionProperty().get());
        presentation.next();
        assertEquals(events.get(7), state.getSelectedEvent());
    }

    @Test
    void aSearchThatHidesTheCurrentStepStaysNearby() {
        state.setSelectedEvent(events.get(6));
        presentation.start();

        state.searchTextProperty().set("baghdad");

        assertEquals(4, presentation.getSteps().size());
        assertEquals(3, presentation.getIndex());
        assertEquals(events.get(7), state.getSelectedEvent());
    }

    @Test
    void includingChartsAddsAStepAfterEachEra() {
        presentation.includeChartsProperty().set(true);
        state.setSelectedEvent(events.get(4));
        presentation.start();

        presentation.next();

        assertEquals(Step.chart(INVASION), presentation.getCurrentStep());
        assertNull(state.getSelectedEvent());
        assertEquals(INVASION, state.getSelectedEra());
        assertEquals("7 / 12", presentation.positionProperty().get());
    }

    @Test
    void selectingAnEventElsewhereMovesThePresentation() {
        presentation.start();
        state.setSelectedEvent(events.get(5));
        assertEquals(7, presentation.getIndex());
        assertEquals(INSURGENCY, state.getSelectedEra());
    }

    @Test
    void whileStoppedTheStateIsLeftAlone() {
        presentation.start();
        presentation.stop();
        state.setSelectedEra(null);
        state.setSelectedEvent(events.get(5));
        presentation.next();

        assertFalse(presentation.isRunning());
        assertNull(state.getSelectedEra());
        assertSame(events.get(5), state.getSelectedEvent());
    }

    @Test
    void theTourAdvancesAndStopsAtTheEnd() {
        state.setSelectedEvent(events.get(6));
        presentation.start();
        presentation.togglePlaying();
        assertTrue(presentation.playingProperty().get());

        presentation.tick();
        assertEquals(events.get(7), state.getSelectedEvent());
        assertFalse(presentation.playingProperty().get());
        presentation.tick();
        assertEquals(events.get(7), state.getSelectedEvent());

        presentation.togglePlaying();
        assertFalse(presentation.playingProperty().get(), "nothing left to play");
    }

    @Test
    void blackoutTogglesAndStopClearsIt() {
        presentation.start();
        presentation.toggleBlackout();
        assertTrue(presentation.blackoutProperty().get());
        presentation.toggleBlackout();
        assertFalse(presentation.blackoutProperty().get());
        presentation.toggleBlackout();
        presentation.stop();
        assertFalse(presentation.blackoutProperty().get());
    }

    @Test
    void eventStepsZoomToSixMonthsAroundTheEventWithinTheData() {
        TimeRange wide = new TimeRange(events.get(0).range().start() - 1000, events.get(0).range().end() + 1000);
        Step first = Step.event(events.get(0), INVASION);
        assertEquals(events.get(0).range().start() - 183, Presentation.rangeFor(first, wide).start());
        assertTrue(Presentation.rangeFor(Step.eraTitle(INVASION), wide).start() < INVASION.range().start());

        TimeRange data = new TimeRange(events.get(0).range().start(), events.get(0).range().start() + 2000);
        TimeRange shown = Presentation.rangeFor(first, data);
        assertEquals(data.start() - Presentation.EDGE_ROOM * shown.length(), shown.start(), 1e-6,
                "no months of empty time before the first event, only a little room");
        assertEquals(366 + events.get(0).range().length(), shown.length(), 1e-9, "still about a year wide");
    }
}
