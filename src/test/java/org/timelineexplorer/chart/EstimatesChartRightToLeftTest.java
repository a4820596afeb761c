package org.timelineexplorer.chart;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.timelineexplorer.model.Estimate;
import org.timelineexplorer.model.HistoricalDate;
import org.timelineexplorer.model.Source;

import java.net.URI;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The estimates' rows read from the right where the figures chart's years do: name on the right, bars growing left. */
@ExtendWith(ApplicationExtension.class)
class EstimatesChartRightToLeftTest {

    private static final Source SOURCE = new Source("A survey team", URI.create("https://example.org/"));
    private final Estimate large = new Estimate("large", "A large estimate", 600000, 400000.0, 800000.0,
            HistoricalDate.ofYear(2003), HistoricalDate.ofYear(2006), "deaths", "a survey", SOURCE, null);
    private final Estimate small = new Estimate("small", "A small one", 100000, null, null,
            HistoricalDate.ofYear(2003), HistoricalDate.ofYear(2006), "deaths", "a count", SOURCE, null);
    private EstimatesChart chart;

    @Start
    void start(Stage stage) {
        chart = new EstimatesChart();
        chart.setEstimates(List.of(large, small));
        chart.setTimeRightToLeft(true);
        stage.setScene(new Scene(new StackPane(chart), 700, 200));
        stage.show();
    }

    private Bounds boundsOf(FxRobot robot, Estimate estimate, String part) {
        Node node = robot.lookup("#estimate-" + estimate.id()).query().lookup(part);
        return chart.sceneToLocal(node.localToScene(node.getLayoutBounds()));
    }

    @Test
    void theBarsGrowLeftFromOneStartWithTheNamesOnTheRight(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Bounds largeBar = boundsOf(robot, large, ".estimate-bar");
        Bounds smallBar = boundsOf(robot, small, ".estimate-bar");
        assertEquals(largeBar.getMaxX(), smallBar.getMaxX(), 1, "the bars start together, on the right");
        assertEquals(6, largeBar.getWidth() / smallBar.getWidth(), 0.2, "six times as long, leftwards");
        assertTrue(boundsOf(robot, large, ".estimate-name").getMinX() >= largeBar.getMaxX(), "the name right of its bar");
        assertTrue(boundsOf(robot, large, ".estimate-value").getMaxX() <= largeBar.getMinX() + 1, "the figure left of it");
        Bounds range = boundsOf(robot, large, ".estimate-range");
        double perUnit = largeBar.getWidth() / 600000;
        assertEquals(largeBar.getMaxX() - 800000 * perUnit, range.getMinX(), 1.5, "the whisker's far end at the high");
        assertEquals(largeBar.getMaxX() - 400000 * perUnit, range.getMaxX(), 1.5, "its near end at the low");
    }
}
