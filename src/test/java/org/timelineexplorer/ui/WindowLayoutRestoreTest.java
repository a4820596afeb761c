package org.timelineexplorer.ui;

import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.timelineexplorer.chart.FiguresChart;
import org.timelineexplorer.model.AppState;

import java.util.OptionalDouble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Good preferences bring back the window's size, dividers and figures; closing the window saves them. */
@ExtendWith(ApplicationExtension.class)
class WindowLayoutRestoreTest {

    private final WindowPreferences prefs = UiFixture.freshPreferences();
    private Stage stage;
    private MainWindowController controller;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        prefs.saveWindow(1100, 650, false);
        prefs.saveDivider("content", 0.6);
        prefs.saveSeries("iraqi-civilian-deaths");
        controller = UiFixture.show(stage, new AppState(UiFixture.bundled()), prefs, 1280, 720);
    }

    @Test
    void theLastLayoutComesBackAndIsSavedOnClose(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1100, stage.getWidth(), 1);
        assertEquals(650, stage.getHeight(), 1);
        SplitPane content = robot.lookup("#content-split").queryAs(SplitPane.class);
        assertEquals(0.6, content.getDividerPositions()[0], 0.01);
        assertEquals("iraqi-civilian-deaths", robot.lookup("#figures-chart").queryAs(FiguresChart.class)
                .getSeries().id());

        robot.interact(() -> content.setDividerPositions(0.55));
        robot.interact(stage::hide);
        assertEquals(0.55, prefs.divider("content").orElseThrow(), 0.01);
        assertEquals(OptionalDouble.of(1100), prefs.width());
    }

    @Test
    void theViewMenuHidesAndShowsTheFigures(FxRobot robot) {
        SplitPane left = robot.lookup("#left-split").queryAs(SplitPane.class);
        assertEquals(2, left.getItems().size());
        robot.clickOn("_View").clickOn("Show _figures chart");
        assertEquals(1, left.getItems().size());
        assertFalse(robot.lookup("#figures-chart").tryQuery().isPresent());
        robot.clickOn("_View").clickOn("Show _figures chart");
        assertEquals(2, left.getItems().size());
        assertTrue(robot.lookup("#figures-chart").tryQuery().isPresent());

        Menu figuresShown = (Menu) controller.menu().viewMenu().getItems().stream()
                .filter(item -> "series-menu".equals(item.getId())).findFirst().orElseThrow();
        RadioMenuItem troops = (RadioMenuItem) figuresShown.getItems().get(0);
        assertEquals("series-item-us-troops", troops.getId());
        assertFalse(troops.isSelected(), "the remembered series is chosen, not the first");
        robot.interact(troops::fire);
        assertEquals("us-troops", robot.lookup("#figures-chart").queryAs(FiguresChart.class).getSeries().id());
        assertTrue(robot.lookup("#series-us-troops").queryAs(ToggleButton.class).isSelected());
    }
}
