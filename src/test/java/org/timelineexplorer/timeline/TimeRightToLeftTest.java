package org.timelineexplorer.timeline;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
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

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A timeline whose time runs right to left, as a class reading Arabic may have it, read from its pixels and used with
 * the robot's mouse and keys: later events further left, labels before their marks, the content following a drag,
 * the wheel zooming about the pointer, the keys moving the way they point, and the overview's window where its part
 * of time is.
 */
@ExtendWith(ApplicationExtension.class)
class TimeRightToLeftTest {

    private static final int WIDTH = 1000;
    private static final int HEIGHT = 420;
    private static final TimeRange VIEW = TimeRange.ofDays(LocalDate.of(2003, 1, 1), LocalDate.of(2008, 12, 31));
    /** The wheel's direction that zooms in, reversed by Monocle's headless robot (see TimelineViewTest). */
    private static final VerticalDirection AWAY_FROM_USER =
            "Monocle".equals(System.getProperty("glass.platform")) ? VerticalDirection.DOWN : VerticalDirection.UP;

    private final TimelineEvent earlier = event("earlier", "2004-06-15", "Earlier");
    private final TimelineEvent later = event("later", "2007-06-15", "Later");
    /** Out of view at either end, so that the zoom limits leave the view room to move both ways. */
    private final ObservableList<TimelineEvent> events = FXCollections.observableArrayList(
            event("first", "2001-01-01", "First"), earlier, later, event("last", "2010-12-01", "Last"));
    private final ObservableList<Era> eras = FXCollections.observableArrayList(
            new Era("era", "The era", "", HistoricalDate.parse("2005-03"), HistoricalDate.parse("2006-08"), "#E69F00"));
    private TimelineView view;

    private static TimelineEvent event(String id, String date, String title) {
        return new TimelineEvent(id, HistoricalDate.parse(date), null, title, "", "", null, List.of(), null);
    }

    @Start
    void start(Stage stage) {
        view = new TimelineView(events, eras);
        view.setLocale(Locale.UK);
        view.setAnimated(false);
        view.setVisibleRange(VIEW);
        view.setTimeRightToLeft(true);
        stage.setScene(new Scene(new StackPane(view), WIDTH, HEIGHT));
        stage.show();
        view.requestFocus();
    }

    private PixelReader pixels(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = view.snapshot(null, null));
        return shot[0].getPixelReader();
    }

    private static boolean near(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen())
                + Math.abs(a.getBlue() - b.getBlue()) < 0.06;
    }

    /** The bottom of the main canvas: the overview strip below it draws events in their colour too. */
    private int mainBottom() {
        return fx(() -> (int) view.lookup(".overview").getLayoutY()) - 1;
    }

    /** The centre of the one mark in {@code colour} on the main canvas, as drawn, or null. */
    private Point2D markIn(PixelReader p, Color colour) {
        double sumX = 0;
        double sumY = 0;
        int n = 0;
        int width = (int) canvasWidth();
        int bottom = mainBottom();
        for (int y = 0; y < bottom; y++) {
            for (int x = 0; x < width; x++) {
                if (near(p.getColor(x, y), colour)) {
                    sumX += x;
                    sumY += y;
                    n++;
                }
            }
        }
        return n < 20 ? null : new Point2D(sumX / n, sumY / n);
    }

    /**
     * The main canvas' width: the stage's scene may keep the size an earlier test class gave it, so the test's own
     * width is not to be trusted.
     */
    private double canvasWidth() {
        return fx(() -> view.lookup(".timeline-canvas").getLayoutBounds().getWidth());
    }

    /** Where the scale puts {@code epochDay}, mirrored: so many pixels from the right edge as it is along time. */
    private double mirroredX(double epochDay) {
        double width = canvasWidth();
        return fx(() -> width - view.scale(width).timeToX(epochDay));
    }

    @Test
    void aLaterEventIsDrawnLeftOfAnEarlierOneWithItsLabelBeforeIt(FxRobot robot) {
        robot.interact(() -> view.setSelectedEvent(later));
        PixelReader p = pixels(robot);
        Point2D earlierMark = markIn(p, (Color) view.eventColorProperty().get());
        Point2D laterMark = markIn(p, (Color) view.selectedColorProperty().get());
        assertTrue(earlierMark != null && laterMark != null, "both events are drawn, the later one selected");
        assertTrue(laterMark.getX() < earlierMark.getX() - 300, "later time lies further left: later at "
                + laterMark.getX() + ", earlier at " + earlierMark.getX());
        assertEquals(mirroredX(earlier.range().center()), earlierMark.getX(), 2, "the earlier dot where its day is");

        // The label in the text colour, dark on white, on the dot's row: left of the dot, none right of it.
        int y = (int) Math.round(earlierMark.getY());
        int x = (int) Math.round(earlierMark.getX());
        int inkBefore = 0;
        int inkAfter = 0;
        for (int dx = 12; dx < 80; dx++) {
            for (int dy = -3; dy <= 3; dy++) {
                inkBefore += p.getColor(x - dx, y + dy).getBrightness() < 0.4 ? 1 : 0;
                inkAfter += p.getColor(x + dx, y + dy).getBrightness() < 0.4 ? 1 : 0;
            }
        }
        assertTrue(inkBefore > 20, "the label is written left of its dot: " + inkBefore + " px of ink");
        assertEquals(0, inkAfter, "and nothing right of it");
    }

    @Test
    void theEraBandLiesWhereItsTimeIsMirrored(FxRobot robot) {
        PixelReader p = pixels(robot);
        Color band = Color.web("#E69F00");
        Era era = eras.get(0);
        int right = (int) Math.round(mirroredX(era.range().start()));
        int left = (int) Math.round(mirroredX(era.range().end()));
        int y = -1;
        int bottom = mainBottom();
        for (int row = 0; row < bottom && y < 0; row++) {
            y = near(p.getColor((left + right) / 2 + 40, row), band) ? row : -1;
        }
        assertTrue(y >= 0, "a band in the era's colour");
        assertTrue(near(p.getColor(right - 5, y), band), "the band ends on the right at the era's start");
        assertTrue(!near(p.getColor(right + 3, y), band), "and not further right");
        assertTrue(near(p.getColor(left + 5, y), band), "it reaches left to the era's end");
        assertTrue(!near(p.getColor(left - 3, y), band), "and no further");
    }

    @Test
    void theContentFollowsADragToTheRight(FxRobot robot) {
        double x = 500;
        double y = fx(() -> view.getHeight()) - 120;
        double under = fx(() -> view.timeAt(x));
        TimeRange before = view.getVisibleRange();
        robot.drag(view.localToScreen(x, y), MouseButton.PRIMARY).moveBy(100, 0).moveBy(100, 0)
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        double daysPerPixel = before.length() / canvasWidth();
        assertEquals(under, fx(() -> view.timeAt(x + 200)), 2 * daysPerPixel, "the time grabbed moved with the pointer");
        // Dragged away from the left edge, where later time lies: later time comes into view there.
        assertTrue(view.getVisibleRange().end() > before.end() + 150 * daysPerPixel, "later time came into view");
    }

    @Test
    void theWheelZoomsAboutThePointer(FxRobot robot) {
        double x = 300;
        double under = fx(() -> view.timeAt(x));
        double span = view.getVisibleRange().length();
        robot.moveTo(view.localToScreen(x, fx(() -> view.getHeight()) / 2));
        robot.scroll(3, AWAY_FROM_USER);
        WaitForAsyncUtils.waitForFxEvents();
        double shown = view.getVisibleRange().length();
        assertTrue(shown < span * 0.9, "zoomed in: " + view.getVisibleRange());
        assertEquals(under, fx(() -> view.timeAt(x)), shown / canvasWidth() * 1.01, "the time under the pointer stayed there");
    }

    @Test
    void pageDownSelectsTheNextEventInTimeAndTheArrowsGoTheWayTheyPoint(FxRobot robot) {
        robot.interact(() -> view.setSelectedEvent(earlier));
        robot.type(KeyCode.PAGE_DOWN);
        assertSame(later, view.getSelectedEvent(), "Page Down goes later");
        robot.type(KeyCode.RIGHT);
        assertSame(earlier, view.getSelectedEvent(), "Right goes to the event on the right: the earlier");
        robot.type(KeyCode.LEFT);
        assertSame(later, view.getSelectedEvent(), "Left goes to the event on the left: the later");
        robot.type(KeyCode.PAGE_UP);
        assertSame(earlier, view.getSelectedEvent(), "Page Up goes earlier");
        assertTrue(view.getAccessibleHelp().contains("→: select the previous event"), view.getAccessibleHelp());
        assertTrue(view.getAccessibleHelp().contains("←: select the next event"), view.getAccessibleHelp());
    }

    @Test
    void shiftLeftShowsWhatIsOnTheLeftLaterTime(FxRobot robot) {
        robot.interact(() -> view.setSelectedEvent(null));
        TimeRange before = view.getVisibleRange();
        robot.press(KeyCode.SHIFT).type(KeyCode.LEFT).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.getVisibleRange().start() > before.start(), "the view moved later: " + view.getVisibleRange());
    }

    @Test
    void theOverviewsWindowStandsWhereTheViewIsAndAPressLeftOfItGoesLater(FxRobot robot) {
        robot.interact(() -> view.setVisibleRange(TimeRange.ofDays(LocalDate.of(2003, 1, 1), LocalDate.of(2004, 12, 31))));
        WaitForAsyncUtils.waitForFxEvents();
        Node strip = view.lookup(".overview");
        Bounds window = fx(() -> view.lookup(".overview-window").getBoundsInParent());
        double stripWidth = fx(() -> strip.getLayoutBounds().getWidth());
        TimeRange limits = view.getZoomLimits();
        TimeScale overview = new TimeScale(limits, stripWidth, limits);
        TimeRange shown = view.getVisibleRange();
        assertEquals(stripWidth - overview.timeToX(shown.end()), window.getMinX(), 1.5,
                "the window's left edge is where the view ends");
        assertEquals(stripWidth - overview.timeToX(shown.start()), window.getMaxX(), 1.5,
                "its right edge where the view starts");
        assertTrue(window.getMinX() > stripWidth / 2, "the first years lie on the right");

        Point2D leftOfWindow = strip.localToScreen(window.getMinX() / 2, strip.getLayoutBounds().getHeight() / 2);
        robot.clickOn(leftOfWindow);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.getVisibleRange().start() > shown.end(), "a press left of the window shows later years: "
                + view.getVisibleRange());
    }

    @Test
    void switchingBackDrawsTheLaterEventOnTheRightAgain(FxRobot robot) {
        robot.interact(() -> {
            view.setTimeRightToLeft(false);
            view.setSelectedEvent(later);
        });
        PixelReader p = pixels(robot);
        Point2D earlierMark = markIn(p, (Color) view.eventColorProperty().get());
        Point2D laterMark = markIn(p, (Color) view.selectedColorProperty().get());
        assertTrue(laterMark.getX() > earlierMark.getX() + 300, "left to right again");
    }

    private static <T> T fx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
