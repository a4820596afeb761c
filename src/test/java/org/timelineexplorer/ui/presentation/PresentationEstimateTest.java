package org.timelineexplorer.ui.presentation;

import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.timelineexplorer.chart.EstimatesChart;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.model.Estimate;
import org.timelineexplorer.ui.Pixels;
import org.timelineexplorer.ui.UiFixture;

import java.util.UUID;
import java.util.prefs.Preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A presentation with the charts included reaches the estimates and explains each on its card. */
@ExtendWith(ApplicationExtension.class)
class PresentationEstimateTest {

    private final Preferences prefs = Preferences.userRoot().node("timelineexplorer-test/" + UUID.randomUUID());
    private TestWindow window;
    private AppState state;

    @Start
    void start(Stage stage) {
        state = new AppState(UiFixture.bundled());
        window = new TestWindow(stage, state, prefs);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void theClickerReachesAnEstimateAndTheCardExplainsIt(FxRobot robot) {
        Presentation presentation = window.presentationMode.presentation();
        robot.interact(() -> presentation.includeChartsProperty().set(true));
        robot.press(KeyCode.F5).release(KeyCode.F5);
        // Page Down as a clicker would, until the first estimate.
        for (int i = 0; i < presentation.getSteps().size()
                && presentation.getCurrentStep().kind() != Step.Kind.ESTIMATE; i++) {
            robot.press(KeyCode.PAGE_DOWN).release(KeyCode.PAGE_DOWN);
        }
        WaitForAsyncUtils.waitForFxEvents();
        Estimate estimate = presentation.getCurrentStep().estimate();
        assertEquals(estimate, state.getSelectedEstimate());

        assertTrue(robot.lookup("#event-card").query().isVisible());
        assertEquals(estimate.title(), text(robot, "#event-title"));
        String body = text(robot, "#event-text");
        assertTrue(body.startsWith(EstimatesChart.figure(estimate)), body);
        assertTrue(body.contains(estimate.method()), body);
        assertTrue(text(robot, "#event-note").startsWith("Source: " + estimate.source().name()));
        assertTrue(text(robot, "#event-era").startsWith("An estimate over several years"));

        WritableImage[] picture = new WritableImage[1];
        robot.interact(() -> picture[0] = robot.lookup("#presentation-root").query().getScene().snapshot(null));
        Pixels.save(picture[0], "presentation-estimate");
    }
}
