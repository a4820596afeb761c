package org.timelineexplorer.ui;

import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.timelineexplorer.io.BundledDataset;
import org.timelineexplorer.io.DatasetReader;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.model.Dataset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The File menu's open, examples and export in the real window, as a teacher meets them. */
@ExtendWith(ApplicationExtension.class)
class OpenAndExportWindowTest {

    private AppState state;
    private MainWindowController controller;

    @Start
    void start(Stage stage) {
        state = new AppState(UiFixture.bundled());
        controller = UiFixture.show(stage, state, UiFixture.freshSettings(), 1280, 720);
    }

    @Test
    void badFileShowsEveryProblemAndKeepsTheOpenTimeline(FxRobot robot, @TempDir Path dir) throws Exception {
        Dataset before = state.getDataset();
        Path bad = Files.writeString(dir.resolve("homework.json"), """
                { "title": "Homework", "eras": [],
                  "events": [ { "id": "a", "date": "2003-13", "title": "Month thirteen" },
                              { "id": "b", "title": "No date" } ] }
                """);

        robot.interact(() -> controller.opening().open(bad));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#problem-list").tryQuery().isPresent());

        @SuppressWarnings("unchecked")
        ListView<String> problems = robot.lookup("#problem-list").queryAs(ListView.class);
        List<String> lines = List.copyOf(problems.getItems());
        assertEquals(2, lines.size(), lines::toString);
        assertTrue(lines.get(0).startsWith("Line 2, column "), lines.get(0));
        assertTrue(lines.get(0).contains("events[0].date"), lines.get(0));
        assertTrue(lines.get(1).contains("events[1]"), lines.get(1));
        assertSame(before, state.getDataset(), "the timeline that was open stays open");
        assertEquals("United States and Iraq since 2003",
                robot.lookup("#dataset-title").queryLabeled().getText());
        robot.interact(() -> problems.getScene().getWindow().hide());
    }

    @Test
    void fileMenuOffersOpenRecentAndOneExportMenuWithTheirShortcuts(FxRobot robot) {
        Menu file = controller.menu().fileMenu();
        List<String> ids = file.getItems().stream().map(MenuItem::getId).filter(id -> id != null).toList();
        assertEquals(List.of("new-item", "open-item", "recent-menu", "examples-menu", "save-item", "save-as-item",
                "export-menu", "print-item", "quit-item"), ids);
        assertEquals("Shortcut+O", byId(file, "open-item").getAccelerator().getName());
        assertEquals("Shortcut+S", byId(file, "save-item").getAccelerator().getName());
        Menu export = (Menu) byId(file, "export-menu");
        assertEquals(List.of("export-chart-item", "export-timeline-item", "export-map-item", "export-spreadsheet-item",
                "export-pictures-item", "copy-chart-item", "export-pdf-item"),
                export.getItems().stream().map(MenuItem::getId).filter(id -> id != null).toList());
        assertEquals("Shortcut+E", byId(export, "export-chart-item").getAccelerator().getName());
        assertEquals("Shift+Shortcut+C", byId(export, "copy-chart-item").getAccelerator().getName());
        assertEquals("Shortcut+P", byId(file, "print-item").getAccelerator().getName());
    }

    @Test
    void ctrlShiftCPutsTheFramedChartOnTheClipboard(FxRobot robot) throws Exception {
        robot.interact(() -> javafx.scene.input.Clipboard.getSystemClipboard().clear());
        // Shift+Ctrl+C as the focused node receives it (the search box has focus when the window opens). A key
        // event fired at the node, rather than through the robot, reaches this window whichever has the
        // headless platform's focus.
        javafx.scene.Node focused = robot.lookup("#search-field").query();
        robot.interact(() -> javafx.event.Event.fireEvent(focused, new javafx.scene.input.KeyEvent(
                javafx.scene.input.KeyEvent.KEY_PRESSED, "", "", javafx.scene.input.KeyCode.C,
                true, !isMac(), false, isMac())));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.image.Image[] copied = new javafx.scene.image.Image[1];
        robot.interact(() -> copied[0] = javafx.scene.input.Clipboard.getSystemClipboard().getImage());
        assertTrue(copied[0] != null, "an image is on the clipboard");
        assertEquals(1920, Math.round(copied[0].getWidth()), "the chart picture's size, at 2x");
        assertEquals(1080, Math.round(copied[0].getHeight()));
        assertEquals("Chart copied (1920 × 1080 pixels)",
                robot.lookup("#status-bar").queryAs(org.controlsfx.control.StatusBar.class).getText());
    }

    // ---- File → Examples ----

    @Test
    void examplesListsTheBundledDatasetsByTitle() {
        Menu examples = (Menu) byId(controller.menu().fileMenu(), "examples-menu");
        assertEquals(List.of("United States and Iraq since 2003", "Iraq through the ages"),
                examples.getItems().stream().map(MenuItem::getText).toList());
        assertEquals(BundledDataset.ALL.size(), examples.getItems().size(), "one item per bundled dataset");
    }

    @Test
    void choosingAnExampleOpensIt(FxRobot robot) throws Exception {
        // Another timeline first, so that the example's opening is what changes it.
        Path sample = Path.of(getClass().getResource("/org/timelineexplorer/io/timelinejs-sample.json").toURI());
        robot.interact(() -> controller.opening().open(sample));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> state.getEvents().size() == 4);
        assertTrue(!"United States and Iraq since 2003".equals(title(robot)), title(robot));
        List<Path> recentBefore = List.copyOf(controller.opening().recentFiles().orElseThrow().files());
        robot.clickOn("_File").clickOn("E_xamples").clickOn("United States and Iraq since 2003");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> "United States and Iraq since 2003".equals(title(robot)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(new DatasetReader().readBundled().dataset().orElseThrow().events().size(), state.getEvents().size(),
                "the bundled dataset's events are shown");
        assertEquals("Opened United States and Iraq since 2003",
                robot.lookup("#status-bar").queryAs(StatusBar.class).getText());
        assertEquals(recentBefore, controller.opening().recentFiles().orElseThrow().files(),
                "an example is not a file of the teacher's, so it stays out of the recent files");
    }

    @Test
    void exportSpreadsheetFromTheMenuWritesACsvThatOpensAsTheSameTimeline(FxRobot robot, @TempDir Path dir)
            throws Exception {
        Path csv = dir.resolve("lesson.csv");
        Dataset shown = state.getDataset();
        controller.spreadsheetExport().setChooser(suggested -> {
            assertEquals("united-states-and-iraq-since-2003.csv", suggested);
            return java.util.Optional.of(csv);
        });
        Menu export = (Menu) byId(controller.menu().fileMenu(), "export-menu");
        MenuItem item = byId(export, "export-spreadsheet-item");
        assertEquals("Spreadsheet (CSV)…", item.getText().replace("_", ""));
        robot.interact(item::fire);
        org.controlsfx.control.StatusBar status = robot.lookup("#status-bar").queryAs(org.controlsfx.control.StatusBar.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> status.getText().startsWith("Saved lesson.csv"));
        assertEquals("Saved lesson.csv (" + shown.events().size() + " events, " + shown.eras().size() + " eras, "
                + shown.series().size() + " series)", status.getText());
        assertTrue(Files.readString(csv).startsWith("\uFEFFRow type,ID,Year,Month,Day,Time,"));

        robot.interact(() -> controller.opening().open(csv));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> state.getDataset() != shown);
        assertEquals(shown, state.getDataset());
        assertEquals("United States and Iraq since 2003", robot.lookup("#dataset-title").queryLabeled().getText());
    }

    private static boolean isMac() {
        return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("mac");
    }

    private static MenuItem byId(Menu menu, String id) {
        return menu.getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    private static String title(FxRobot robot) {
        return robot.lookup("#dataset-title").queryLabeled().getText();
    }
}
