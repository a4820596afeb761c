package org.timelineexplorer.timeline.impl;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.ZoomEvent;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.timelineexplorer.model.Era;
import org.timelineexplorer.model.TimeRange;
import org.timelineexplorer.model.TimelineEvent;
import org.timelineexplorer.timeline.SampleTimeline;
import org.timelineexplorer.timeline.TimelineView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.geometry.VerticalDirection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The timeline used as a student would: with the mouse and the keyboard, in a window of its own. */
@ExtendWith(ApplicationExtension.class)
class TimelineViewTest {

    /**
     * The robot direction that turns the wheel away from the user (positive delta, zoom in). Monocle's headless
     * robot hands the wheel amount through unconverted, which reverses it compared with a desktop platform.
     */
    private static final VerticalDirection AWAY_FROM_USER =
            "Monocle".equals(System.getProperty("glass.platform")) ? VerticalDirection.DOWN : VerticalDirection.UP;

    private static final TimeRange START = TimeRange.ofDays(LocalDate.of(2003, 1, 1), LocalDate.of(2008, 12, 31));

    private final ObservableList<TimelineEvent> events = FXCollections.observableArrayList(SampleTimeline.events());
    private final ObservableList<Era> eras = FXCollections.observableArrayList(SampleTimeline.eras());
    private TimelineView view;
    private Button before;

    @Start
    void start(Stage stage) {
        view = new TimelineView(events, eras);
        view.setLocale(Locale.UK);
        view.setVisibleRange(START);
        before = new Button("before");
        stage.setScene(new Scene(new VBox(before, view), 1200, 460));
        stage.show();
        view.requestFocus();
    }

    private TimelineViewSkin skin() {
        return (TimelineViewSkin) view.getSkin();
    }

    private Point2D screen(Point2D local) {
        return view.localToScreen(local);
    }

    private void doubleClick(FxRobot robot, Point2D local) {
        PlatformClicks.doubleClick(robot, view, local);
    }

    /** Reads something on the FX thread, where the skin's state lives. */
    private static <T> T fx(java.util.concurrent.Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private void waitUntilStill() {
        try {
            WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> view.getAnimationTarget() == null);
        } catch (Exception e) {
            throw new AssertionError("the view kept animating", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void wheelZoomsInAroundThePointer(FxRobot robot) {
        double x = 420;
        double y = view.getHeight() / 2;
        double before = fx(() -> skin().timeAt(x));
        double span = view.getVisibleRange().length();
        robot.moveTo(screen(new Point2D(x, y)));
        robot.scroll(3, AWAY_FROM_USER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.getVisibleRange().length() < span * 0.9, "the span should shrink: " + view.getVisibleRange());
        assertDayAt(x, before, 1.01, "the date under the pointer moved");
        robot.scroll(3, AWAY_FROM_USER == VerticalDirection.UP ? VerticalDirection.DOWN : VerticalDirection.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(span, view.getVisibleRange().length(), span * 0.01, "zooming back out restores the span");
    }

    /** That {@code day} is still shown at {@code x}, within {@code pixels} pixels. */
    private void assertDayAt(double x, double day, double pixels, String message) {
        double daysPerPixel = Math.abs(skin().timeAt(x + 1) - skin().timeAt(x));
        assertEquals(day, skin().timeAt(x), daysPerPixel * pixels, message);
    }

    /**
     * A touchpad pinch, as the platform reports it: a gesture of zoom events whose factors multiply. The robot
     * cannot pinch, so the events are sent to the timeline the way the platform would send them.
     */
    @Test
    void pinchingZoomsAroundTheFingers(FxRobot robot) {
        double x = 800;
        double y = view.getHeight() / 2;
        double before = fx(() -> skin().timeAt(x));
        double span = view.getVisibleRange().length();
        pinch(robot, x, y, 1.25, 1.25, 1.44);
        assertEquals(span / 2.25, view.getVisibleRange().length(), span * 0.001, "spreading the fingers 2.25 times");
        assertDayAt(x, before, 1.01, "the date between the fingers moved");
        pinch(robot, x, y, 1 / 2.25);
        assertEquals(span, view.getVisibleRange().length(), span * 0.001, "pinching back restores the span");
    }

    private void pinch(FxRobot robot, double x, double y, double... factors) {
        Node canvas = robot.lookup(".timeline-canvas").query();
        Point2D scene = view.localToScene(x, y);
        Point2D screen = view.localToScreen(x, y);
        double total = 1;
        List<Event> gesture = new ArrayList<>();
        gesture.add(zoomEvent(ZoomEvent.ZOOM_STARTED, scene, screen, 1, 1));
        for (double factor : factors) {
            total *= factor;
            gesture.add(zoomEvent(ZoomEvent.ZOOM, scene, screen, factor, total));
        }
        gesture.add(zoomEvent(ZoomEvent.ZOOM_FINISHED, scene, screen, 1, total));
        robot.interact(() -> gesture.forEach(e -> Event.fireEvent(canvas, e)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static ZoomEvent zoomEvent(EventType<ZoomEvent> type, Point2D scene, Point2D screen, double factor,
                                       double total) {
        return new ZoomEvent(type, scene.getX(), scene.getY(), screen.getX(), screen.getY(),
                false, false, false, false, false, false, factor, total, null);
    }

    /** A double click where there is no event zooms in twice as far there, as on a map; on an event it opens it. */
    @Test
    void doubleClickingAnEmptySpotZoomsInThere(FxRobot robot) {
        double span = view.getVisibleRange().length();
        // Low on the canvas, between the lanes and the cluster row, in the empty years after the last sample event.
        Point2D empty = new Point2D(fx(() -> skin().xOf(LocalDate.of(2008, 6, 1).toEpochDay())),
                fx(() -> skin().overviewPoint(0).getY()) - 60);
        double day = fx(() -> skin().timeAt(empty.getX()));
        doubleClick(robot, empty);
        waitUntilStill();
        assertEquals(span / 2, view.getVisibleRange().length(), span * 0.01, "zoomed in twice as far");
        // Half a pixel more: the robot clicks at whole screen pixels.
        assertDayAt(empty.getX(), day, 1.5, "around the spot clicked");
        assertNull(view.getSelectedEvent(), "nothing was selected");
    }

    @Test
    void draggingMovesTheRangeByTheDraggedAmount(FxRobot robot) {
        TimeRange range = view.getVisibleRange();
        double daysPerPixel = skin().timeAt(101) - skin().timeAt(100);
        Point2D from = screen(new Point2D(600, view.getHeight() - 120));
        robot.drag(from, MouseButton.PRIMARY).moveBy(-100, 0).moveBy(-100, 0).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        double moved = view.getVisibleRange().start() - range.start();
        assertEquals(200 * daysPerPixel, moved, daysPerPixel * 2, "dragging left by 200 px shows later times");
        assertEquals(range.length(), view.getVisibleRange().length(), 1e-6, "dragging does not zoom");
        assertNull(view.getSelectedEvent(), "a drag selects nothing");
    }

    @Test
    void clickingAnEventSelectsIt(FxRobot robot) {
        TimelineEvent baghdad = events.get(1);
        Point2D at = fx(() -> skin().locate(baghdad));
        assertNotNull(at, "Baghdad falls should be drawn");
        robot.clickOn(screen(at));
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(baghdad, view.getSelectedEvent());
        assertTrue(view.isFocused(), "clicking focuses the timeline");
    }

    @Test
    void hoveringAnEventShowsItsTitleAndDate(FxRobot robot) {
        TimelineEvent fallujah = events.get(7);
        Point2D at = fx(() -> skin().locate(fallujah));
        assertEquals("Second battle of Fallujah\n7 November – 23 December 2004", tooltipAt(robot, at));
    }

    /** Rests the pointer on {@code at}, in the control's coordinates, and reads the tooltip that appears. */
    private String tooltipAt(FxRobot robot, Point2D at) {
        robot.moveTo(screen(at.add(0, 1)));
        robot.moveTo(screen(at));
        try {
            // Ten seconds: a tooltip over 30,000 events comes late on a loaded machine.
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.listWindows().stream()
                    .anyMatch(w -> w instanceof javafx.scene.control.Tooltip t && t.isShowing()));
        } catch (Exception e) {
            throw new AssertionError("no tooltip appeared at " + at, e);
        }
        return robot.listWindows().stream()
                .filter(w -> w instanceof javafx.scene.control.Tooltip t && t.isShowing())
                .map(w -> ((javafx.scene.control.Tooltip) w).getText()).findFirst().orElseThrow();
    }

    @Test
    void rightAndLeftStepThroughEventsInOrder(FxRobot robot) {
        robot.interact(() -> view.setSelectedEvent(events.get(2)));
        robot.type(KeyCode.RIGHT);
        assertSame(events.get(3), view.getSelectedEvent());
        robot.type(KeyCode.RIGHT);
        assertSame(events.get(4), view.getSelectedEvent());
        robot.type(KeyCode.LEFT);
        assertSame(events.get(3), view.getSelectedEvent());
        robot.type(KeyCode.END);
        assertSame(events.get(events.size() - 1), view.getSelectedEvent());
        waitUntilStill();
        TimeRange r = events.get(events.size() - 1).range();
        assertTrue(view.getVisibleRange().overlaps(r), "the view follows the selection to the last event");
        robot.type(KeyCode.HOME);
        assertSame(events.get(0), view.getSelectedEvent());
    }

    @Test
    void enterOpensTheSelectedEvent(FxRobot robot) {
        List<TimelineEvent> opened = new ArrayList<>();
        robot.interact(() -> {
            view.setOnEventOpened(opened::add);
            view.setSelectedEvent(events.get(5));
        });
        robot.type(KeyCode.ENTER);
        assertEquals(List.of(events.get(5)), opened);
    }

    @Test
    void whilePickingATimeAClickHandsOverTheTimeUnderThePointerAndSelectsNothing(FxRobot robot) {
        List<Double> picked = new ArrayList<>();
        robot.interact(() -> view.setOnTimePicked(picked::add));
        TimeRange range = view.getVisibleRange();
        TimelineEvent baghdad = events.get(1);
        Point2D onEvent = fx(() -> skin().locate(baghdad));
        Point2D onEra = fx(() -> skin().locate(eras.get(1)));

        robot.clickOn(screen(onEvent));
        robot.clickOn(screen(onEra));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(2, picked.size());
        double daysPerPixel = skin().timeAt(101) - skin().timeAt(100);
        assertEquals(fx(() -> skin().timeAt(onEvent.getX())), picked.get(0), daysPerPixel * 1.5);
        assertEquals(fx(() -> skin().timeAt(onEra.getX())), picked.get(1), daysPerPixel * 1.5);
        assertNull(view.getSelectedEvent(), "picking a time selects no event");
        assertNull(view.getSelectedEra(), "nor an era");
        assertEquals(range, view.getVisibleRange(), "nor zooms");
    }

    @Test
    void timeAtReadsTheTimeWhereTheTimelineDrawsItInsideItsPadding(FxRobot robot) {
        robot.interact(() -> view.setStyle("-fx-padding: 0 40 0 25;"));
        WaitForAsyncUtils.waitForFxEvents();
        double day = LocalDate.of(2005, 7, 1).toEpochDay();
        double x = fx(() -> skin().xOf(day));

        assertEquals(day, fx(() -> view.timeAt(x)), 0.01);
        assertEquals(view.getVisibleRange().start(), fx(() -> view.timeAt(25)), 0.01, "the padding is not time");
    }

    @Test
    void clickingAnEraSelectsItAndZoomsToIt(FxRobot robot) {
        Era insurgency = eras.get(1);
        Point2D at = fx(() -> skin().locate(insurgency));
        assertNotNull(at, "the era band should be drawn");
        robot.clickOn(screen(at));
        assertSame(insurgency, view.getSelectedEra());
        waitUntilStill();
        assertEquals(insurgency.range(), view.getVisibleRange());
    }

    @Test
    void selectingAnEventElsewhereBringsItIntoView(FxRobot robot) {
        TimelineEvent victory = events.stream().filter(e -> e.id().equals("victory")).findFirst().orElseThrow();
        assertFalse(view.getVisibleRange().contains(victory.range().start()));
        double span = view.getVisibleRange().length();
        robot.interact(() -> view.setSelectedEvent(victory));
        assertNotNull(view.getAnimationTarget(), "the jump animates");
        waitUntilStill();
        assertTrue(view.getVisibleRange().contains(victory.range().start()));
        assertEquals(span, view.getVisibleRange().length(), 1e-6, "following a selection keeps the zoom");
    }

    @Test
    void plusMinusAndZeroZoomButCtrlIsLeftToTheApplication(FxRobot robot) {
        double span = view.getVisibleRange().length();
        robot.type(KeyCode.ADD);
        waitUntilStill();
        assertTrue(view.getVisibleRange().length() < span * 0.8);
        robot.type(KeyCode.SUBTRACT);
        waitUntilStill();
        assertEquals(span, view.getVisibleRange().length(), span * 0.01);

        boolean[] reachedScene = new boolean[1];
        view.getScene().addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ADD && e.isControlDown()) {
                reachedScene[0] = true;
            }
        });
        robot.press(KeyCode.CONTROL).type(KeyCode.ADD).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(reachedScene[0], "Ctrl++ must reach the application");
        assertEquals(span, view.getVisibleRange().length(), span * 0.01, "Ctrl++ does not zoom the timeline");

        robot.type(KeyCode.DIGIT0);
        waitUntilStill();
        assertEquals(view.getFullSpan().padded().start(), view.getVisibleRange().start(), 1e-6, "0 fits everything");
        assertEquals(view.getFullSpan().padded().end(), view.getVisibleRange().end(), 1e-6, "0 fits everything");
        assertTrue(view.getVisibleRange().start() < view.getFullSpan().start());
    }

    @Test
    void aRangeSetFromElsewhereEndsAJump(FxRobot robot) {
        TimeRange elsewhere = TimeRange.ofDays(LocalDate.of(2015, 1, 1), LocalDate.of(2015, 12, 31));
        robot.interact(() -> {
            view.fitAll();
            view.setVisibleRange(elsewhere);
        });
        waitUntilStill();
        assertEquals(elsewhere, view.getVisibleRange(), "the jump must not overwrite the newer range");
    }

    @Test
    void shiftArrowsPan(FxRobot robot) {
        TimeRange range = view.getVisibleRange();
        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
        waitUntilStill();
        assertTrue(view.getVisibleRange().start() > range.start());
        assertEquals(range.length(), view.getVisibleRange().length(), 1e-6);
        assertNull(view.getSelectedEvent(), "Shift+Right pans instead of selecting");
    }

    @Test
    void tabMovesFocusInAndOut(FxRobot robot) {
        robot.interact(before::requestFocus);
        robot.type(KeyCode.TAB);
        assertTrue(view.isFocused(), "Tab moves focus into the timeline");
        robot.type(KeyCode.TAB);
        assertFalse(view.isFocused(), "Tab moves focus out of the timeline");
    }

    @Test
    void squeezedToItsSmallestTheTimelineKeepsItsLaneOffTheClusterRow(FxRobot robot) {
        robot.interact(() -> {
            view.setStyle("-te-label-font: 28px \"DejaVu Sans\";");
            view.setPrefHeight(1);
            view.setAnimated(false);
            view.fitAll();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(view.minHeight(-1), view.getHeight(), 0.5, "the timeline is at its minimum height");
        Point2D cluster = skin().firstClusterCentre();
        assertNotNull(cluster, "the whole span at large type gathers events into clusters");
        double font = view.getLabelFont().getSize();
        int inLanes = 0;
        for (TimelineEvent event : events) {
            Point2D marker = skin().locate(event);
            // An event alone in view without a lane is drawn, named, on the cluster row itself; anything else
            // drawn must keep a whole lane clear of that row.
            if (marker != null && marker.getY() != cluster.getY()) {
                inLanes++;
                assertTrue(cluster.getY() - marker.getY() >= 1.5 * font,
                        event.title() + " is drawn over the cluster row: " + marker + " vs " + cluster);
            }
        }
        assertTrue(inLanes > 0, "some events keep a lane");
    }

    @Test
    void theFocusRingShowsOnlyWhileTheTimelineHasTheFocus(FxRobot robot) {
        robot.interact(() -> view.setStyle("-te-c-focus: #ff00ff;"));
        robot.interact(view::requestFocus);
        assertEquals(Color.web("#ff00ff"), edgePixel(robot), "the focused timeline has a visible ring");
        robot.interact(before::requestFocus);
        assertFalse(Color.web("#ff00ff").equals(edgePixel(robot)), "no ring without the focus");
    }

    /** The colour a user sees at the middle of the timeline's left edge. */
    private Color edgePixel(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = view.snapshot(null, null));
        return shot[0].getPixelReader().getColor(1, (int) (view.getHeight() / 3));
    }

    @Test
    void draggingTheOverviewWindowMovesTheView(FxRobot robot) {
        TimeRange range = view.getVisibleRange();
        Point2D inside = fx(() -> skin().overviewPoint(range.center()));
        robot.drag(screen(inside), MouseButton.PRIMARY).moveBy(60, 0).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.getVisibleRange().start() > range.start() + 100, view.getVisibleRange().toString());
        assertEquals(range.length(), view.getVisibleRange().length(), 1e-6);

        TimeRange moved = view.getVisibleRange();
        Point2D rightEdge = fx(() -> skin().overviewPoint(moved.end()));
        robot.drag(screen(rightEdge), MouseButton.PRIMARY).moveBy(80, 0).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(moved.start(), view.getVisibleRange().start(), 1e-6, "resizing keeps the other edge");
        assertTrue(view.getVisibleRange().end() > moved.end() + 100, "the right edge follows the drag");
    }

    @Test
    void labelsFollowTheInterfaceTypeSizeAndThePresentationStyle(FxRobot robot) {
        double normal = view.getLabelFont().getSize();
        assertTrue(normal >= 14, "labels must be readable on a projector: " + normal);
        robot.interact(() -> {
            view.getScene().getRoot().setStyle("-fx-font-size: 20px;");
            view.applyCss();
        });
        assertTrue(view.getLabelFont().getSize() > normal, "a larger interface type size enlarges the labels");
        robot.interact(() -> {
            view.getScene().getRoot().setStyle("");
            view.setPresentation(true);
            view.applyCss();
        });
        assertTrue(view.getLabelFont().getSize() > normal * 1.3, "presentation type is larger");

        // A theme is only a stylesheet: here large type and a dark background.
        String css = ".timeline-view { -te-label-font: 26px \"System\"; -te-c-background: #101010; }";
        robot.interact(() -> {
            view.setPresentation(false);
            view.getScene().getStylesheets().add("data:text/css;base64,"
                    + java.util.Base64.getEncoder().encodeToString(css.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            view.applyCss();
        });
        assertEquals(26, view.getLabelFont().getSize(), 1e-9);
        assertEquals(javafx.scene.paint.Color.web("#101010"), view.canvasBackgroundProperty().get());
    }

    @Test
    void accessibleTextNamesTheSelectedEvent(FxRobot robot) {
        robot.interact(() -> view.setSelectedEvent(events.get(7)));
        assertTrue(view.getAccessibleText().contains("Second battle of Fallujah"), view.getAccessibleText());
        assertTrue(view.getAccessibleText().contains("2004"), view.getAccessibleText());
    }

    @Test
    void denseEventsGatherIntoClustersThatZoomInWhenClicked(FxRobot robot) {
        robot.interact(() -> {
            view.setEvents(FXCollections.observableArrayList(SampleTimeline.synthetic(3000, 5)));
            view.setVisibleRange(START);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(skin().drawnClusters() > 0, "3000 events in 6 years cannot all be labelled");
        double span = view.getVisibleRange().length();
        robot.moveTo(screen(new Point2D(600, 10)));
        Point2D cluster = fx(() -> skin().firstClusterCentre());
        robot.clickOn(screen(cluster));
        waitUntilStill();
        assertTrue(view.getVisibleRange().length() < span / 4, "clicking a cluster zooms in on it");
    }

    /**
     * Thousands of events at a wide zoom gather into one cluster that runs on past the view. Its number counts the
     * events hidden in view, not every one to the end of the data, and clicking it zooms in where it was clicked,
     * not at the cluster's far-off start.
     */
    @Test
    void aClusterRunningPastTheViewCountsWhatIsInViewAndZoomsInWhereClicked(FxRobot robot) {
        List<TimelineEvent> dense = SampleTimeline.synthetic(30_000, 8);
        robot.interact(() -> {
            view.setEvents(FXCollections.observableArrayList(dense));
            view.setVisibleRange(START);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, (int) fx(() -> skin().drawnClusters()), "one cluster should span the view");
        double y = fx(() -> skin().firstClusterCentre()).getY();
        Point2D at = new Point2D(view.getWidth() * 0.8, y);
        double clickedDay = fx(() -> skin().timeAt(at.getX()));

        List<String> tip = List.of(tooltipAt(robot, at).split("\n"));
        assertTrue(tip.get(0).matches("\\d{1,3}(,\\d{3})* more events here:"), "grouped in thousands: " + tip);
        assertEquals("Click to zoom in on them.", tip.get(tip.size() - 1));
        int shown = Integer.parseInt(tip.get(0).substring(0, tip.get(0).indexOf(' ')).replace(",", ""));
        long inView = dense.stream().filter(e -> START.contains(e.range().start())).count();
        assertTrue(shown <= inView, shown + " hidden, but only " + inView + " events are in view");
        assertTrue(shown > inView - 1000, shown + " hidden of " + inView + " in view: the lanes hold far fewer");
        // It names the first five hidden in view, and counts the rest.
        List<String> named = tip.stream().filter(line -> line.startsWith("• "))
                .map(line -> line.substring(2, line.indexOf(" · "))).toList();
        assertEquals(5, named.size(), "five of them named: " + tip);
        for (String title : named) {
            TimelineEvent e = dense.stream().filter(x -> x.title().equals(title)).findFirst().orElseThrow();
            assertTrue(START.contains(e.range().start()), title + " is in view");
            assertNull(fx(() -> skin().locate(e)), title + " is hidden in the cluster, not drawn");
        }
        assertEquals("… and " + String.format(java.util.Locale.UK, "%,d", shown - 5) + " others", tip.get(6));

        robot.clickOn(screen(at));
        waitUntilStill();
        TimeRange zoomed = view.getVisibleRange();
        assertTrue(zoomed.length() < START.length() / 4, "clicking the cluster zooms in: " + zoomed);
        assertTrue(zoomed.contains(clickedDay), "the view zoomed in away from the click: " + zoomed);
    }

    /**
     * An event that alone finds no lane is drawn on the cluster row, named, rather than as a "+1" to click: a
     * student reads it and selects it like any other. Two or more still gather into a counted cluster.
     */
    @Test
    void anEventAloneWithoutALaneIsNamedNotCounted(FxRobot robot) {
        int lanes = sameDayEventsInLanes(robot, 40);
        assertTrue(lanes >= 2 && lanes < 40, lanes + " lanes");
        assertEquals(1, (int) fx(() -> skin().drawnClusters()), "events beyond the lanes gather into one cluster");

        List<TimelineEvent> oneTooMany = sameDay(lanes + 1);
        robot.interact(() -> view.setEvents(FXCollections.observableArrayList(oneTooMany)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, (int) fx(() -> skin().drawnClusters()), "no '+1' plate");
        TimelineEvent last = oneTooMany.get(lanes);
        Point2D at = fx(() -> skin().locate(last));
        assertNotNull(at, "the event without a lane is drawn");
        assertTrue(oneTooMany.stream().limit(lanes).allMatch(e -> fx(() -> skin().locate(e)).getY() < at.getY()),
                "below the lanes, on the cluster row");
        robot.clickOn(screen(at));
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(last, view.getSelectedEvent());
        Point2D selected = fx(() -> skin().locate(last));
        assertNotNull(selected, "selected, it can still be clicked");
        assertEquals(at.getY(), selected.getY(), 1, "selected, it stays on its row");
    }

    /** Shows {@code count} events on one day and says how many of them have a lane. */
    private int sameDayEventsInLanes(FxRobot robot, int count) {
        List<TimelineEvent> sameDay = sameDay(count);
        robot.interact(() -> view.setEvents(FXCollections.observableArrayList(sameDay)));
        WaitForAsyncUtils.waitForFxEvents();
        return (int) sameDay.stream().filter(e -> fx(() -> skin().locate(e)) != null).count();
    }

    private static List<TimelineEvent> sameDay(int count) {
        List<TimelineEvent> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            events.add(SampleTimeline.event("same-day-" + i, "2005-06-01", null, "Meeting number " + (i + 1)));
        }
        return events;
    }

    /**
     * An animated jump across a dense timeline passes through many zoom levels in 300 ms. Labels keep their lanes
     * all the way, zooming in and out, rather than hopping from lane to lane at every level.
     */
    @Test
    void labelsKeepTheirLanesWhileAJumpAnimates(FxRobot robot) throws Exception {
        List<TimelineEvent> dense = showDense(robot);
        watchLanes(robot, dense, () -> view.zoomTo(TimeRange.ofDays(LocalDate.of(2005, 5, 1),
                LocalDate.of(2005, 8, 1))));
        watchLanes(robot, dense, () -> view.zoomTo(START));
    }

    /** Starts {@code jump} and checks, frame by frame until it ends, that no drawn label changes its row. */
    private void watchLanes(FxRobot robot, List<TimelineEvent> events, Runnable jump) throws InterruptedException {
        Rows rows = new Rows(events);
        robot.interact(jump);
        int frames = 0;
        while (fx(() -> view.getAnimationTarget() != null)) {
            frames += fx(() -> view.getAnimationTarget() == null ? 0 : rows.look());
            Thread.sleep(15);
        }
        // Enough to mean something; a machine so busy that the watcher saw fewer of the jump's 300 ms tells nothing.
        assumeTrue(frames >= 2, "the jump was watched in " + frames + " frames");
        assertTrue(rows.seen.size() > 10, "labels were drawn while it ran: " + rows.seen.size());
        assertTrue(rows.hops.isEmpty(), rows.hops.size() + " labels changed lanes while the view moved, such as "
                + rows.hops);
    }

    /** Narrowing the overview's window by its edge zooms in, and holds the lanes as the wheel does. */
    @Test
    void resizingTheOverviewWindowKeepsLanesUntilItRests(FxRobot robot) throws Exception {
        List<TimelineEvent> dense = showDense(robot);
        double span = view.getVisibleRange().length();
        Rows rows = new Rows(dense, true);
        Point2D rightEdge = fx(() -> skin().overviewPoint(view.getVisibleRange().end()));
        robot.drag(screen(rightEdge), MouseButton.PRIMARY);
        for (int step = 0; step < 6; step++) {
            robot.moveBy(-15, 0);
            WaitForAsyncUtils.waitForFxEvents();
            fx(rows::look);
        }
        robot.release(MouseButton.PRIMARY);
        assertTrue(view.getVisibleRange().length() < span * 0.8, "the window narrowed: " + view.getVisibleRange());
        rows.assumeCompared();
        assertTrue(rows.hops.isEmpty(), rows.hops.size() + " labels changed lanes while resizing, such as "
                + rows.hops);
        double daysPerPixel = fx(() -> skin().timeAt(601) - skin().timeAt(600));
        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS,
                () -> fx(() -> skin().shownLevel()) == LaneLayout.levelOf(daysPerPixel));
    }

    /** Shows 3,000 events over 2003 to 2020, six years of them in view. */
    private List<TimelineEvent> showDense(FxRobot robot) {
        List<TimelineEvent> dense = SampleTimeline.synthetic(3000, 5);
        robot.interact(() -> {
            view.setEvents(FXCollections.observableArrayList(dense));
            view.setVisibleRange(START);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return dense;
    }

    /** The row each event's label was first seen on, and every time one was seen on another since. */
    private final class Rows {
        /**
         * How long a gesture must rest before the skin settles its lanes (its {@code SETTLE_AFTER}): a robot on a
         * busy machine can take longer than that between two steps, and then the lanes may rightly settle.
         */
        private static final long SETTLE_NANOS = 300_000_000L;

        private final List<TimelineEvent> events;
        private final boolean gesture;
        private final java.util.Map<TimelineEvent, Double> seen = new java.util.HashMap<>();
        private final List<String> hops = new ArrayList<>();
        private long lastLook;
        private int compared;

        Rows(List<TimelineEvent> events) {
            this(events, false);
        }

        /** With {@code gesture}, rows watched through one: looks a rest apart are not compared. */
        Rows(List<TimelineEvent> events, boolean gesture) {
            this.events = events;
            this.gesture = gesture;
        }

        /** Skips the test when the machine was so slow that no two looks came within a gesture. */
        void assumeCompared() {
            assumeTrue(compared >= 2, "only " + compared + " looks came within the gesture's rest of the one before");
        }

        /** Looks at the last frame drawn; on the FX thread. */
        int look() {
            long now = System.nanoTime();
            if (gesture && lastLook != 0 && now - lastLook > SETTLE_NANOS) {
                seen.clear();
            } else if (lastLook != 0) {
                compared++;
            }
            lastLook = now;
            for (TimelineEvent e : events) {
                Point2D at = skin().locate(e);
                Double before = at == null ? null : seen.putIfAbsent(e, at.getY());
                if (before != null && before != at.getY()) {
                    hops.add(e.title() + " from " + before + " to " + at.getY());
                }
            }
            return 1;
        }
    }

    /**
     * Zooming in with the wheel, notch after notch, keeps every label in its lane, as the labels move apart; once
     * the wheel rests, the lanes settle into the new zoom level's, packed as tightly as it allows.
     */
    @Test
    void wheelZoomKeepsLanesUntilTheWheelRests(FxRobot robot) throws Exception {
        List<TimelineEvent> dense = showDense(robot);
        int levelBefore = fx(() -> skin().shownLevel());
        Rows rows = new Rows(dense, true);
        robot.moveTo(screen(new Point2D(600, view.getHeight() / 2)));
        for (int notch = 0; notch < 5; notch++) {
            robot.scroll(1, AWAY_FROM_USER);
            WaitForAsyncUtils.waitForFxEvents();
            fx(rows::look);
        }
        rows.assumeCompared();
        assertTrue(rows.hops.isEmpty(), rows.hops.size() + " labels changed lanes between notches, such as "
                + rows.hops);
        double daysPerPixel = fx(() -> skin().timeAt(601) - skin().timeAt(600));
        int exact = LaneLayout.levelOf(daysPerPixel);
        assertTrue(exact < levelBefore, "five notches zoom in past a level or more");
        WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> fx(() -> skin().shownLevel()) == exact);
    }
}
