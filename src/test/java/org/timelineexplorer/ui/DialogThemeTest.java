package org.timelineexplorer.ui;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.ui.theme.Appearance;
import org.timelineexplorer.ui.theme.Theme;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every dialog the window opens wears the window's theme and text size, checked by the colour most of its pixels
 * have: the theme's page or surface colour, never another theme's. Each is saved to {@code target/screenshots} in
 * every theme for a person to look at. Menus and tooltips, which are popups rather than windows, follow too.
 */
@ExtendWith(ApplicationExtension.class)
class DialogThemeTest {

    /** A dialog's background is its theme's page or surface colour. */
    private static Set<Color> backgrounds(Theme theme) {
        return new HashSet<>(List.of(UiFixture.page(theme), UiFixture.surface(theme)));
    }

    private Stage stage;
    private MainWindowController controller;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        controller = UiFixture.show(stage, new AppState(UiFixture.bundled()), UiFixture.freshSettings(), 1280, 720);
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        robot.interact(() -> List.copyOf(Window.getWindows()).stream().filter(w -> w != stage).forEach(Window::hide));
    }

    private Appearance look() {
        return controller.classroom().appearance();
    }

    /** The one window (not a popup) that shows over the main window, once it has shown. */
    private Stage dialogWindow() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> openDialog().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return openDialog().orElseThrow();
    }

    private Optional<Stage> openDialog() {
        return Window.getWindows().stream()
                .filter(w -> w != stage && w.isShowing() && !(w instanceof PopupWindow) && w instanceof Stage)
                .map(Stage.class::cast).findFirst();
    }

    /** Opens a dialog in each theme, checks and saves its picture, and closes it again. */
    private void checkInEveryTheme(FxRobot robot, String name, Runnable open) throws Exception {
        for (Theme theme : Theme.values()) {
            robot.interact(() -> look().setTheme(theme));
            robot.interact(open);
            Stage dialog = dialogWindow();
            Scene scene = dialog.getScene();
            assertEquals(stage, dialog.getOwner(), name + " belongs to the window");
            WritableImage[] picture = new WritableImage[1];
            robot.interact(() -> picture[0] = scene.snapshot(null));
            Pixels.save(picture[0], "dialog-" + name + "-" + theme.name().toLowerCase(Locale.ROOT));
            Color background = Pixels.dominant(picture[0]);
            assertTrue(backgrounds(theme).contains(background),
                    name + " in " + theme + " has the background " + background);
            if (theme == Theme.DARK) {
                assertTrue(Pixels.luminance(background) < 0.05, name + " is dark in the dark theme");
            }
            assertEquals(look().getFontSize() + "", scene.getRoot().getStyle().replaceAll("\\D", ""),
                    name + " reads at the window's text size");
            robot.interact(dialog::hide);
        }
    }

    private void fire(List<MenuItem> items, String id) {
        items.stream().filter(item -> id.equals(item.getId())).findFirst().orElseThrow().fire();
    }

    @Test
    void helpAbout(FxRobot robot) throws Exception {
        checkInEveryTheme(robot, "about", () -> fire(controller.menu().helpMenu().getItems(), "about-item"));
    }

    @Test
    void keyboardShortcuts(FxRobot robot) throws Exception {
        checkInEveryTheme(robot, "shortcuts",
                () -> fire(controller.menu().helpMenu().getItems(), "keyboard-shortcuts-menu-item"));
    }

    @Test
    void theProblemsOfAFileThatDoesNotOpen(FxRobot robot, @TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("homework.json"), """
                { "title": "Homework", "eras": [],
                  "events": [ { "id": "a", "date": "2003-13", "title": "Month thirteen" } ] }
                """);
        checkInEveryTheme(robot, "problems", () -> controller.opening().open(bad));
    }

    @Test
    void exportChartAsPng(FxRobot robot) throws Exception {
        // The options dialog waits for an answer: open it after this turn of the event loop, as a key press would.
        checkInEveryTheme(robot, "export-chart", () -> Platform.runLater(controller.exports()::exportChart));
    }

    @Test
    void exportTimelineAsPng(FxRobot robot) throws Exception {
        checkInEveryTheme(robot, "export-timeline", () -> Platform.runLater(controller.exports()::exportTimeline));
    }

    @Test
    void aPictureThatCouldNotBeSaved(FxRobot robot, @TempDir Path dir) throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("notes.txt"), "a file, not a folder");
        checkInEveryTheme(robot, "not-saved", () -> controller.exports().save(
                controller.exports().chartImage(new org.timelineexplorer.export.PictureSize(800, 450, 1)), notAFolder.resolve("chart.png")));
    }

    @Test
    void anOpenSheetFollowsTheThemeAndTheTextSize(FxRobot robot) throws Exception {
        robot.interact(() -> fire(controller.menu().helpMenu().getItems(), "keyboard-shortcuts-menu-item"));
        Scene sheet = dialogWindow().getScene();
        robot.interact(() -> look().setTheme(Theme.DARK));
        robot.press(KeyCode.CONTROL, KeyCode.PLUS).release(KeyCode.PLUS, KeyCode.CONTROL);

        WritableImage[] picture = new WritableImage[1];
        robot.interact(() -> picture[0] = sheet.snapshot(null));
        assertTrue(backgrounds(Theme.DARK).contains(Pixels.dominant(picture[0])), "the open sheet turned dark");
        assertTrue(sheet.getRoot().getStyle().contains("-fx-font-size: 16px"), sheet.getRoot().getStyle());
        DialogPane pane = (DialogPane) sheet.getRoot();
        Button close = (Button) pane.lookupButton(ButtonType.CLOSE);
        assertEquals(16, close.getFont().getSize(), 0.5, "its buttons read at the window's size");
    }

    private static Color dominantColourOf(FxRobot robot, Window popup) {
        WritableImage[] picture = new WritableImage[1];
        robot.interact(() -> picture[0] = popup.getScene().getRoot().snapshot(null, null));
        return Pixels.dominant(picture[0]);
    }

    private static Optional<PopupWindow> showing(Class<? extends PopupWindow> type) {
        return Window.getWindows().stream().filter(w -> type.isInstance(w) && w.isShowing())
                .map(PopupWindow.class::cast).findFirst();
    }

    @Test
    void menusAndTooltipsWearTheThemeToo(FxRobot robot) throws Exception {
        for (Theme theme : List.of(Theme.DARK, Theme.LIGHT)) {
            robot.interact(() -> look().setTheme(theme));
            robot.clickOn("_View");
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> showing(ContextMenu.class).isPresent());
            Color menu = dominantColourOf(robot, showing(ContextMenu.class).orElseThrow());
            assertTrue(backgrounds(theme).contains(menu), "the View menu in " + theme + " is " + menu);
            robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);

            Node point = robot.lookup(".chart-line-symbol").queryAll().stream()
                    .filter(n -> n.getAccessibleText().startsWith("2007:")).findFirst().orElseThrow();
            robot.moveTo(point);
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> showing(Tooltip.class).isPresent());
            Color tip = dominantColourOf(robot, showing(Tooltip.class).orElseThrow());
            Color ink = theme == Theme.DARK ? Color.web("#EDEDED") : Color.web("#1B1B1B");
            assertEquals(ink, tip, "a tooltip is the theme's ink with the page's colour for text");
            robot.moveTo(robot.lookup("#dataset-title").queryAs(Node.class));
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> showing(Tooltip.class).isEmpty());
        }
    }
}
