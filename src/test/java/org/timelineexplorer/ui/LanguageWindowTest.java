package org.timelineexplorer.ui;

import javafx.geometry.Bounds;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.timelineexplorer.chart.FiguresChart;
import org.timelineexplorer.i18n.Language;
import org.timelineexplorer.i18n.Messages;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.model.TimelineEvent;
import org.timelineexplorer.timeline.TimelineView;
import org.timelineexplorer.ui.settings.UserSettings;

import java.lang.ref.WeakReference;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * View → Language as a teacher uses it: the window speaks the language chosen at once, in the same stage, with the
 * same timeline and selection; Arabic lays the window out right to left while the timeline keeps left to right; the
 * choice is remembered for the next start, and {@code --lang} wins over it.
 */
@ExtendWith(ApplicationExtension.class)
class LanguageWindowTest {

    private Stage stage;
    private AppState state;
    private UserSettings settings;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Messages.use(Language.ENGLISH);
        state = new AppState(UiFixture.bundled());
        settings = UiFixture.freshSettings();
        window = open(Optional.of(Language.ENGLISH));
    }

    @AfterEach
    void backToEnglish(FxRobot robot) {
        UiFixture.closeDialogs(robot, stage);
        Messages.use(Language.ENGLISH);
        Messages.useWesternDigits(false);
    }

    private MainWindow open(Optional<Language> asked) {
        MainWindow opened = MainWindow.create(stage, state, settings, asked);
        stage.setWidth(1280);
        stage.setHeight(720);
        opened.show(1280, 720);
        stage.show();
        return opened;
    }

    private static void choose(FxRobot robot, Language language) {
        openLanguageMenu(robot);
        clickInSubmenu(robot, "#language-item-" + language.tag());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void openLanguageMenu(FxRobot robot) {
        clickShown(robot, "#view-menu");
        clickShown(robot, "#language-menu");
    }

    /** Clicks the node {@code query} finds in a window on screen: a menu's items are found in its popup. */
    private static void clickShown(FxRobot robot, String query) {
        robot.clickOn(shown(robot, query));
    }

    /**
     * Goes sideways into the open submenu before going to {@code query} in it, as a hand does: a slant across the
     * menu's other items would close the submenu on the way.
     */
    private static void clickInSubmenu(FxRobot robot, String query) {
        Node item = shown(robot, query);
        Bounds bounds = item.localToScreen(item.getBoundsInLocal());
        robot.moveTo(new Point2D(bounds.getCenterX(), robot.point(shown(robot, "#language-menu")).query().getY()));
        robot.moveTo(new Point2D(bounds.getCenterX(), bounds.getCenterY())).clickOn(MouseButton.PRIMARY);
    }

    private static Node shown(FxRobot robot, String query) {
        return robot.lookup(query).match((Node node) -> node.getScene() != null && node.getScene().getWindow() != null
                && node.getScene().getWindow().isShowing()).queryAs(Node.class);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static String menuText(FxRobot robot, String id) {
        return robot.lookup("#menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .filter(menu -> id.equals(menu.getId())).findFirst().orElseThrow().getText();
    }

    private static double screenX(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        return node.localToScreen(node.getBoundsInLocal()).getMinX();
    }

    @Test
    void frenchFromTheViewMenuRenamesTheMenusAndKeepsTheSelection(FxRobot robot) throws Exception {
        TimelineEvent invasion = state.getEvents().stream().filter(e -> e.id().equals("invasion-begins")).findFirst()
                .orElseThrow();
        robot.interact(() -> state.setSelectedEvent(invasion));
        Parent before = stage.getScene().getRoot();

        choose(robot, Language.FRENCH);

        assertFalse(before == stage.getScene().getRoot(), "the views are built anew");
        assertEquals("_Fichier", menuText(robot, "file-menu"));
        assertEquals("É_dition", menuText(robot, "edit-menu"));
        assertEquals("_Affichage", menuText(robot, "view-menu"));
        assertEquals("Toutes les années", robot.lookup("#era-all").queryButton().getText());
        assertEquals("Événement", text(robot, "#detail-kind"));
        assertEquals("20 mars 2003", text(robot, "#detail-date"));
        assertSame(state.getSelectedEvent(), robot.lookup("#event-list").queryListView().getSelectionModel()
                .getSelectedItem(), "the selection survives in the new list");
        assertTrue(robot.lookup("#status-count").queryAs(Label.class).getText().contains("affichés"));
        assertEquals(Language.FRENCH, Messages.language());
        ScreensInFrenchTest.snapshot(robot, stage.getScene().getRoot(), "main-window-fr");
    }

    @Test
    void arabicLaysTheWindowOutRightToLeftButNotTheTimeline(FxRobot robot) throws Exception {
        choose(robot, Language.ARABIC);

        assertEquals("_ملف", menuText(robot, "file-menu"));
        assertEquals("_مساعدة", menuText(robot, "help-menu"));
        assertTrue(screenX(robot, "#file-menu") > screenX(robot, "#help-menu"),
                "the menu bar starts on the right: File is right of Help");
        assertTrue(screenX(robot, "#detail-pane") < screenX(robot, "#timeline"),
                "the detail pane is on the left of the timeline, mirrored");
        assertEquals(NodeOrientation.RIGHT_TO_LEFT, stage.getScene().getRoot().getEffectiveNodeOrientation());
        assertEquals(NodeOrientation.LEFT_TO_RIGHT,
                robot.lookup("#timeline").query().getEffectiveNodeOrientation(), "time runs left to right");
        assertTrue(text(robot, "#event-list-heading").startsWith("ال_أحداث"), "an Arabic heading");
        assertTrue(text(robot, "#status-count").matches(".*[٠-٩].*"), "counts in Iraq's digits: "
                + text(robot, "#status-count"));
        ScreensInFrenchTest.snapshot(robot, stage.getScene().getRoot(), "main-window-ar");
    }

    @Test
    void arabicDialogsAndWindowsRunRightToLeftToo(FxRobot robot) throws Exception {
        choose(robot, Language.ARABIC);

        clickShown(robot, "#help-menu");
        clickShown(robot, "#about-item");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#about-dialog").tryQuery().isPresent());
        assertEquals(NodeOrientation.RIGHT_TO_LEFT,
                robot.lookup("#about-dialog").query().getEffectiveNodeOrientation(), "the About box");
        assertTrue(robot.lookup("#about-dialog").queryAs(DialogPane.class).getScene().getWindow() instanceof Stage about
                && about.getTitle().startsWith("حول"), "in Arabic");
        UiFixture.closeDialogs(robot, stage);

        robot.interact(() -> window.controller().quiz().show());
        Stage quiz = window.controller().quiz().stage();
        assertEquals(NodeOrientation.RIGHT_TO_LEFT, quiz.getScene().getRoot().getEffectiveNodeOrientation(),
                "the quiz window");

        // The quiz window covers the main window's menu here: the choice is made as its menu item makes it.
        robot.interact(() -> state.setLanguage(Language.ENGLISH));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(quiz.isShowing(), "the switch closed the quiz, which spoke Arabic");
        robot.interact(() -> window.controller().quiz().show());
        assertEquals(NodeOrientation.LEFT_TO_RIGHT,
                window.controller().quiz().stage().getScene().getRoot().getEffectiveNodeOrientation());
    }

    /**
     * Time runs the way each language writes by default (see the README on time in Arabic); the teacher's choice is
     * kept for that language alone, so that English stays left to right after Arabic was turned round.
     */
    @Test
    void timeRunsRightToLeftInArabicUntilTheTeacherTurnsItRound(FxRobot robot) {
        assertFalse(timeRightToLeft(robot), "English: left to right");

        choose(robot, Language.ARABIC);
        assertTrue(timeRightToLeft(robot), "Arabic: right to left, as its text runs");
        clickShown(robot, "#view-menu");
        clickShown(robot, "#time-right-to-left-item");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(timeRightToLeft(robot), "turned round from the View menu");

        choose(robot, Language.ENGLISH);
        assertFalse(timeRightToLeft(robot));
        choose(robot, Language.ARABIC);
        assertFalse(timeRightToLeft(robot), "the choice for Arabic is remembered");
    }

    /** Whether the menu item is ticked, and the timeline and chart on screen run that way. */
    private static boolean timeRightToLeft(FxRobot robot) {
        boolean ticked = ((CheckMenuItem) viewMenuItem(robot, "time-right-to-left-item")).isSelected();
        assertEquals(ticked, robot.lookup("#timeline").queryAs(TimelineView.class).isTimeRightToLeft());
        assertEquals(ticked, robot.lookup(".figures-chart").queryAs(FiguresChart.class).isTimeRightToLeft());
        return ticked;
    }

    private static MenuItem viewMenuItem(FxRobot robot, String id) {
        return robot.lookup("#menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .filter(menu -> "view-menu".equals(menu.getId())).findFirst().orElseThrow().getItems().stream()
                .filter(item -> id.equals(item.getId())).findFirst().orElseThrow();
    }

    @Test
    void westernDigitsAreOfferedForArabicOnly(FxRobot robot) {
        CheckMenuItem digits = (CheckMenuItem) robot.lookup("#menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .filter(menu -> "view-menu".equals(menu.getId())).findFirst().orElseThrow().getItems().stream()
                .filter(item -> "language-menu".equals(item.getId())).findFirst()
                .map(menu -> ((javafx.scene.control.Menu) menu).getItems().stream()
                        .filter(item -> "western-digits-item".equals(item.getId())).findFirst().orElseThrow())
                .orElseThrow();
        assertTrue(digits.isDisable(), "English has no digits of its own");

        choose(robot, Language.ARABIC);
        openLanguageMenu(robot);
        clickInSubmenu(robot, "#western-digits-item");
        WaitForAsyncUtils.waitForFxEvents();

        String count = text(robot, "#status-count");
        assertTrue(count.matches(".*[0-9].*") && !count.matches(".*[٠-٩].*"), "Western digits: " + count);
        assertEquals(Optional.of(true), settings.get(MainWindow.WESTERN_DIGITS));
    }

    @Test
    void theChoiceIsRememberedAndLangWinsOverIt(FxRobot robot) {
        choose(robot, Language.FRENCH);
        assertEquals(Optional.of(Language.FRENCH), settings.get(MainWindow.LANGUAGE));

        robot.interact(() -> {
            state = new AppState(UiFixture.bundled());
            window = open(Optional.empty());
        });
        assertEquals("_Fichier", menuText(robot, "file-menu"), "a new window with the same settings starts in French");

        robot.interact(() -> {
            state = new AppState(UiFixture.bundled());
            window = open(Optional.of(Language.ARABIC));
        });
        assertEquals("_ملف", menuText(robot, "file-menu"), "--lang ar wins over the setting");
        assertEquals(Optional.of(Language.FRENCH), settings.get(MainWindow.LANGUAGE), "--lang is for one start");
    }

    @Test
    void theOldViewsAreLetGo(FxRobot robot) throws InterruptedException {
        WeakReference<Parent> before = new WeakReference<>(stage.getScene().getRoot());
        WeakReference<MainWindowController> controller = new WeakReference<>(window.controller());

        // What the menu's items do, without the robot: after any click of the robot (on a menu or on a plain label)
        // something outside the app's code still held the first views in this headless set-up; not found yet.
        robot.interact(() -> state.setLanguage(Language.FRENCH));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> state.setLanguage(Language.ENGLISH));
        WaitForAsyncUtils.waitForFxEvents();
        for (int i = 0; i < 20 && before.get() != null; i++) {
            System.gc();
            Thread.sleep(50);
            WaitForAsyncUtils.waitForFxEvents();
        }

        assertNull(before.get(), "nothing keeps the replaced views");
        assertNull(controller.get(), "nor their controller");
    }
}
