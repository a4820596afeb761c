package org.timelineexplorer.ui;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.model.Estimate;
import org.timelineexplorer.model.FigureSeries;

import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The estimates beside the figures chart, used as a student would: choose the series, click an estimate, read. */
@ExtendWith(ApplicationExtension.class)
class EstimatesPaneTest {

    private AppState state;

    @Start
    void start(Stage stage) {
        state = new AppState(UiFixture.bundled());
        UiFixture.show(stage, state, UiFixture.freshSettings(), 1280, 720);
    }

    /** Shows the civilian deaths series, as its toggle does (the first test clicks the toggle itself). */
    private void showCivilianDeaths(FxRobot robot) {
        robot.interact(() -> state.setChosenSeriesId("iraqi-civilian-deaths"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#estimates-box").query().isVisible());
    }

    private static FigureSeries civilianDeaths() {
        return UiFixture.bundled().series("iraqi-civilian-deaths").orElseThrow();
    }

    @Test
    void theEstimatesShowOnlyWithTheSeriesThatHasThem(FxRobot robot) {
        Node box = robot.lookup("#estimates-box").query();
        assertFalse(box.isVisible(), "the troops series, shown first, has no estimates");
        robot.clickOn("#series-iraqi-civilian-deaths");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(box.isVisible());
        for (Estimate estimate : civilianDeaths().estimates()) {
            assertTrue(robot.lookup("#estimate-" + estimate.id()).tryQuery().isPresent(), estimate.id() + " has a row");
        }
    }

    @Test
    void clickingAnEstimateExplainsItInTheDetailPane(FxRobot robot) {
        showCivilianDeaths(robot);
        Estimate ifhs = civilianDeaths().estimates().stream().filter(e -> e.id().equals("ifhs")).findFirst()
                .orElseThrow();
        robot.clickOn("#estimate-ifhs");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ifhs, state.getSelectedEstimate());
        assertNull(state.getSelectedEvent(), "the pane explains the estimate, not an event");
        assertEquals("Estimate", robot.lookup("#detail-kind").queryAs(Label.class).getText());
        assertEquals("Iraq Family Health Survey", robot.lookup("#detail-title").queryAs(Label.class).getText());
        assertEquals("March 2003 – June 2006", robot.lookup("#detail-date").queryAs(Label.class).getText());
        String figure = robot.lookup("#detail-meta").queryAs(Label.class).getText();
        assertTrue(figure.contains("151,000 (104,000–223,000) violent deaths"), figure);
        String text = robot.lookup("#detail-text").queryAs(Label.class).getText();
        assertTrue(text.startsWith("Method: " + ifhs.method()), text);
        assertTrue(robot.lookup("#detail-sources .hyperlink").queryAll().stream()
                .anyMatch(link -> ((javafx.scene.control.Hyperlink) link).getText().equals(ifhs.source().name())),
                "the source is a link");

        // Choosing an event afterwards shows the event: the pane follows the last choice.
        robot.interact(() -> state.selectFirst());
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(state.getSelectedEstimate());
        assertEquals("Event", robot.lookup("#detail-kind").queryAs(Label.class).getText());
    }

    @Test
    void theKeyboardSelectsAnEstimateToo(FxRobot robot) {
        showCivilianDeaths(robot);
        Node row = robot.lookup("#estimate-orb-2007").query();
        robot.interact(row::requestFocus);
        robot.type(javafx.scene.input.KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("orb-2007", state.getSelectedEstimate().id());
        assertTrue(row.getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass("selected")));
    }

    @Test
    void theBarsAreDrawnInTheSeriesColourAndGrowWithTheEstimate(FxRobot robot) {
        showCivilianDeaths(robot);
        WaitForAsyncUtils.waitForFxEvents();
        ToggleButton toggle = robot.lookup("#series-iraqi-civilian-deaths").queryAs(ToggleButton.class);
        Color seriesColour = swatchColour(robot, toggle);
        int ibc = barWidth(robot, "ibc-2003-2011", seriesColour);
        int orb = barWidth(robot, "orb-2007", seriesColour);
        assertTrue(ibc >= 2, "the smallest estimate still shows a bar: " + ibc);
        // 1,033,000 against 120,088 on one scale: the ORB bar is several times the IBC one.
        assertTrue(orb > 5 * ibc, "ORB " + orb + " px against IBC " + ibc + " px");
    }

    @Test
    void besideTheMapTheRowsKeepReadableBarsAndWholeFigures(FxRobot robot) {
        showCivilianDeaths(robot);
        assertTrue(robot.lookup("#map").query().isVisible(), "the map shares the row");
        ToggleButton toggle = robot.lookup("#series-iraqi-civilian-deaths").queryAs(ToggleButton.class);
        int orb = barWidth(robot, "orb-2007", swatchColour(robot, toggle));
        assertTrue(orb >= 40, "the largest estimate's bar is " + orb + " px, not a stub");
        for (Node value : robot.lookup(".estimate-value").queryAll()) {
            Label label = (Label) value;
            Text shown = (Text) label.lookup(".text");
            assertEquals(label.getText(), shown.getText(), "the figure is drawn whole, not cut off");
        }
    }


    /** The colour the series toggle's swatch is drawn in, which the bars share. */
    private static Color swatchColour(FxRobot robot, ToggleButton toggle) {
        Node swatch = toggle.getGraphic();
        AtomicReference<Color> colour = new AtomicReference<>();
        robot.interact(() -> {
            WritableImage image = swatch.snapshot(null, null);
            colour.set(Pixels.dominant(image));
        });
        return colour.get();
    }

    /** How many pixels of the estimate's row, along its middle, are in the series colour. */
    private static int barWidth(FxRobot robot, String id, Color colour) {
        Node row = robot.lookup("#estimate-" + id).query();
        Node track = row.lookup(".estimate-track");
        AtomicReference<Integer> count = new AtomicReference<>(0);
        robot.interact(() -> {
            WritableImage image = track.snapshot(null, null);
            int y = (int) (image.getHeight() / 2) - 3; // above the range whisker, which crosses the middle
            int n = 0;
            for (int x = 0; x < image.getWidth(); x++) {
                Color c = image.getPixelReader().getColor(x, y);
                if (Math.abs(c.getRed() - colour.getRed()) < 0.08 && Math.abs(c.getGreen() - colour.getGreen()) < 0.08
                        && Math.abs(c.getBlue() - colour.getBlue()) < 0.08) {
                    n++;
                }
            }
            count.set(n);
            Bounds bounds = track.getLayoutBounds();
            assertTrue(bounds.getWidth() > 20, "the track has room: " + bounds);
        });
        return count.get();
    }
}
