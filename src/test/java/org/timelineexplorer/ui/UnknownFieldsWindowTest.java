package org.timelineexplorer.ui;

import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.timelineexplorer.io.DatasetReader;
import org.timelineexplorer.io.DatasetWriter;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.TimelineEvent;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A teacher edits an event of a file that holds fields this version does not know, in the form, and saves: the
 * fields are still in the file.
 */
@ExtendWith(ApplicationExtension.class)
class UnknownFieldsWindowTest {

    private AppState state;
    private Dataset opened;

    @Start
    void start(Stage stage) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/org/timelineexplorer/io/unknown-fields-by-hand.json")) {
            opened = new DatasetReader().read(in, "unknown-fields.json").dataset().orElseThrow();
        }
        state = new AppState(opened);
        UiFixture.show(stage, state, UiFixture.freshSettings(), 1280, 720);
    }

    @Test
    void anEventEditedInTheFormKeepsTheFieldsTheAppDoesNotKnow(FxRobot robot, @TempDir Path folder)
            throws Exception {
        TimelineEvent event = opened.events().get(0);
        robot.interact(() -> {
            state.setSelectedEvent(event);
            robot.lookup("#timeline").query().requestFocus();
        });
        robot.push(KeyCode.F2);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#event-form").tryQuery().isPresent());
        TextField title = robot.lookup("#form-title").queryAs(TextField.class);
        robot.clickOn(title);
        robot.interact(title::selectAll);
        robot.write("Baghdad falls to US forces");
        DialogPane form = robot.lookup("#event-form").queryAs(DialogPane.class);
        robot.clickOn(form.lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("Baghdad falls to US forces", robot.lookup("#detail-title").queryLabeled().getText());
        TimelineEvent edited = state.getSelectedEvent();
        assertEquals(event.extras(), edited.extras());
        assertEquals(event.sources(), edited.sources());
        assertEquals(event.places(), edited.places());
        assertEquals(event.picture(), edited.picture());

        Path file = folder.resolve("lesson.json");
        assertEquals(Optional.empty(), DatasetWriter.saveChecked(state.getDataset(), file));
        String saved = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(saved.contains("      \"importance\": 4.50,\n"), saved);
        assertTrue(saved.contains("          \"accessed\": \"2024-05-01\"\n"), saved);
        assertTrue(saved.contains("\n  \"lessonPlan\": {\n"), saved);
    }
}
