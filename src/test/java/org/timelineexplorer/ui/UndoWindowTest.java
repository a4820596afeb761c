package org.timelineexplorer.ui;

import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.model.FigureSeries;
import org.timelineexplorer.model.TimelineEvent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Edits as the window shows them, and Edit → Undo and Redo from the menu and the keys. */
@ExtendWith(ApplicationExtension.class)
class UndoWindowTest {

    private AppState state;
    private MainWindowController controller;
    private int total;

    @Start
    void start(Stage stage) {
        state = new AppState(UiFixture.bundled());
        total = state.getEvents().size();
        controller = UiFixture.show(stage, state, UiFixture.freshSettings(), 1280, 720);
    }

    private String text(FxRobot robot, String query) {
        return robot.lookup(query).queryLabeled().getText();
    }

    @SuppressWarnings("unchecked")
    private ListView<TimelineEvent> list(FxRobot robot) {
        return robot.lookup("#event-list").queryAs(ListView.class);
    }

    private MenuItem item(String id) {
        return controller.menu().editMenu().getItems().stream().filter(i -> id.equals(i.getId())).findFirst()
                .orElseThrow();
    }

    private TimelineEvent event(String id) {
        return state.getEvents().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theEditMenuNamesTheStepAndTheKeysTakeItBackAndForth(FxRobot robot) {
        assertTrue(item("undo-item").isDisable(), "nothing to undo in a file just opened");
        assertEquals("Undo", item("undo-item").getText());

        TimelineEvent first = state.getEvents().get(0);
        robot.interact(() -> state.removeEvent(first));
        assertEquals((total - 1) + " of " + (total - 1) + " events shown", text(robot, "#status-count"));
        assertFalse(list(robot).getItems().contains(first));
        assertEquals("Undo deletion of ‘" + first.title() + "’", item("undo-item").getText());
        assertFalse(item("undo-item").isDisable());

        robot.clickOn("#timeline");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(total + " of " + total + " events shown", text(robot, "#status-count"));
        assertEquals(first, list(robot).getItems().get(0), "back at its place");
        assertEquals("Redo deletion of ‘" + first.title() + "’", item("redo-item").getText());

        robot.push(KeyCode.CONTROL, KeyCode.Y);
        assertEquals((total - 1) + " of " + (total - 1) + " events shown", text(robot, "#status-count"));
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        assertEquals((total - 1) + " of " + (total - 1) + " events shown", text(robot, "#status-count"),
                "Ctrl+Shift+Z redoes too");
    }

    /** An event's edit leaves the figures' series buttons as they are; an edit of a series makes them anew. */
    @Test
    void movingAnEventKeepsTheSeriesButtonsAndRenamingASeriesRelabelsThem(FxRobot robot) {
        javafx.scene.Node troops = robot.lookup("#series-us-troops").query();
        TimelineEvent first = state.getEvents().get(0);
        robot.interact(() -> state.moveEvent(first, first.movedBy(1)));
        assertSame(troops, robot.lookup("#series-us-troops").query(), "the same button after an event moved");

        FigureSeries series = state.getDataset().series().get(0);
        FigureSeries renamed = new FigureSeries(series.id(), "Renamed troops", series.unit(), series.style(),
                series.source(), series.points(), series.estimates(), series.extras());
        robot.interact(() -> state.replaceSeries(series, renamed));
        assertEquals("Renamed troops",
                ((javafx.scene.control.ToggleButton) robot.lookup("#series-" + series.id()).query()).getText());
        robot.interact(() -> state.history().undo());
        assertEquals(series.title(),
                ((javafx.scene.control.ToggleButton) robot.lookup("#series-" + series.id()).query()).getText());
    }

    @Test
    void anEditedEventShowsInTheDetailPaneAndANewCategoryInTheFilter(FxRobot robot) {
        TimelineEvent baghdad = state.getEvents().stream().filter(e -> e.title().contains("Baghdad")).findFirst()
                .orElseThrow();
        robot.interact(() -> state.setSelectedEvent(baghdad));
        TimelineEvent edited = new TimelineEvent(baghdad.id(), baghdad.start(), baghdad.end(), "Baghdad is taken",
                baghdad.text(), "turning points", baghdad.eraId(), baghdad.sources(), baghdad.note(),
                baghdad.display(), baghdad.places());
        robot.interact(() -> state.replaceEvent(baghdad, edited));

        assertEquals("Baghdad is taken", text(robot, "#detail-title"), "the selection follows the edited event");
        @SuppressWarnings("unchecked")
        CheckComboBox<String> filter = robot.lookup("#category-filter").queryAs(CheckComboBox.class);
        assertTrue(filter.getItems().contains("turning points"));
        assertTrue(filter.getCheckModel().isChecked("turning points"), "a new category is shown");

        robot.interact(() -> state.history().undo());
        assertEquals(baghdad.title(), text(robot, "#detail-title"));
        assertFalse(filter.getItems().contains("turning points"), "its only event went back to its category");
        assertEquals(baghdad, event(baghdad.id()));
    }
}
