package org.timelineexplorer.ui;

import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.model.HistoricalDate;
import org.timelineexplorer.timeline.TimelineView;
import org.timelineexplorer.timeline.impl.DrawnTimeline;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The second bundled dataset, opened from File → Examples and explored as a student would. */
@ExtendWith(ApplicationExtension.class)
class IraqThroughTheAgesWindowTest {

    private static final String TITLE = "Iraq through the ages";
    private static final double YEAR = 365.2425;
    /** Turning the wheel away zooms in; Monocle's robot hands the amount through reversed (see TimelineViewTest). */
    private static final VerticalDirection AWAY_FROM_USER =
            "Monocle".equals(System.getProperty("glass.platform")) ? VerticalDirection.DOWN : VerticalDirection.UP;

    private AppState state;
    private MainWindowController controller;

    @Start
    void start(Stage stage) {
        state = new AppState(UiFixture.bundled());
        controller = UiFixture.show(stage, state, UiFixture.freshSettings(), 1280, 720);
    }

    /** File → Examples → the dataset (the menu's own robot test is in OpenAndExportWindowTest). */
    private void openFromExamples(FxRobot robot) throws Exception {
        Menu examples = (Menu) controller.menu().fileMenu().getItems().stream()
                .filter(item -> "examples-menu".equals(item.getId())).findFirst().orElseThrow();
        MenuItem item = examples.getItems().stream().filter(i -> TITLE.equals(i.getText())).findFirst().orElseThrow();
        robot.interact(item::fire);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> TITLE.equals(robot.lookup("#dataset-title").queryLabeled().getText()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void urukReadsAsApproximateInTheDetailPane(FxRobot robot) throws Exception {
        openFromExamples(robot);
        robot.clickOn("#search-field").write("Uruk grows");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup("#event-list .list-cell").nth(0).queryAs(Node.class));
        assertEquals("Uruk grows into one of the first cities", robot.lookup("#detail-title").queryLabeled().getText());
        String date = robot.lookup("#detail-date").queryLabeled().getText();
        assertTrue(date.startsWith("c. 3500"), date);
        assertTrue(date.endsWith("BC"), date);
    }

    @Test
    void theWheelZoomsFromFiveThousandYearsToACenturyWithTheAxisInBcAndAd(FxRobot robot) throws Exception {
        openFromExamples(robot);
        TimelineView timeline = robot.lookup("#timeline").queryAs(TimelineView.class);
        robot.clickOn(timeline).type(KeyCode.DIGIT0);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> whole = DrawnTimeline.axisTexts(timeline);
        assertTrue(whole.stream().anyMatch(l -> l.endsWith(" BC")), "BC years on the whole span: " + whole);
        assertTrue(state.getVisibleRange().length() > 5_000 * YEAR, "the whole span, Uruk to 2003");

        // The pointer over the founding of Baghdad, the wheel turned until a century fills the view.
        double baghdad = HistoricalDate.parse("AD 762-07-30").startDay();
        double y = timeline.getHeight() * 0.6;
        Point2D at = timeline.localToScreen(Math.round(DrawnTimeline.xOf(timeline, baghdad)), Math.round(y));
        robot.moveTo(at);
        for (int notch = 1; notch < 200 && state.getVisibleRange().length() > 100 * YEAR; notch++) {
            robot.scroll(1, AWAY_FROM_USER);
            WaitForAsyncUtils.waitForFxEvents();
            List<String> labels = DrawnTimeline.axisTexts(timeline);
            for (String label : labels) {
                assertFalse(label.startsWith("-") || label.startsWith("\u2212"), "a minus sign on the axis: " + labels);
            }
        }
        double span = state.getVisibleRange().length();
        assertTrue(span <= 100 * YEAR && span > 20 * YEAR, "about a century in view: " + span / YEAR + " years");
        assertTrue(state.getVisibleRange().contains(baghdad), "762 in view");
        List<String> century = DrawnTimeline.axisTexts(timeline);
        assertTrue(century.stream().anyMatch(l -> l.matches("7\\d0")), "round years of the 8th century: " + century);
        assertTrue(century.stream().noneMatch(l -> l.endsWith("BC")), century.toString());
    }
}
