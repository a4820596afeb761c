package org.timelineexplorer.ui;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.model.DatePrecision;
import org.timelineexplorer.model.HistoricalDate;
import org.timelineexplorer.model.TimelineEvent;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A teacher makes a timeline with the forms and the keys: new, add, a typing mistake, edit, duplicate, delete. */
@ExtendWith(ApplicationExtension.class)
class EventFormWindowTest {

    private Stage stage;
    private AppState state;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        state = new AppState(UiFixture.bundled());
        UiFixture.show(stage, state, UiFixture.freshSettings(), 1280, 720);
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        robot.interact(() -> List.copyOf(Window.getWindows()).stream().filter(w -> w != stage).forEach(Window::hide));
    }

    private void waitFor(FxRobot robot, String query) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void type(FxRobot robot, String field, String text) {
        TextField input = robot.lookup(field).queryAs(TextField.class);
        robot.clickOn(input);
        robot.interact(input::selectAll);
        robot.write(text);
    }

    private Button ok(FxRobot robot) {
        DialogPane pane = robot.lookup("#event-form").queryAs(DialogPane.class);
        return (Button) pane.lookupButton(ButtonType.OK);
    }

    @SuppressWarnings("unchecked")
    private ListView<TimelineEvent> list(FxRobot robot) {
        return robot.lookup("#event-list").queryAs(ListView.class);
    }

    @Test
    void aNewTimelineGetsEventsTypedIntoTheForm(FxRobot robot) throws Exception {
        robot.clickOn("#timeline");
        robot.push(KeyCode.CONTROL, KeyCode.N);
        waitFor(robot, "#new-timeline-dialog");
        TextField titleField = robot.lookup("#new-timeline-dialog .text-field").queryAs(TextField.class);
        robot.clickOn(titleField);
        robot.interact(titleField::selectAll);
        robot.write("Our class timeline");
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Our class timeline", robot.lookup("#dataset-title").queryLabeled().getText());
        assertEquals(0, list(robot).getItems().size());

        robot.clickOn("#timeline");
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A);
        waitFor(robot, "#event-form");
        type(robot, "#form-date", "2003-02-30");
        Label problem = robot.lookup("#problem-date").queryAs(Label.class);
        String expected;
        try {
            HistoricalDate.parse("2003-02-30");
            throw new AssertionError("parsed");
        } catch (java.time.DateTimeException e) {
            expected = e.getMessage();
        }
        assertEquals(expected, problem.getText(), "the loader's own message, under the field");
        assertTrue(problem.isVisible());
        assertTrue(ok(robot).isDisabled(), "a form with a problem cannot be confirmed");

        type(robot, "#form-date", "2003-04");
        assertFalse(problem.isVisible());
        type(robot, "#form-title", "Baghdad falls");
        assertFalse(ok(robot).isDisabled());
        robot.clickOn(ok(robot));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(1, list(robot).getItems().size());
        TimelineEvent added = list(robot).getItems().get(0);
        assertEquals("Baghdad falls", added.title());
        assertEquals(DatePrecision.MONTH, added.start().precision());
        assertEquals("baghdad-falls", added.id());
        assertEquals(added, state.getSelectedEvent());
        assertEquals("Baghdad falls", robot.lookup("#detail-title").queryLabeled().getText());
        assertEquals("Undo addition of ‘Baghdad falls’", state.history().undoTextProperty().get());
    }

    @Test
    void theSelectedEventIsEditedDuplicatedAndDeletedFromTheKeys(FxRobot robot) throws Exception {
        TimelineEvent first = state.getEvents().get(0);
        int total = state.getEvents().size();
        robot.interact(() -> {
            state.setSelectedEvent(first);
            robot.lookup("#timeline").query().requestFocus();
        });

        robot.push(KeyCode.F2);
        waitFor(robot, "#event-form");
        assertEquals(first.title(), robot.lookup("#form-title").queryAs(TextField.class).getText(),
                "the form starts with the event as it is");
        type(robot, "#form-title", "Powell at the Security Council");
        robot.clickOn(ok(robot));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Powell at the Security Council", robot.lookup("#detail-title").queryLabeled().getText());
        assertEquals(first.start(), state.getSelectedEvent().start(), "fields not touched stay as they were");
        assertEquals(first.sources(), state.getSelectedEvent().sources());

        robot.interact(() -> robot.lookup("#timeline").query().requestFocus());
        robot.push(KeyCode.CONTROL, KeyCode.D);
        assertEquals(total + 1, list(robot).getItems().size());
        assertEquals("Powell at the Security Council (copy)", state.getSelectedEvent().title());

        robot.push(KeyCode.DELETE);
        assertEquals(total, list(robot).getItems().size(), "Delete asks nothing");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(total + 1, list(robot).getItems().size(), "and can be undone");
    }
}
