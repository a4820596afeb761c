package org.timelineexplorer.timeline.impl;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.timelineexplorer.model.DatePrecision;
import org.timelineexplorer.model.Era;
import org.timelineexplorer.model.HistoricalDate;
import org.timelineexplorer.model.TimeRange;
import org.timelineexplorer.model.TimelineEvent;
import org.timelineexplorer.timeline.SampleTimeline;
import org.timelineexplorer.timeline.TimelineView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Edit mode, used as a teacher would with the mouse: the control hands over what was dragged where, snapped to the
 * date's precision, draws where it would land while the button is down, and does nothing of it outside edit mode.
 */
@ExtendWith(ApplicationExtension.class)
class TimelineEditingTest {

    private static final TimeRange START = TimeRange.ofDays(LocalDate.of(2003, 1, 1), LocalDate.of(2008, 12, 31));

    private final ObservableList<TimelineEvent> events = FXCollections.observableArrayList(SampleTimeline.events());
    private final ObservableList<Era> eras = FXCollections.observableArrayList(SampleTimeline.eras());
    private final List<TimelineEvent[]> eventDrops = new ArrayList<>();
    private final List<Era[]> eraDrops = new ArrayList<>();
    private final List<HistoricalDate> adds = new ArrayList<>();
    private TimelineView view;

    @Start
    void start(Stage stage) {
        view = new TimelineView(events, eras);
        view.setLocale(Locale.UK);
        view.setAnimated(false);
        view.setVisibleRange(START);
        view.setEditable(true);
        view.setOnEventDragged((event, moved) -> eventDrops.add(new TimelineEvent[] {event, moved}));
        view.setOnEraEdgeDragged((era, moved) -> eraDrops.add(new Era[] {era, moved}));
        view.setOnAddRequested(adds::add);
        // Test classes share one stage: a size another left must not carry over into this one's pixels.
        stage.setWidth(1200);
        stage.setHeight(460);
        stage.setScene(new Scene(new StackPane(view), 1200, 460));
        stage.show();
        view.requestFocus();
    }

    /** Lets the stage's size settle into the control's layout before positions are read from it. */
    @BeforeEach
    void laidOut() {
        WaitForAsyncUtils.waitForFxEvents();
    }

    private TimelineViewSkin skin() {
        return (TimelineViewSkin) view.getSkin();
    }

    private static <T> T fx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private TimelineEvent event(String id) {
        return events.stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    /** How many pixels {@code days} take at the current zoom. */
    private double pixels(double days) {
        return fx(() -> skin().xOf(START.start() + days) - skin().xOf(START.start()));
    }

    private Color pixel(double x, double y) {
        WritableImage shot = fx(() -> view.snapshot(null, null));
        return shot.getPixelReader().getColor((int) Math.round(x), (int) Math.round(y));
    }

    @Test
    void aMonthEventDraggedAMonthRightIsHandedOverAtTheNextMonthAndDrawnThereWhileDragging(FxRobot robot) {
        TimelineEvent cpa = event("cpa");
        assertEquals(DatePrecision.MONTH, cpa.start().precision());
        Point2D at = fx(() -> SkinProbe.eventOnScreen(view, cpa));
        assertNotNull(at, "the CPA is drawn");
        assertTrue(view.getPseudoClassStates().contains(PseudoClass.getPseudoClass("editing")));

        double june = HistoricalDate.parse("2003-06").startDay();
        robot.drag(at, MouseButton.PRIMARY).moveBy(pixels(31) / 2, 0).moveBy(pixels(31) / 2, 0);
        WaitForAsyncUtils.waitForFxEvents();
        // Mid-drag: a guide in the selection colour at 1 June, from the era band down, and nothing handed over yet.
        double guideX = fx(() -> skin().xOf(june));
        double low = fx(() -> skin().overviewPoint(0).getY()) - 40;
        assertEquals(Color.web("#c8102e"), pixel(guideX, low), "the guide at the month it would land in");
        assertTrue(eventDrops.isEmpty(), "nothing changes until the button is let go");
        assertEquals(START, view.getVisibleRange(), "dragging an event does not pan");
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(1, eventDrops.size());
        assertEquals(cpa, eventDrops.get(0)[0]);
        assertEquals(cpa.movedBy(1), eventDrops.get(0)[1], "a month later, and nothing else changed");
        assertEquals(START, view.getVisibleRange());
        assertFalse(Color.web("#c8102e").equals(pixel(guideX, low)), "the preview goes with the drop");
    }

    @Test
    void aDayEventMovesByWholeDaysAsFarAsThePointerWent(FxRobot robot) {
        TimelineEvent baghdad = event("baghdad-falls");
        Point2D at = fx(() -> SkinProbe.eventOnScreen(view, baghdad));
        robot.drag(at, MouseButton.PRIMARY).moveBy(-pixels(60), 0).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, eventDrops.size());
        HistoricalDate moved = eventDrops.get(0)[1].start();
        assertEquals(DatePrecision.DAY, moved.precision());
        assertEquals(baghdad.start().startDay() - 60, moved.startDay(), 2, "about 60 days earlier: " + moved);
    }

    @Test
    void escapeDuringADragCancelsIt(FxRobot robot) {
        Point2D at = fx(() -> SkinProbe.eventOnScreen(view, event("cpa")));
        robot.drag(at, MouseButton.PRIMARY).moveBy(pixels(90), 0);
        robot.push(KeyCode.ESCAPE);
        robot.moveBy(10, 0).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(eventDrops.isEmpty(), "Escape dropped nothing");
        assertEquals(START, view.getVisibleRange(), "nor did the rest of the drag pan");
    }

    @Test
    void draggingAnErasStartChangesItsStartAndNeverPastItsEnd(FxRobot robot) {
        Era surge = eras.stream().filter(e -> e.id().equals("surge")).findFirst().orElseThrow();
        // Both its edges well in view, each where another era begins or ends.
        robot.interact(() -> view.setVisibleRange(TimeRange.ofDays(LocalDate.of(2005, 1, 1),
                LocalDate.of(2010, 12, 31))));
        WaitForAsyncUtils.waitForFxEvents();
        Point2D edge = fx(() -> SkinProbe.eraEdgeOnScreen(view, surge, true));
        robot.moveTo(edge);
        Node canvas = robot.lookup(".timeline-canvas").query();
        assertEquals(Cursor.H_RESIZE, canvas.getCursor(), "the pointer says the edge can be dragged");
        robot.drag(edge, MouseButton.PRIMARY).moveBy(-pixels(100), 0).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, eraDrops.size());
        Era moved = eraDrops.get(0)[1];
        assertEquals(surge.start().startDay() - 100, moved.start().startDay(), 2, "about 100 days earlier");
        assertEquals(surge.end(), moved.end(), "its end stays");

        Point2D end = fx(() -> SkinProbe.eraEdgeOnScreen(view, surge, false));
        robot.drag(end, MouseButton.PRIMARY).moveBy(-pixels(365 * 3), 0).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, eraDrops.size());
        Era shortened = eraDrops.get(1)[1];
        assertEquals(surge.start(), shortened.end(), "dragged past its start, its end stops there");
    }

    @Test
    void aDoubleClickOnAnEmptySpotAsksForAnEventAtTheDateThere(FxRobot robot) {
        Point2D empty = new Point2D(fx(() -> skin().xOf(LocalDate.of(2008, 6, 15).toEpochDay())),
                fx(() -> skin().overviewPoint(0).getY()) - 60);
        PlatformClicks.doubleClick(robot, view, empty);
        assertEquals(List.of(HistoricalDate.ofMonth(2008, 6)), adds,
                "at six years across 1,200 pixels a day is under a pixel: the month is what one can aim at");
        assertEquals(START, view.getVisibleRange(), "no zoom in edit mode");

        robot.interact(() -> view.setVisibleRange(TimeRange.ofDays(LocalDate.of(2008, 6, 1),
                LocalDate.of(2008, 6, 30))));
        WaitForAsyncUtils.waitForFxEvents();
        Point2D day = new Point2D(fx(() -> skin().xOf(LocalDate.of(2008, 6, 15).toEpochDay() + 0.5)), empty.getY());
        PlatformClicks.doubleClick(robot, view, day);
        assertEquals(HistoricalDate.ofDay(2008, 6, 15), adds.get(1), "zoomed in to a month, the day");
    }

    @Test
    void outsideEditModeDraggingAnEventPans(FxRobot robot) {
        robot.interact(() -> view.setEditable(false));
        Point2D at = fx(() -> SkinProbe.eventOnScreen(view, event("cpa")));
        robot.drag(at, MouseButton.PRIMARY).moveBy(-200, 0).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(eventDrops.isEmpty(), "nothing moved");
        assertTrue(view.getVisibleRange().start() > START.start() + 100, "the view panned to later times");
        assertFalse(view.getPseudoClassStates().contains(PseudoClass.getPseudoClass("editing")));
    }
}
