package org.timelineexplorer.ui;

import javafx.geometry.Point2D;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.model.Era;
import org.timelineexplorer.model.HistoricalDate;
import org.timelineexplorer.model.TimeRange;
import org.timelineexplorer.model.TimelineEvent;
import org.timelineexplorer.timeline.TimelineView;
import org.timelineexplorer.timeline.impl.PlatformClicks;
import org.timelineexplorer.timeline.impl.SkinProbe;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Edit mode in the main window, as a teacher uses it: turned on from the keyboard, an event dragged a month to the
 * right and its new date read in the detail pane, undone and redone with the keys; an era's edge dragged; a double
 * click on an empty spot opening the form with that date.
 */
@ExtendWith(ApplicationExtension.class)
class TimelineEditWindowTest {

    private AppState state;
    private MainWindowController controller;
    private TimelineView timeline;

    @Start
    void start(Stage stage) {
        state = new AppState(UiFixture.bundled());
        controller = UiFixture.show(stage, state, UiFixture.freshSettings(), 1280, 720);
        timeline = controller.timelinePane().timeline();
        timeline.setAnimated(false);
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        robot.interact(() -> List.copyOf(Window.getWindows()).stream()
                .filter(w -> w != timeline.getScene().getWindow()).forEach(Window::hide));
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(5, TimeUnit.SECONDS);
    }

    private TimelineEvent event(String id) {
        return state.getEvents().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    private String text(FxRobot robot, String query) {
        return robot.lookup(query).queryLabeled().getText();
    }

    /** Pixels per day in the timeline at its current zoom. */
    private double pixelsPerDay() throws Exception {
        return fx(() -> timeline.getWidth() / timeline.getVisibleRange().length());
    }

    private void turnEditModeOn(FxRobot robot) {
        robot.clickOn(timeline, MouseButton.SECONDARY);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E).release(KeyCode.E, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void anEventDraggedAMonthRightShowsItsNewDateAndUndoAndRedoTakeItBackAndForth(FxRobot robot) throws Exception {
        assertFalse(robot.lookup("#status-editing").query().isVisible(), "not in edit mode at first");
        turnEditModeOn(robot);
        assertTrue(state.isTimelineEditing(), "Ctrl+Shift+E turns edit mode on");
        assertTrue(robot.lookup("#status-editing").query().isVisible(), "the status bar says so");
        CheckMenuItem item = (CheckMenuItem) controller.menu().editMenu().getItems().stream()
                .filter(i -> "edit-on-timeline-item".equals(i.getId())).findFirst().orElseThrow();
        assertTrue(item.isSelected(), "Edit → Edit on the timeline is ticked");

        TimelineEvent baghdad = event("fall-of-baghdad");
        // Two months in view, so that a day is many pixels wide and a month's drag lands on the day.
        robot.interact(() -> state.setVisibleRange(new TimeRange(baghdad.range().start() - 20,
                baghdad.range().start() + 40)));
        WaitForAsyncUtils.waitForFxEvents();
        Point2D at = fx(() -> SkinProbe.eventOnScreen(timeline, baghdad));
        assertNotNull(at, "Baghdad's fall is drawn");
        int days = (int) (LocalDate.of(2003, 5, 9).toEpochDay() - LocalDate.of(2003, 4, 9).toEpochDay());
        robot.drag(at, MouseButton.PRIMARY).moveBy(days * pixelsPerDay(), 0).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        TimelineEvent moved = state.getSelectedEvent();
        assertEquals(HistoricalDate.ofDay(2003, 5, 9), moved.start(), "a month later, on the day");
        assertEquals(baghdad.title(), moved.title());
        assertEquals("9 May 2003", text(robot, "#detail-date"), "the detail pane shows the new date");
        assertEquals("Undo move of ‘" + baghdad.title() + "’", controller.menu().editMenu().getItems().get(0)
                .getText());

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(baghdad, event("fall-of-baghdad"), "undone");
        assertEquals("9 April 2003", text(robot, "#detail-date"));
        robot.push(KeyCode.CONTROL, KeyCode.Y);
        assertEquals(HistoricalDate.ofDay(2003, 5, 9), event("fall-of-baghdad").start(), "redone");
        assertEquals("9 May 2003", text(robot, "#detail-date"));
    }

    @Test
    void anErasEdgeDraggedIsOneUndoableStep(FxRobot robot) throws Exception {
        turnEditModeOn(robot);
        Era era = fx(() -> state.getEras().get(state.getEras().size() / 2));
        robot.interact(() -> state.setVisibleRange(new TimeRange(era.range().start() - 60,
                era.range().start() + 120)));
        WaitForAsyncUtils.waitForFxEvents();
        Point2D edge = fx(() -> SkinProbe.eraEdgeOnScreen(timeline, era, true));
        robot.drag(edge, MouseButton.PRIMARY).moveBy(-30 * pixelsPerDay(), 0).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        Era moved = fx(() -> state.getEras().stream().filter(e -> e.id().equals(era.id())).findFirst()
                .orElseThrow());
        assertTrue(moved.start().startDay() < era.start().startDay(), "its start is earlier: " + moved.start());
        assertEquals(era.end(), moved.end());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertTrue(fx(() -> state.getEras().contains(era)), "undone in one step");
    }

    @Test
    void aDoubleClickOnAnEmptySpotOpensTheFormWithThatDate(FxRobot robot) throws Exception {
        turnEditModeOn(robot);
        // A month after the last event, where nothing is drawn; zoomed so that a day can be aimed at.
        TimelineEvent last = fx(() -> state.getEvents().get(state.getEvents().size() - 1));
        double day = Math.floor(last.range().end()) + 30;
        robot.interact(() -> state.setVisibleRange(new TimeRange(day - 30, day + 30)));
        WaitForAsyncUtils.waitForFxEvents();
        Point2D onScreen = fx(() -> SkinProbe.timeOnScreen(timeline, day + 0.5));
        PlatformClicks.doubleClick(robot, timeline, timeline.screenToLocal(onScreen));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#event-form").tryQuery().isPresent());
        DialogPane form = robot.lookup("#event-form").queryAs(DialogPane.class);
        TextField date = (TextField) form.lookup("#form-date");
        assertEquals(HistoricalDate.onEpochDay((long) day, org.timelineexplorer.model.DatePrecision.DAY)
                .toIsoString(), date.getText(), "the form has the date double-clicked");
    }
}
