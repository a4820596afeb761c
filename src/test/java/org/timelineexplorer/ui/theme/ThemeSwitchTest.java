package org.timelineexplorer.ui.theme;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.timeline.TimelineView;
import org.timelineexplorer.ui.presentation.ClassroomFixture;
import org.timelineexplorer.ui.presentation.TestWindow;

import java.util.UUID;
import java.util.prefs.Preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A teacher switches the theme and the text size from the View menu and the keyboard. */
@ExtendWith(ApplicationExtension.class)
class ThemeSwitchTest {

    /** A node of its own per test, never removed: the window may still write to it as the shared stage is reused. */
    private final Preferences prefs = Preferences.userRoot().node("timelineexplorer-test/" + UUID.randomUUID());
    private Stage stage;
    private TestWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = new TestWindow(stage, new AppState(ClassroomFixture.dataset()), prefs);
    }


    private Color background(Region region) {
        region.applyCss();
        return (Color) region.getBackground().getFills().get(0).getFill();
    }

    /** Opens View → Theme and picks a theme, moving along the submenu as a hand would so that it stays open. */
    private static void chooseTheme(FxRobot robot, String name) {
        robot.clickOn("_View").moveTo("Theme");
        Point2D theme = robot.point("Theme").query();
        Bounds item = robot.lookup(name).query().localToScreen(robot.lookup(name).query().getBoundsInLocal());
        robot.moveTo(new Point2D(item.getMinX() + 20, theme.getY()));
        robot.moveTo(new Point2D(item.getMinX() + 20, item.getCenterY()));
        robot.clickOn(MouseButton.PRIMARY);
    }

    @Test
    void theViewMenuSwitchesTheThemeAndItSurvivesARestart(FxRobot robot) {
        Region root = (Region) stage.getScene().getRoot();
        assertTrue(root.getStyleClass().contains("theme-light"));
        robot.interact(() -> assertEquals(Color.web("#FAFAF7"), background(root)));

        chooseTheme(robot, "Dark");

        assertTrue(root.getStyleClass().contains("theme-dark"));
        assertFalse(root.getStyleClass().contains("theme-light"));
        assertTrue(stage.getScene().getStylesheets().contains(Theme.DARK.stylesheet()));
        assertFalse(stage.getScene().getStylesheets().contains(Theme.LIGHT.stylesheet()));
        robot.interact(() -> assertEquals(Color.web("#1C1D1F"), background(root)));

        robot.interact(() -> {
            Stage next = new Stage();
            TestWindow again = new TestWindow(next, new AppState(ClassroomFixture.dataset()), prefs);
            assertTrue(again.root.getStyleClass().contains("theme-dark"));
            assertEquals(Color.web("#1C1D1F"), background(again.root));
            next.close();
        });
    }

    @Test
    void highContrastIsBlackWithWhiteText(FxRobot robot) {
        chooseTheme(robot, "High contrast");
        robot.interact(() -> {
            assertEquals(Color.BLACK, background(window.root));
            assertEquals(Color.WHITE, window.title.getTextFill());
        });
    }

    @Test
    void ctrlPlusGrowsAndCtrlMinusShrinksTheWholeInterface(FxRobot robot) {
        TimelineView timeline = robot.lookup(".timeline-view").queryAs(TimelineView.class);
        Label detailTitle = robot.lookup("#detail-title").queryAs(Label.class);
        Label status = robot.lookup("#status-count").queryAs(Label.class);
        double before = timeline.getLabelFont().getSize();
        double titleBefore = window.title.getFont().getSize();
        double detailBefore = detailTitle.getFont().getSize();
        double statusBefore = status.getFont().getSize();

        robot.press(KeyCode.CONTROL, KeyCode.PLUS).release(KeyCode.PLUS, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);

        assertEquals(18, window.appearance.getFontSize());
        assertTrue(window.root.getStyle().contains("-fx-font-size: 18px"));
        robot.interact(() -> window.root.applyCss());
        assertTrue(timeline.getLabelFont().getSize() > before, "the timeline's labels grow with the root");
        assertEquals(titleBefore * 18 / 15, window.title.getFont().getSize(), 0.5, "the dataset title grows");
        assertEquals(detailBefore * 18 / 15, detailTitle.getFont().getSize(), 0.5, "the detail pane grows");
        assertEquals(statusBefore * 18 / 15, status.getFont().getSize(), 0.5, "the status bar grows");

        robot.press(KeyCode.CONTROL, KeyCode.MINUS).release(KeyCode.MINUS, KeyCode.CONTROL);
        assertEquals(16, window.appearance.getFontSize());
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        assertEquals(15, window.appearance.getFontSize());
    }

    @Test
    void textSizeAndPresentKeysWorkFromTheSearchBox(FxRobot robot) {
        robot.clickOn("#search-field");
        robot.press(KeyCode.CONTROL, KeyCode.PLUS).release(KeyCode.PLUS, KeyCode.CONTROL);
        assertEquals(16, window.appearance.getFontSize());
        robot.press(KeyCode.F5).release(KeyCode.F5);
        assertTrue(window.presentationMode.isActive());
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        assertFalse(window.presentationMode.isActive());
    }

    @Test
    void presentationModeStartsAt28px(FxRobot robot) {
        robot.press(KeyCode.F5).release(KeyCode.F5);
        assertTrue(stage.getScene().getRoot().getStyle().contains("-fx-font-size: 28px"));
        assertTrue(stage.getScene().getRoot().getStyleClass().contains("theme-light"));
        robot.press(KeyCode.CONTROL, KeyCode.PLUS).release(KeyCode.PLUS, KeyCode.CONTROL);
        assertTrue(stage.getScene().getRoot().getStyle().contains("-fx-font-size: 30px"));
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        assertTrue(window.root.getStyle().contains("-fx-font-size: 16px"));
    }
}
