package org.timelineexplorer.timeline;

import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.timelineexplorer.model.TimelineEvent;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The timeline's keys are bindings handed to it: its own until an application hands it others. */
@ExtendWith(ApplicationExtension.class)
class TimelineKeysTest {

    private final List<TimelineEvent> events = SampleTimeline.events();
    private TimelineView view;

    @Start
    void start(Stage stage) {
        view = new TimelineView(FXCollections.observableArrayList(events),
                FXCollections.observableArrayList(SampleTimeline.eras()));
        view.setAnimated(false);
        stage.setScene(new Scene(view, 900, 400));
        stage.show();
        view.requestFocus();
    }

    @Test
    void keysHandedToTheTimelineReplaceItsOwn(FxRobot robot) {
        robot.interact(() -> view.setKeys(TimelineKeys.of(Map.of(
                TimelineAction.NEXT_EVENT, List.of(new KeyCodeCombination(KeyCode.N)),
                TimelineAction.FIRST_EVENT, List.of(new KeyCodeCombination(KeyCode.F))))));
        robot.type(KeyCode.N);
        assertSame(events.get(0), view.getSelectedEvent(), "N selects the first event in view");
        robot.type(KeyCode.N);
        assertSame(events.get(1), view.getSelectedEvent(), "and then the next");
        robot.type(KeyCode.RIGHT);
        assertSame(events.get(1), view.getSelectedEvent(), "Right is no longer bound");
        robot.type(KeyCode.F);
        assertSame(events.get(0), view.getSelectedEvent());
        assertEquals("N: select the next event. F: select the first event.", view.getAccessibleHelp(),
                "a screen reader hears the keys the timeline has");

        robot.interact(() -> view.setKeys(TimelineKeys.defaults()));
        robot.type(KeyCode.END);
        assertSame(events.get(events.size() - 1), view.getSelectedEvent(), "its own keys again");
    }

    @Test
    void theDefaultsLeaveCtrlToTheApplication() {
        for (TimelineAction action : TimelineAction.values()) {
            assertTrue(!TimelineKeys.defaults().keys(action).isEmpty(), action + " has a key of its own");
            TimelineKeys.defaults().keys(action).forEach(key -> assertEquals(
                    javafx.scene.input.KeyCombination.ModifierValue.UP, ((KeyCodeCombination) key).getShortcut(),
                    key + " leaves the shortcut key to the application"));
        }
        assertNull(TimelineKeys.of(Map.of()).actionFor(new javafx.scene.input.KeyEvent(
                javafx.scene.input.KeyEvent.KEY_PRESSED, "", "", KeyCode.RIGHT, false, false, false, false))
                .orElse(null), "no bindings, no actions");
    }
}
