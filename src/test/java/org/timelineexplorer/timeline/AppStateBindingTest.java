package org.timelineexplorer.timeline;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.TimeRange;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The timeline bound to the application state exactly as the application does it. */
@ExtendWith(ApplicationExtension.class)
class AppStateBindingTest {

    private AppState state;
    private TimelineView view;

    @Start
    void start(Stage stage) {
        state = new AppState(new Dataset("sample", "", "", SampleTimeline.eras(), SampleTimeline.events(), List.of()));
        view = new TimelineView();
        view.setEvents(state.getShownEvents());
        view.setEras(state.getEras());
        view.visibleRangeProperty().bindBidirectional(state.visibleRangeProperty());
        view.selectedEventProperty().bindBidirectional(state.selectedEventProperty());
        view.selectedEraProperty().bindBidirectional(state.selectedEraProperty());
        stage.setScene(new Scene(view, 1000, 400));
        stage.show();
        view.requestFocus();
    }

    private void waitUntilStill() throws Exception {
        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> view.getAnimationTarget() == null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theTimelineAndTheStateFollowEachOther(FxRobot robot) throws Exception {
        assertEquals(state.getDataset().overview(), view.getVisibleRange(), "the timeline starts on the state's range");
        TimeRange r = TimeRange.ofDays(LocalDate.of(2004, 1, 1), LocalDate.of(2004, 12, 31));
        robot.interact(() -> state.setVisibleRange(r));
        assertEquals(r, view.getVisibleRange());

        robot.type(KeyCode.RIGHT);
        assertSame(view.getSelectedEvent(), state.getSelectedEvent());
        robot.interact(() -> state.selectLast());
        assertSame(state.getSelectedEvent(), view.getSelectedEvent());
        waitUntilStill();
        assertTrue(state.getVisibleRange().overlaps(state.getSelectedEvent().range()),
                "selecting elsewhere moves the state's range too");

        robot.interact(() -> view.fitAll());
        waitUntilStill();
        assertEquals(view.getFullSpan().padded().start(), state.getVisibleRange().start(), 1e-6);
        assertEquals(view.getFullSpan().padded().end(), state.getVisibleRange().end(), 1e-6);
    }

    @Test
    void filteringTheStateFiltersTheTimeline(FxRobot robot) {
        int all = view.getEvents().size();
        robot.interact(() -> state.searchTextProperty().set("mosul"));
        assertEquals(2, view.getEvents().size(), "only the Mosul events are shown");
        assertTrue(all > 2);
        robot.interact(() -> state.searchTextProperty().set(""));
        assertEquals(all, view.getEvents().size());
    }
}
