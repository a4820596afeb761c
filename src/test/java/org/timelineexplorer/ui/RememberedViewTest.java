package org.timelineexplorer.ui;

import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.timelineexplorer.chart.FiguresChart;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.ui.presentation.Presentation;
import org.timelineexplorer.ui.settings.StoredPreferences;
import org.timelineexplorer.ui.settings.UserSettings;
import org.timelineexplorer.ui.theme.Theme;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Everything the window remembers comes back after a restart, and a damaged value costs a default, never the start.
 * The settings are kept on a stand-in disk that only a write reaches, so a restart sees what the app really wrote.
 */
@ExtendWith(ApplicationExtension.class)
class RememberedViewTest {

    private static final Path BUNDLED_FILE = Path.of("resources", "us-iraq-since-2003.json").toAbsolutePath();

    private final Map<String, String> disk = StoredPreferences.newDisk();
    private Stage stage;
    private MainWindowController controller;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    /** Starts the window as the app does, reading the disk, as one run of the app. */
    private UserSettings run(FxRobot robot) {
        UserSettings settings = new UserSettings(new StoredPreferences(disk));
        robot.interact(() -> controller = UiFixture.show(stage, new AppState(UiFixture.bundled()), settings,
                1280, 720));
        WaitForAsyncUtils.waitForFxEvents();
        return settings;
    }

    /** Closes the window, then the app ends as TimelineExplorerApp.stop() does. */
    private void quit(FxRobot robot, UserSettings settings) {
        robot.interact(stage::hide);
        settings.close();
    }

    private SplitPane split(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(SplitPane.class);
    }

    private Presentation lesson() {
        return controller.classroom().presentationMode().presentation();
    }

    private static MenuItem item(List<MenuItem> items, String id) {
        return items.stream()
                .flatMap(item -> item instanceof Menu menu ? Stream.concat(Stream.of(item), menu.getItems().stream())
                        : Stream.of(item))
                .filter(item -> id.equals(item.getId())).findFirst().orElseThrow(() -> new AssertionError(id));
    }

    @Test
    void everythingTheWindowRemembersSurvivesARestart(FxRobot robot) throws Exception {
        UserSettings first = run(robot);
        robot.interact(() -> {
            stage.setWidth(1200);
            stage.setHeight(650);
            // Between the least widths at this size of the left column (chart, estimates, map) and the details:
            // at 1100 pixels wide they meet, and leave the divider one place only.
            split(robot, "content-split").setDividerPositions(0.74);
            split(robot, "right-split").setDividerPositions(0.45);
        });
        robot.clickOn("#series-iraqi-civilian-deaths");
        robot.interact(() -> item(controller.menu().viewMenu().getItems(), "theme-dark-menu-item").fire());
        robot.press(KeyCode.CONTROL, KeyCode.PLUS).release(KeyCode.PLUS, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.PLUS).release(KeyCode.PLUS, KeyCode.CONTROL);
        robot.clickOn("_View").clickOn("Include charts in presentation");
        robot.press(KeyCode.F5).release(KeyCode.F5);
        robot.press(KeyCode.DIGIT3).release(KeyCode.DIGIT3);
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        robot.interact(() -> controller.opening().open(BUNDLED_FILE));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> controller.opening().recentFiles().orElseThrow().files().contains(BUNDLED_FILE));
        robot.clickOn("_View").clickOn("Show _figures chart");
        assertEquals(List.of("map-pane"), split(robot, "lower-split").getItems().stream().map(Node::getId).toList(),
                "the chart is hidden, the map alone under the timeline");
        assertEquals(20, lesson().paceSecondsProperty().get(), "key 3 chose 20 seconds a step");
        quit(robot, first);

        run(robot);
        assertEquals(1200, stage.getWidth(), 1);
        assertEquals(650, stage.getHeight(), 1);
        assertEquals(0.74, split(robot, "content-split").getDividerPositions()[0], 0.01);
        assertEquals(0.45, split(robot, "right-split").getDividerPositions()[0], 0.01);
        assertTrue(stage.getScene().getRoot().getStyleClass().contains(Theme.DARK.styleClass()));
        assertTrue(stage.getScene().getRoot().getStyle().contains("-fx-font-size: 18px"));
        assertTrue(lesson().includeChartsProperty().get());
        assertEquals(20, lesson().paceSecondsProperty().get());
        Menu recent = (Menu) item(controller.menu().fileMenu().getItems(), "recent-menu");
        assertFalse(recent.isDisable());
        assertTrue(recent.getItems().get(0).getText().contains(BUNDLED_FILE.getFileName().toString()));
        assertEquals(List.of("map-pane"), split(robot, "lower-split").getItems().stream().map(Node::getId).toList(),
                "the chart is still hidden");
        CheckMenuItem showFigures = (CheckMenuItem) item(controller.menu().viewMenu().getItems(),
                "show-figures-item");
        assertFalse(showFigures.isSelected());
        assertTrue(((RadioMenuItem) item(controller.menu().viewMenu().getItems(),
                "series-item-iraqi-civilian-deaths")).isSelected(), "View → Figures shown has the chosen one");

        robot.clickOn("_View").clickOn("Show _figures chart");
        assertEquals("iraqi-civilian-deaths",
                robot.lookup("#figures-chart").queryAs(FiguresChart.class).getSeries().id());
    }

    @Test
    void damagedValuesCostADefaultAndGoodOnesNextToThemStillComeBack(FxRobot robot) {
        disk.putAll(Map.ofEntries(
                Map.entry("window.width", "banana"),
                Map.entry("window.height", "-720"),
                Map.entry("window.maximized", "perhaps"),
                Map.entry("divider.content", "NaN"),
                Map.entry("divider.left", "7.5"),
                Map.entry("divider.right", "0.45"),
                Map.entry("chart.series", "no-such-series"),
                Map.entry("chart.shown", "maybe"),
                Map.entry("look.theme", "SEPIA"),
                Map.entry("look.fontSize", "huge"),
                Map.entry("presentation.includeCharts", "1"),
                Map.entry("presentation.paceSeconds", "0"),
                Map.entry("recent.0", "not/an/absolute/path.json"),
                Map.entry("recent.1", "/no/such/file.json")));
        run(robot);

        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        assertEquals(Math.round(screen.getWidth() * 0.9), stage.getWidth(), 1, "the first-run size");
        assertEquals(Math.round(screen.getHeight() * 0.9), stage.getHeight(), 1);
        assertFalse(stage.isMaximized());
        assertEquals(0.68, split(robot, "content-split").getDividerPositions()[0], 0.04,
                "the default, give or take the first layout");
        assertEquals(0.52, split(robot, "left-split").getDividerPositions()[0], 0.04);
        assertEquals(0.45, split(robot, "right-split").getDividerPositions()[0], 0.01, "a good value is kept");
        assertEquals("us-troops", robot.lookup("#figures-chart").queryAs(FiguresChart.class).getSeries().id(),
                "an unknown series falls back to the first");
        assertTrue(stage.getScene().getRoot().getStyleClass().contains(Theme.LIGHT.styleClass()));
        assertTrue(stage.getScene().getRoot().getStyle().contains("-fx-font-size: 15px"));
        assertFalse(lesson().includeChartsProperty().get());
        assertEquals(10, lesson().paceSecondsProperty().get(), "a pace of 0 would advance every frame: ignored");
        assertTrue(item(controller.menu().fileMenu().getItems(), "recent-menu").isDisable(), "no file to offer");
    }

    @Test
    void aTextSizeBetweenTheStepsComesBackAsTheNearestStep(FxRobot robot) {
        disk.put("look.fontSize", "17");
        run(robot);
        assertEquals(16, controller.classroom().appearance().getFontSize());
    }
}
