package org.timelineexplorer.timeline.impl;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
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
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Edit mode where time runs right to left: a drag to the left moves an event or an era's edge later, and a double
 * click dates what is under the pointer, as a teacher reading Arabic would expect.
 */
@ExtendWith(ApplicationExtension.class)
class TimelineEditingRightToLeftTest {

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
        view.setTimeRightToLeft(true);
        view.setOnEventDragged((event, moved) -> eventDrops.add(new TimelineEvent[] {event, moved}));
        view.setOnEraEdgeDragged((era, moved) -> eraDrops.add(new Era[] {era, moved}));
        view.setOnAddRequested(adds::add);
        stage.setWidth(1200);
        stage.setHeight(460);
        stage.setScene(new Scene(new StackPane(view), 1200, 460));
        stage.show();
        view.requestFocus();
    }

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

    /** How many pixels {@code days} take on screen, whichever way time runs. */
    private double pixels(double days) {
        return Math.abs(fx(() -> skin().xOf(START.start() + days) - skin().xOf(START.start())));
    }

    @Test
    void aMonthEventDraggedAMonthLeftLandsAMonthLater(FxRobot robot) {
        TimelineEvent cpa = events.stream().filter(e -> e.id().equals("cpa")).findFirst().orElseThrow();
        Point2D at = fx(() -> SkinProbe.eventOnScreen(view, cpa));
        assertNotNull(at, "the CPA is drawn");
        robot.drag(at, MouseButton.PRIMARY).moveBy(-pixels(31) / 2, 0).moveBy(-pixels(31) / 2, 0)
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, eventDrops.size());
        assertEquals(HistoricalDate.parse("2003-06"), eventDrops.get(0)[1].start(), "May 2003 moved to June");
    }

    @Test
    void anErasStartOnTheRightDraggedLeftStartsLater(FxRobot robot) {
        Era surge = eras.stream().filter(e -> e.id().equals("surge")).findFirst().orElseThrow();
        Point2D edge = fx(() -> SkinProbe.eraEdgeOnScreen(view, surge, true));
        robot.drag(edge, MouseButton.PRIMARY).moveBy(-pixels(60) / 2, 0).moveBy(-pixels(60) / 2, 0)
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, eraDrops.size(), "the start edge was taken, on the era's right");
        Era moved = eraDrops.get(0)[1];
        double days = moved.start().startDay() - surge.start().startDay();
        assertTrue(days > 50 && days < 70, "its start about sixty days later: " + days);
        assertEquals(surge.end(), moved.end(), "its end stays");
    }

    @Test
    void aDoubleClickDatesWhatIsUnderThePointer(FxRobot robot) {
        Point2D empty = new Point2D(fx(() -> skin().xOf(LocalDate.of(2008, 6, 15).toEpochDay())),
                fx(() -> skin().overviewPoint(0).getY()) - 60);
        assertTrue(empty.getX() < 200, "mid-2008 lies near the left edge: " + empty.getX());
        PlatformClicks.doubleClick(robot, view, empty);
        assertEquals(List.of(HistoricalDate.ofMonth(2008, 6)), adds);
    }
}
