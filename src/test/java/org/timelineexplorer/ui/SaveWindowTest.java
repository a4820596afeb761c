package org.timelineexplorer.ui;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.timelineexplorer.io.DatasetReader;
import org.timelineexplorer.io.NativeJson;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.model.HistoricalDate;
import org.timelineexplorer.model.TimelineEvent;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Saving as a teacher does: the title bar's mark, Ctrl+S, the refusals, and the question before changes are lost. */
@ExtendWith(ApplicationExtension.class)
class SaveWindowTest {

    @TempDir
    Path folder;

    private Stage stage;
    private AppState state;
    private MainWindowController controller;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        state = new AppState(UiFixture.bundled());
        controller = UiFixture.show(stage, state, UiFixture.freshSettings(), 1280, 720);
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        robot.interact(() -> List.copyOf(Window.getWindows()).stream().filter(w -> w != stage).forEach(Window::hide));
    }

    /** Writes the bundled dataset as a teacher's file and opens it in the window. */
    private Path openLesson(FxRobot robot) throws Exception {
        Path file = folder.resolve("lesson.json");
        Files.write(file, NativeJson.bytes(UiFixture.bundled()));
        robot.interact(() -> controller.opening().open(file));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "lesson.json".equals(controller.opening().document()
                .nameProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
        return file;
    }

    private TimelineEvent first() {
        return state.getEvents().get(0);
    }

    private TimelineEvent retitled(TimelineEvent event, String title) {
        return new TimelineEvent(event.id(), event.start(), event.end(), title, event.text(), event.category(),
                event.eraId(), event.sources(), event.note(), event.display(), event.places());
    }

    private void waitForDialog(FxRobot robot, String query) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void clickButton(FxRobot robot, String text) {
        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        Button button = pane.getButtonTypes().stream().filter(t -> t.getText().equals(text))
                .map(t -> (Button) pane.lookupButton(t)).findFirst().orElseThrow();
        robot.clickOn(button);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void ctrlSWritesTheEditAndTheTitleBarLosesItsMark(FxRobot robot) throws Exception {
        Path file = openLesson(robot);
        assertEquals("lesson.json \u2014 Timeline Explorer", stage.getTitle());
        byte[] before = Files.readAllBytes(file);

        TimelineEvent first = first();
        robot.interact(() -> state.replaceEvent(first, retitled(first, "Powell speaks at the UN")));
        assertEquals("\u2022 lesson.json \u2014 Timeline Explorer", stage.getTitle(), "unsaved changes are marked");

        robot.clickOn("#timeline");
        robot.push(KeyCode.CONTROL, KeyCode.S);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !state.history().isDirty());
        assertEquals("lesson.json \u2014 Timeline Explorer", stage.getTitle());
        assertEquals(state.getDataset(), new DatasetReader().read(Files.readAllBytes(file), "lesson.json")
                .dataset().orElseThrow(), "every field as the window has it");
        assertArrayEquals(before, Files.readAllBytes(folder.resolve("lesson.json.bak")), "the old version is kept");

        robot.interact(() -> state.history().undo());
        assertEquals("\u2022 lesson.json \u2014 Timeline Explorer", stage.getTitle(),
                "undone past the save: the file holds what the window no longer does");
    }

    @Test
    void aBundledExampleIsSavedAsACopyWhereTheTeacherChooses(FxRobot robot) throws Exception {
        Path copy = folder.resolve("my-copy.json");
        List<Optional<Path>> suggested = new java.util.ArrayList<>();
        controller.saves().askWhereWith(suggestion -> {
            suggested.add(suggestion);
            return Optional.of(copy);
        });
        TimelineEvent first = first();
        robot.interact(() -> state.removeEvent(first));
        robot.interact(() -> controller.saves().save());
        assertEquals(List.of(Optional.empty()), suggested, "asked where, as nothing on disk is the open file");
        assertEquals(state.getWholeDataset(), new DatasetReader().read(Files.readAllBytes(copy), "copy").dataset()
                .orElseThrow(), "the whole dataset, its translations too");
        assertEquals(copy, controller.opening().document().getFile(), "the next save goes to the copy");
    }

    @Test
    void saveAsIntoAnotherFolderKeepsPicturesPointingAtTheSameFiles(FxRobot robot) throws Exception {
        Path lessons = Files.createDirectories(folder.resolve("lessons"));
        Path file = lessons.resolve("lesson.json");
        TimelineEvent first = UiFixture.bundled().events().get(0);
        org.timelineexplorer.model.Dataset pictured = new org.timelineexplorer.model.Dataset(
                UiFixture.bundled().title(), "", "", UiFixture.bundled().eras(),
                List.of(first.withPicture(org.timelineexplorer.model.Picture.ofFile("pictures/powell.png", "Powell",
                        "UN Photo", "Colin Powell holds up a vial"))), List.of());
        Files.write(file, NativeJson.bytes(pictured));
        robot.interact(() -> controller.opening().open(file));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> state.getEvents().size() == 1);
        Path copy = Files.createDirectories(folder.resolve("shared")).resolve("copy.json");
        controller.saves().askWhereWith(suggestion -> Optional.of(copy));
        robot.interact(() -> controller.saves().saveAs());
        TimelineEvent saved = new DatasetReader().read(Files.readAllBytes(copy), "copy").dataset().orElseThrow()
                .events().get(0);
        assertEquals("../lessons/pictures/powell.png", saved.picture().file());
        assertEquals("pictures/powell.png", state.getEvents().get(0).picture().file(),
                "the window's own path stays right for where it was read from");
    }

    @Test
    void aDatasetWithProblemsIsNotWrittenAndTheProblemsAreListed(FxRobot robot) throws Exception {
        Path file = openLesson(robot);
        byte[] before = Files.readAllBytes(file);
        TimelineEvent first = first();
        TimelineEvent backwards = new TimelineEvent(first.id(), first.start(), HistoricalDate.parse("2001-01-01"),
                first.title(), first.text(), first.category(), first.eraId(), first.sources(), first.note(),
                first.display(), first.places());
        robot.interact(() -> state.replaceEvent(first, backwards));
        Platform.runLater(() -> controller.saves().save());
        waitForDialog(robot, "#problem-list");
        javafx.scene.control.ListView<?> list = robot.lookup("#problem-list").queryAs(javafx.scene.control.ListView.class);
        String problems = list.getItems().toString();
        assertTrue(problems.contains("end") && problems.contains("events[0]"), problems);
        assertArrayEquals(before, Files.readAllBytes(file), "the file is as it was");
        assertTrue(state.history().isDirty());
    }

    @Test
    void aFailedSaveLeavesTheOldFileAndNoTemporaryFile(FxRobot robot) throws Exception {
        Path file = openLesson(robot);
        byte[] before = Files.readAllBytes(file);
        Path blocked = folder.resolve("not-a-folder");
        Files.writeString(blocked, "a file where a folder should be");
        controller.saves().askWhereWith(suggestion -> Optional.of(blocked.resolve("lesson.json")));
        TimelineEvent first = first();
        robot.interact(() -> state.removeEvent(first));
        Platform.runLater(() -> controller.saves().saveAs());
        waitForDialog(robot, "#save-question");
        assertTrue(robot.lookup("#save-question").queryAs(DialogPane.class).getHeaderText().contains("not saved"));
        clickButton(robot, "OK");
        assertArrayEquals(before, Files.readAllBytes(file));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of("lesson.json", "not-a-folder"), files.map(p -> p.getFileName().toString()).sorted()
                    .toList(), "no temporary file is left behind");
        }
        assertTrue(state.history().isDirty(), "the changes are still the window's to save");
    }

    @Test
    void closingWithUnsavedChangesAsksAndCancelKeepsEverything(FxRobot robot) throws Exception {
        openLesson(robot);
        TimelineEvent first = first();
        robot.interact(() -> state.removeEvent(first));
        Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        waitForDialog(robot, "#save-question");
        DialogPane question = robot.lookup("#save-question").queryAs(DialogPane.class);
        assertEquals("Save the changes to lesson.json?", question.getHeaderText());
        assertEquals(List.of("Save", "Don’t save", "Cancel"),
                question.getButtonTypes().stream().map(t -> t.getText()).toList());
        clickButton(robot, "Cancel");
        assertTrue(stage.isShowing());
        assertTrue(state.history().isDirty());
    }

    @Test
    void theQuestionsSaveAndDontSaveBothLetTheCallerGoOn(FxRobot robot) throws Exception {
        Path file = openLesson(robot);
        TimelineEvent first = first();
        robot.interact(() -> state.removeEvent(first));

        CompletableFuture<Boolean> dontSave = new CompletableFuture<>();
        Platform.runLater(() -> dontSave.complete(controller.saves().mayDiscardChanges()));
        waitForDialog(robot, "#save-question");
        clickButton(robot, "Don’t save");
        assertTrue(dontSave.get(5, TimeUnit.SECONDS));
        assertTrue(state.history().isDirty(), "nothing was saved");

        CompletableFuture<Boolean> save = new CompletableFuture<>();
        Platform.runLater(() -> save.complete(controller.saves().mayDiscardChanges()));
        waitForDialog(robot, "#save-question");
        clickButton(robot, "Save");
        assertTrue(save.get(5, TimeUnit.SECONDS));
        assertFalse(state.history().isDirty());
        assertEquals(state.getEvents().size(), new DatasetReader().read(Files.readAllBytes(file), "f").dataset()
                .orElseThrow().events().size());
    }

    @Test
    void aFileChangedOnDiskAsksBeforeItIsReplaced(FxRobot robot) throws Exception {
        Path file = openLesson(robot);
        TimelineEvent first = first();
        robot.interact(() -> state.removeEvent(first));
        Files.writeString(file, Files.readString(file).replace("\"title\"", "\"title\" ").trim() + "\n\n");
        byte[] theirs = Files.readAllBytes(file);
        Platform.runLater(() -> controller.saves().save());
        waitForDialog(robot, "#save-question");
        assertTrue(robot.lookup("#save-question").queryAs(DialogPane.class).getHeaderText()
                .contains("changed on disk"));
        clickButton(robot, "Cancel");
        assertArrayEquals(theirs, Files.readAllBytes(file), "the other program's version stays");
    }

    @Test
    void anotherFileOpensOnlyAfterTheQuestion(FxRobot robot) throws Exception {
        openLesson(robot);
        TimelineEvent first = first();
        robot.interact(() -> state.removeEvent(first));
        int events = state.getEvents().size();
        Path other = folder.resolve("other.json");
        Files.write(other, NativeJson.bytes(UiFixture.bundled()));
        Platform.runLater(() -> controller.opening().open(other));
        waitForDialog(robot, "#save-question");
        clickButton(robot, "Cancel");
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        assertEquals(events, state.getEvents().size(), "the open timeline and its changes stay");
        assertEquals("lesson.json", controller.opening().document().nameProperty().get());
    }

}
