package org.timelineexplorer.ui;

import javafx.scene.control.SplitPane;
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

/** A damaged preference costs a default, never the start; good ones come back. */
@ExtendWith(ApplicationExtension.class)
class WindowPreferencesTest {

    private final WindowPreferences corrupt = UiFixture.freshPreferences();

    @Start
    void start(Stage stage) {
        corrupt.node().put(WindowPreferences.WIDTH, "banana");
        corrupt.node().put(WindowPreferences.HEIGHT, "-720");
        corrupt.node().put(WindowPreferences.DIVIDER + "content", "NaN");
        corrupt.node().put(WindowPreferences.DIVIDER + "left", "7.5");
        corrupt.node().put(WindowPreferences.DIVIDER + "right", "0.45");
        corrupt.node().put(WindowPreferences.SERIES, "no-such-series");
        UiFixture.show(stage, new AppState(UiFixture.bundled()), corrupt, 1280, 720);
    }

    @Test
    void corruptValuesAreIgnoredAndTheWindowStillOpens(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(corrupt.width().isEmpty());
        assertTrue(corrupt.height().isEmpty());
        assertTrue(corrupt.divider("content").isEmpty());
        assertTrue(corrupt.divider("left").isEmpty());
        assertEquals(OptionalDouble.of(0.45), corrupt.divider("right"));

        assertEquals(0.68, robot.lookup("#content-split").queryAs(SplitPane.class).getDividerPositions()[0], 0.04,
                "the default, give or take the first layout");
        assertEquals(0.45, robot.lookup("#right-split").queryAs(SplitPane.class).getDividerPositions()[0], 0.01);
        FiguresChart chart = robot.lookup("#figures-chart").queryAs(FiguresChart.class);
        assertEquals("us-troops", chart.getSeries().id(), "an unknown series falls back to the first");
    }

    @Test
    void valuesOutOfRangeAreIgnored() {
        WindowPreferences prefs = UiFixture.freshPreferences();
        prefs.node().put(WindowPreferences.WIDTH, "1e9");
        prefs.node().put(WindowPreferences.HEIGHT, "Infinity");
        prefs.node().put(WindowPreferences.DIVIDER + "x", "-0.5");
        prefs.node().put(WindowPreferences.MAXIMIZED, "perhaps");
        assertTrue(prefs.width().isEmpty());
        assertTrue(prefs.height().isEmpty());
        assertTrue(prefs.divider("x").isEmpty());
        assertFalse(prefs.maximized());
    }

    @Test
    void savedValuesComeBack() {
        WindowPreferences prefs = UiFixture.freshPreferences();
        prefs.saveWindow(1400, 900, false);
        prefs.saveDivider("content", 0.6);
        prefs.saveSeries("us-deaths");
        WindowPreferences again = new WindowPreferences(prefs.node());
        assertEquals(OptionalDouble.of(1400), again.width());
        assertEquals(OptionalDouble.of(900), again.height());
        assertEquals(OptionalDouble.of(0.6), again.divider("content"));
        assertEquals("us-deaths", again.series().orElseThrow());
    }
}
