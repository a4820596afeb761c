package org.timelineexplorer.ui;

import javafx.scene.control.Button;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.model.Dataset;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A file that takes long to open shows its progress in the window and can be cancelled, as a teacher sees it. */
@ExtendWith(ApplicationExtension.class)
class OpeningProgressWindowTest {

    private AppState state;
    private MainWindowController controller;

    @Start
    void start(Stage stage) {
        state = new AppState(UiFixture.bundled());
        controller = UiFixture.show(stage, state, UiFixture.freshSettings(), 1280, 720);
    }

    @Test
    void cancellingABigFileKeepsTheTimelineThatWasOpen(FxRobot robot, @TempDir Path dir) throws Exception {
        Dataset before = state.getDataset();
        Path big = Files.writeString(dir.resolve("whole-century.json"), bigDataset(150_000), StandardCharsets.UTF_8);
        // A file takes seconds here; waiting a tenth of one before it counts as slow keeps the test from racing it.
        robot.interact(() -> {
            controller.opening().slowAfter(Duration.millis(100));
            controller.opening().open(big);
        });

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> cancelButton(robot).isVisible());
        StatusBar status = robot.lookup("#status-bar").queryAs(StatusBar.class);
        assertEquals("Opening…", status.getText());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> status.getProgress() > 0);
        robot.clickOn("#cancel-opening");
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(cancelButton(robot).isVisible(), "Cancel goes once the opening stopped");
        assertFalse(controller.opening().busyProperty().get());
        assertEquals(0, status.getProgress(), "no progress is left on the bar");
        assertEquals("Opening cancelled: the timeline that was open stays", status.getText());
        // Had the reading gone on, the file would now replace the timeline: give it the time to.
        Thread.sleep(3_000);
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(before, state.getDataset(), "the timeline that was open stays open");
        assertEquals("United States and Iraq since 2003", robot.lookup("#dataset-title").queryLabeled().getText());
        assertEquals("Opening cancelled: the timeline that was open stays", status.getText());
    }

    @Test
    void aFileThatOpensFastShowsNoProgressOrCancel(FxRobot robot, @TempDir Path dir) throws Exception {
        Path small = Files.writeString(dir.resolve("homework.json"), """
                { "title": "Homework", "eras": [], "events": [ { "id": "a", "date": "2003-13", "title": "x" } ] }
                """);
        List<Boolean> shown = new ArrayList<>();
        robot.interact(() -> {
            cancelButton(robot).visibleProperty().addListener((obs, was, visible) -> shown.add(visible));
            controller.opening().open(small);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#problem-list").tryQuery().isPresent());
        Thread.sleep((long) DatasetOpening.SLOW_AFTER.toMillis() + 200);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(shown.isEmpty(), "Cancel never flashed: " + shown);
        assertEquals(0, robot.lookup("#status-bar").queryAs(StatusBar.class).getProgress());
        robot.interact(() -> robot.lookup("#problem-list").query().getScene().getWindow().hide());
    }

    private static Button cancelButton(FxRobot robot) {
        return robot.lookup("#cancel-opening").queryButton();
    }

    /** A valid dataset of {@code count} events with text, category and a source, some 40 MiB. */
    private static String bigDataset(int count) {
        StringBuilder json = new StringBuilder(count * 280);
        json.append("{\"format\":\"timeline-explorer/1\",\"title\":\"A whole century\",\"eras\":[],\"events\":[");
        for (int i = 0; i < count; i++) {
            json.append(i == 0 ? "" : ",").append("{\"id\":\"e").append(i).append("\",\"date\":\"")
                    .append(1900 + i % 120).append('-').append(String.format("%02d", 1 + i % 12))
                    .append("\",\"title\":\"Event ").append(i).append(" of the century\",")
                    .append("\"text\":\"What happened, in two sentences. And why it matters to the class.\",")
                    .append("\"category\":\"c").append(i % 7).append("\",")
                    .append("\"sources\":[{\"name\":\"Archive\",\"url\":\"https://example.org/e").append(i)
                    .append("\"}]}");
        }
        return json.append("]}").toString();
    }
}
