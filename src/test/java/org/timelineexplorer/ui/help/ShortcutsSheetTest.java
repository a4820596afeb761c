package org.timelineexplorer.ui.help;

import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.ui.presentation.ClassroomFixture;
import org.timelineexplorer.ui.presentation.TestWindow;
import org.timelineexplorer.ui.theme.Theme;

import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Help → Keyboard shortcuts opens a sheet that lists the one list of keys; menus show the same keys. */
@ExtendWith(ApplicationExtension.class)
class ShortcutsSheetTest {

    /** A node of its own per test, never removed: the window may still write to it as the shared stage is reused. */
    private final Preferences prefs = Preferences.userRoot().node("timelineexplorer-test/" + UUID.randomUUID());
    private TestWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = new TestWindow(stage, new AppState(ClassroomFixture.dataset()), prefs);
    }

    @AfterEach
    void cleanUp(FxRobot robot) {
        robot.interact(() -> List.copyOf(Window.getWindows()).stream()
                .filter(w -> w != stage).forEach(Window::hide));
    }

    @SuppressWarnings("unchecked")
    private TableView<Shortcut> sheet(FxRobot robot) {
        return robot.lookup("#" + ShortcutsSheet.TABLE_ID).queryAs(TableView.class);
    }

    @Test
    void theHelpMenuOpensASheetOfEveryShortcut(FxRobot robot) {
        robot.clickOn("_Help").clickOn("Keyboard shortcuts…");

        TableView<Shortcut> table = sheet(robot);
        assertEquals(Shortcuts.all(), table.getItems());
        assertTrue(robot.lookup("F5").tryQuery().isPresent(), "F5 is on screen");
        assertTrue(robot.lookup("Present: full screen, one event at a time").tryQuery().isPresent());
    }

    @Test
    void theSheetListsTheMapsKeys(FxRobot robot) {
        robot.press(KeyCode.F1).release(KeyCode.F1);

        TableView<Shortcut> table = sheet(robot);
        assertTrue(table.getItems().stream().anyMatch(s -> s.area() == Shortcut.Area.MAP
                && s.action().equals("Zoom the map in") && s.label().equals("+")));
        robot.interact(() -> table.scrollTo(Shortcuts.MAP_FIT));
        assertTrue(robot.lookup("Fit the map to the events’ places").tryQuery().isPresent(), "the sheet shows it");
    }

    @Test
    void f1OpensTheSheetInTheWindowsTheme(FxRobot robot) {
        robot.interact(() -> window.appearance.setTheme(Theme.HIGH_CONTRAST));
        robot.press(KeyCode.F1).release(KeyCode.F1);

        TableView<Shortcut> table = sheet(robot);
        assertTrue(table.getScene().getRoot().lookup(".dialog-pane").getStyleClass()
                .contains(Theme.HIGH_CONTRAST.styleClass()));
    }

    @Test
    void menuItemsShowTheirKeys() {
        List<MenuItem> view = window.viewMenu.getItems();
        assertTrue(view.stream().anyMatch(i -> Shortcuts.PRESENT.accelerator().equals(i.getAccelerator())));
        assertTrue(view.stream().anyMatch(i -> Shortcuts.LARGER_TEXT.accelerator().equals(i.getAccelerator())));
        assertTrue(view.stream().anyMatch(i -> Shortcuts.SMALLER_TEXT.accelerator().equals(i.getAccelerator())));
        assertTrue(view.stream().anyMatch(i -> Shortcuts.RESET_TEXT.accelerator().equals(i.getAccelerator())));
    }
}
