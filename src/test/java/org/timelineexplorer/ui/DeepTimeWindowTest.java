package org.timelineexplorer.ui;

import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.timelineexplorer.io.DatasetReader;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.model.HistoricalDate;
import org.timelineexplorer.timeline.TimelineView;
import org.timelineexplorer.timeline.impl.DrawnTimeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The window with a file from the Big Bang to a minute in 2020, used as a student would. */
@ExtendWith(ApplicationExtension.class)
class DeepTimeWindowTest {

    private static final double YEAR = 365.2425;
    /** Turning the wheel away zooms in; Monocle's robot hands the amount through reversed (see TimelineViewTest). */
    private static final VerticalDirection AWAY_FROM_USER =
            "Monocle".equals(System.getProperty("glass.platform")) ? VerticalDirection.DOWN : VerticalDirection.UP;

    private AppState state;

    @Start
    void start(Stage stage) {
        try (InputStream in = DeepTimeWindowTest.class.getResourceAsStream("/org/timelineexplorer/deep-time.json")) {
            state = new AppState(new DatasetReader().read(in.readAllBytes(), "deep-time.json").dataset().orElseThrow());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        UiFixture.show(stage, state, UiFixture.freshSettings(), 1280, 720);
    }

    /** The screen pixel the robot's pointer lands on for {@code point}: it moves by whole pixels. */
    private static Point2D pixel(Point2D point) {
        return new Point2D(Math.round(point.getX()), Math.round(point.getY()));
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryLabeled().getText();
    }

    @Test
    void anApproximateDateReadsAsWrittenInTheDetailsAndTheList(FxRobot robot) {
        robot.clickOn("#search-field").write("Uruk");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup("#event-list .list-cell").nth(0).queryAs(Node.class));
        assertEquals("Uruk, one of the first cities", text(robot, "#detail-title"));
        assertEquals("c. 3500 BC", text(robot, "#detail-date"));
        assertTrue(robot.lookup("#event-list .event-cell-date").queryLabeled().getText().equals("c. 3500 BC"));
    }

    @Test
    void theWheelZoomsFromTheWholeSpanToACenturyWithTheAxisSayingWhen(FxRobot robot) {
        TimelineView timeline = robot.lookup("#timeline").queryAs(TimelineView.class);
        robot.clickOn(timeline).type(javafx.scene.input.KeyCode.DIGIT0);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> whole = DrawnTimeline.axisTexts(timeline);
        assertTrue(whole.contains("10 billion years ago"), whole.toString());

        // The pointer over 44 BC, the wheel turned until a century fills the view. At the whole span a pixel is
        // some ten million years, so the time under the pointer stays put while the student zooms, and every
        // twenty notches the student aims at 44 BC again, as one follows an event down.
        double ides = HistoricalDate.parse("44-03-15 BC").startDay();
        double y = timeline.getHeight() * 0.6;
        Point2D at = pixel(timeline.localToScreen(DrawnTimeline.xOf(timeline, ides), y));
        robot.moveTo(at);
        double anchor = DrawnTimeline.timeAt(timeline, timeline.screenToLocal(at).getX());
        boolean sawMillionsOrThousands = false;
        for (int notch = 1; notch < 400 && state.getVisibleRange().length() > 100 * YEAR; notch++) {
            robot.scroll(1, AWAY_FROM_USER);
            WaitForAsyncUtils.waitForFxEvents();
            List<String> labels = DrawnTimeline.axisTexts(timeline);
            for (String label : labels) {
                assertFalse(label.startsWith("-") || label.startsWith("\u2212"), "a minus sign on the axis: " + labels);
            }
            sawMillionsOrThousands |= labels.stream().anyMatch(l -> l.contains("million years ago")
                    || l.contains("thousand years ago"));
            double pointer = timeline.screenToLocal(at).getX();
            assertEquals(pointer, DrawnTimeline.xOf(timeline, anchor), 1.0, "the time under the pointer moved");
            if (notch % 20 == 0) {
                at = pixel(timeline.localToScreen(DrawnTimeline.xOf(timeline, ides), y));
                robot.moveTo(at);
                anchor = DrawnTimeline.timeAt(timeline, timeline.screenToLocal(at).getX());
            }
        }
        assertTrue(sawMillionsOrThousands, "the axis counted millions or thousands of years on the way");
        double span = state.getVisibleRange().length();
        assertTrue(span <= 100 * YEAR && span > 20 * YEAR, "about a century in view: " + span / YEAR + " years");
        assertTrue(state.getVisibleRange().contains(ides), "44 BC in view");
        List<String> century = DrawnTimeline.axisTexts(timeline);
        assertTrue(century.stream().filter(l -> !l.contains("century")).allMatch(l -> l.matches("\\d+0 BC")),
                "round years before Christ, as the view is: " + century);
        assertTrue(century.contains("1st century BC"), century.toString());
    }

    @Test
    void theOverviewSaysWhereMostEventsAreAndAClickShowsThem(FxRobot robot) {
        javafx.scene.control.Label note = robot.lookup(".overview-note").queryAs(javafx.scene.control.Label.class);
        assertTrue(note.isVisible());
        assertEquals("13 of 26 events are in the last 3,800 years: click to show them", note.getText());
        robot.clickOn(note);
        WaitForAsyncUtils.waitForFxEvents();
        // The jump animates; the range it ends on holds the 13 events, from c. 1750 BC to 2020.
        TimelineView timeline = robot.lookup("#timeline").queryAs(TimelineView.class);
        org.timelineexplorer.model.TimeRange target = timeline.getAnimationTarget() != null
                ? timeline.getAnimationTarget() : state.getVisibleRange();
        assertTrue(target.length() < 4_500 * YEAR, "the view shows the last few thousand years: " + target);
        assertTrue(target.contains(HistoricalDate.parse("c. 1750 BC").startDay()));
        assertTrue(target.contains(HistoricalDate.parse("2020-01-03T00:52").startDay()));
    }
}
