package org.timelineexplorer.ui;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.timelineexplorer.io.BundledDataset;
import org.timelineexplorer.model.AppState;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** File → Examples in the real window: it lists the bundled datasets, and choosing one opens it. */
@ExtendWith(ApplicationExtension.class)
class ExamplesMenuTest {

    private AppState state;
    private MainWindowController controller;

    @Start
    void start(Stage stage) {
        state = new AppState(UiFixture.bundled());
        controller = UiFixture.show(stage, state, UiFixture.freshSettings(), 1280, 720);
    }

    @Test
    void examplesListsTheBundledDatasetsByTitle(FxRobot robot) {
        Menu examples = (Menu) controller.menu().fileMenu().getItems().stream()
                .filter(item -> "examples-menu".equals(item.getId())).findFirst().orElseThrow();
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
        assertEquals(70, state.getEvents().size(), "the bundled dataset's events are shown");
        assertEquals("Opened United States and Iraq since 2003",
                robot.lookup("#status-bar").queryAs(StatusBar.class).getText());
        assertEquals(recentBefore, controller.opening().recentFiles().orElseThrow().files(),
                "an example is not a file of the teacher's, so it stays out of the recent files");
    }

    private static String title(FxRobot robot) {
        return robot.lookup("#dataset-title").queryLabeled().getText();
    }
}
