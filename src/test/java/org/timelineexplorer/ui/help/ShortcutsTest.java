package org.timelineexplorer.ui.help;

import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.timelineexplorer.map.MapView;
import org.timelineexplorer.map.MapViewport;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.model.TimeRange;
import org.timelineexplorer.model.TimelineEvent;
import org.timelineexplorer.timeline.TimelineView;
import org.timelineexplorer.ui.UiFixture;
import org.timelineexplorer.ui.presentation.Presentation;
import org.timelineexplorer.ui.presentation.TestWindow;
import org.timelineexplorer.ui.quiz.QuizWindow;
import org.timelineexplorer.quiz.QuestionKind;
import org.timelineexplorer.quiz.RoundCode;
import org.timelineexplorer.quiz.RoundSpec;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The one table of keys tells the truth: every key of every shortcut in it, pressed in the real window where it
 * applies, does what the table says. A shortcut added to the table without a check here fails the test.
 */
@ExtendWith(ApplicationExtension.class)
class ShortcutsTest {

    private static final boolean MAC = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("mac");

    /** A node of its own per test, never removed: the window may still write to it as the shared stage is reused. */
    private final Preferences prefs = Preferences.userRoot().node("timelineexplorer-test/" + UUID.randomUUID());
    private Stage stage;
    private TestWindow window;
    private TimelineView timeline;

    /** What pressing one key of a shortcut must do, checked in the window. */
    @FunctionalInterface
    private interface Check {
        void check(FxRobot robot, KeyCombination key, int index) throws Exception;
    }

    private final Map<Shortcut, Check> checks = new HashMap<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = new TestWindow(stage, new AppState(UiFixture.bundled()), prefs);
        timeline = (TimelineView) window.root.lookup("#timeline");
        timeline.setAnimated(false);
        fileKeys();
        editKeys();
        viewKeys();
        timelineKeys();
        presentationKeys();
        quizKeys();
        mapKeys();
        checks.put(Shortcuts.KEYBOARD_SHEET, (robot, key, i) -> {
            pressFromSearchBox(robot, key);
            waitUntil(() -> robot.lookup("#" + ShortcutsSheet.TABLE_ID).tryQuery().isPresent());
        });
    }

    @AfterEach
    void cleanUp(FxRobot robot) {
        robot.interact(() -> {
            window.presentationMode.exit();
            List.copyOf(Window.getWindows()).stream().filter(w -> w != stage).forEach(Window::hide);
        });
    }

    @Test
    void everyKeyOfEveryShortcutInTheTableDoesItsAction(FxRobot robot) throws Exception {
        assertEquals(Set.copyOf(Shortcuts.all()), checks.keySet(), "each shortcut in the table has its check");
        for (Shortcut shortcut : Shortcuts.all()) {
            for (int i = 0; i < shortcut.keys().size(); i++) {
                KeyCombination key = shortcut.keys().get(i);
                try {
                    checks.get(shortcut).check(robot, key, i);
                } catch (AssertionError | Exception e) {
                    throw new AssertionError(key.getDisplayText() + " for \"" + shortcut.action() + "\": "
                            + e.getMessage(), e);
                } finally {
                    cleanUp(robot);
                }
            }
        }
    }

    @Test
    void noKeyDoesTwoThingsWhereBothApply() {
        // Window-wide keys work everywhere; timeline keys only in the main window, presentation keys only there.
        Set<Shortcut.Area> global = EnumSet.of(Shortcut.Area.FILE, Shortcut.Area.VIEW, Shortcut.Area.HELP);
        for (Shortcut.Area local : List.of(Shortcut.Area.TIMELINE, Shortcut.Area.MAP, Shortcut.Area.QUIZ,
                Shortcut.Area.PRESENTATION)) {
            Map<KeyCombination, Shortcut> seen = new HashMap<>();
            for (Shortcut shortcut : Shortcuts.all()) {
                if (global.contains(shortcut.area()) || shortcut.area() == local) {
                    for (KeyCombination key : shortcut.keys()) {
                        assertNull(seen.put(key, shortcut), key + " is taken twice in " + local);
                    }
                }
            }
        }
    }

    /** The presentation's reminder of its keys is written from the table, as it always read. */
    @Test
    void thePresentationHintIsWrittenFromTheTable(FxRobot robot) {
        robot.interact(() -> window.presentationMode.enter());
        Label hint = robot.lookup("#presentation-hint").queryAs(Label.class);
        assertEquals("Page Down: next · B: black out · P: play · Esc: leave", hint.getText());
    }

    // ----- the checks, by area

    /** Undo and Redo, pressed with the timeline focused (a text field takes Ctrl+Z for its own text). */
    private void editKeys() {
        checks.put(Shortcuts.UNDO, (robot, key, i) -> {
            TimelineEvent first = fx(() -> window.state.getEvents().get(0));
            robot.interact(() -> window.state.removeEvent(first));
            robot.interact(timeline::requestFocus);
            press(robot, key);
            assertEquals(first, fx(() -> window.state.getEvents().get(0)), "the deletion is undone");
        });
        checks.put(Shortcuts.REDO, (robot, key, i) -> {
            TimelineEvent first = fx(() -> window.state.getEvents().get(0));
            robot.interact(() -> {
                window.state.removeEvent(first);
                window.state.history().undo();
            });
            robot.interact(timeline::requestFocus);
            press(robot, key);
            assertFalse(fx(() -> window.state.getEvents().contains(first)), "the deletion is done again");
            robot.interact(() -> window.state.history().undo());
        });
        checks.put(Shortcuts.ADD_EVENT, (robot, key, i) -> {
            robot.interact(timeline::requestFocus);
            press(robot, key);
            waitUntil(() -> robot.lookup("#event-form").tryQuery().isPresent());
        });
        checks.put(Shortcuts.EDIT_EVENT, (robot, key, i) -> {
            robot.interact(() -> {
                window.state.setSelectedEvent(window.state.getEvents().get(0));
                timeline.requestFocus();
            });
            press(robot, key);
            waitUntil(() -> robot.lookup("#event-form").tryQuery().isPresent());
        });
        checks.put(Shortcuts.DUPLICATE_EVENT, (robot, key, i) -> {
            int before = fx(() -> window.state.getEvents().size());
            robot.interact(() -> {
                window.state.setSelectedEvent(window.state.getEvents().get(0));
                timeline.requestFocus();
            });
            press(robot, key);
            assertEquals(before + 1, (int) fx(() -> window.state.getEvents().size()));
            robot.interact(() -> window.state.history().undo());
        });
        for (int direction : new int[] {-1, 1}) {
            checks.put(direction < 0 ? Shortcuts.MOVE_EARLIER : Shortcuts.MOVE_LATER, (robot, key, i) -> {
                TimelineEvent baghdad = fx(() -> window.state.getEvents().stream()
                        .filter(e -> e.id().equals("fall-of-baghdad")).findFirst().orElseThrow());
                robot.interact(() -> {
                    window.state.setSelectedEvent(baghdad);
                    timeline.requestFocus();
                });
                press(robot, key);
                assertEquals(baghdad.start().movedBy(direction), fx(() -> window.state.getSelectedEvent().start()),
                        "moved one day");
                robot.interact(() -> window.state.history().undo());
            });
        }
        checks.put(Shortcuts.EDIT_ON_TIMELINE, (robot, key, i) -> {
            robot.interact(timeline::requestFocus);
            press(robot, key);
            assertTrue(fx(() -> window.state.isTimelineEditing() && timeline.isEditable()), "edit mode is on");
            press(robot, key);
            assertFalse(fx(() -> window.state.isTimelineEditing() || timeline.isEditable()), "and off again");
        });
        checks.put(Shortcuts.DELETE_EVENT, (robot, key, i) -> {
            TimelineEvent first = fx(() -> window.state.getEvents().get(0));
            robot.interact(() -> {
                window.state.setSelectedEvent(first);
                timeline.requestFocus();
            });
            press(robot, key);
            assertFalse(fx(() -> window.state.getEvents().contains(first)), "the selected event is deleted");
            robot.interact(() -> window.state.history().undo());
        });
    }

    private void fileKeys() {
        checks.put(Shortcuts.OPEN, (robot, key, i) -> {
            // The headless platform has no file chooser and says so: the key got as far as asking for one.
            Throwable refused = pressFromSearchBox(robot, key);
            assertNotNull(refused, "the key asked for nothing");
            assertTrue(Arrays.stream(refused.getStackTrace()).anyMatch(f -> f.getClassName().endsWith("FileChooser")
                    && f.getMethodName().equals("showOpenDialog")), "a file chooser was asked for: " + refused);
        });
        checks.put(Shortcuts.NEW, (robot, key, i) -> {
            pressFromSearchBox(robot, key);
            waitUntil(() -> robot.lookup("#new-timeline-dialog").tryQuery().isPresent());
        });
        // Nothing on disk is the open file yet, so both ask where: the headless platform refuses the chooser.
        for (Shortcut save : List.of(Shortcuts.SAVE, Shortcuts.SAVE_AS)) {
            checks.put(save, (robot, key, i) -> {
                Throwable refused = pressFromSearchBox(robot, key);
                assertNotNull(refused, "the key asked for nothing");
                assertTrue(Arrays.stream(refused.getStackTrace()).anyMatch(f -> f.getClassName().endsWith("FileChooser")
                        && f.getMethodName().equals("showSaveDialog")), "a place to save was asked for: " + refused);
            });
        }
        checks.put(Shortcuts.EXPORT, (robot, key, i) -> {
            pressFromSearchBox(robot, key);
            waitUntil(() -> Window.getWindows().stream().anyMatch(w -> w != stage && w.isShowing()
                    && w.getScene().getRoot().lookup(".dialog-pane") != null));
        });
        checks.put(Shortcuts.PRINT, (robot, key, i) -> {
            pressFromSearchBox(robot, key);
            waitUntil(() -> Window.getWindows().stream().anyMatch(w -> w != stage && w.isShowing()
                    && w.getScene().getRoot().lookup("#pdf-dialog") != null));
        });
        checks.put(Shortcuts.COPY, (robot, key, i) -> {
            robot.interact(() -> Clipboard.getSystemClipboard().clear());
            pressFromSearchBox(robot, key);
            assertTrue(fx(() -> Clipboard.getSystemClipboard().hasImage()), "the chart is on the clipboard");
        });
        checks.put(Shortcuts.QUIT, (robot, key, i) -> {
            // Quitting would end the toolkit for every test after this one: the Quit item is seen to fire instead.
            MenuItem quit = window.controller.menu().fileMenu().getItems().stream()
                    .filter(item -> Shortcuts.QUIT.accelerator().equals(item.getAccelerator())).findFirst()
                    .orElseThrow();
            var action = quit.getOnAction();
            int[] fired = new int[1];
            robot.interact(() -> quit.setOnAction(e -> fired[0]++));
            try {
                pressFromSearchBox(robot, key);
            } finally {
                robot.interact(() -> quit.setOnAction(action));
            }
            assertEquals(1, fired[0], "the Quit item fired");
        });
    }

    private void viewKeys() {
        checks.put(Shortcuts.FIND, (robot, key, i) -> {
            robot.interact(timeline::requestFocus);
            press(robot, key);
            assertTrue(fx(() -> robot.lookup("#search-field").query().isFocused()), "the search box has the keys");
        });
        checks.put(Shortcuts.PRESENT, (robot, key, i) -> {
            pressFromSearchBox(robot, key);
            assertTrue(window.presentationMode.isActive(), "presenting");
        });
        checks.put(Shortcuts.LARGER_TEXT, (robot, key, i) -> {
            int before = window.appearance.getFontSize();
            pressFromSearchBox(robot, key);
            assertTrue(window.appearance.getFontSize() > before, "larger than " + before);
        });
        checks.put(Shortcuts.SMALLER_TEXT, (robot, key, i) -> {
            int before = window.appearance.getFontSize();
            pressFromSearchBox(robot, key);
            assertTrue(window.appearance.getFontSize() < before, "smaller than " + before);
        });
        checks.put(Shortcuts.RESET_TEXT, (robot, key, i) -> {
            robot.interact(() -> window.appearance.larger());
            pressFromSearchBox(robot, key);
            assertEquals(15, window.appearance.getFontSize());
        });
    }

    private void timelineKeys() {
        List<TimelineEvent> shown = window.state.getShownEvents();
        TimeRange middle = shown.get(1).range().expand(30);
        checks.put(Shortcuts.ZOOM_IN, onTimeline(middle, null, before ->
                assertTrue(timeline.getVisibleRange().length() < before.length() * 0.9, "zoomed in")));
        checks.put(Shortcuts.ZOOM_OUT, onTimeline(middle, null, before ->
                assertTrue(timeline.getVisibleRange().length() > before.length() * 1.1, "zoomed out")));
        checks.put(Shortcuts.FIT_ALL, onTimeline(middle, null, before ->
                assertEquals(timeline.getFullSpan().padded(), timeline.getVisibleRange(), "everything shown")));
        checks.put(Shortcuts.PAN_LATER, onTimeline(middle, null, before -> {
            assertTrue(timeline.getVisibleRange().start() > before.start() + 1, "later times in view");
            assertEquals(before.length(), timeline.getVisibleRange().length(), 1e-6);
        }));
        checks.put(Shortcuts.PAN_EARLIER, onTimeline(middle, null, before -> {
            assertTrue(timeline.getVisibleRange().start() < before.start() - 1, "earlier times in view");
            assertEquals(before.length(), timeline.getVisibleRange().length(), 1e-6);
        }));
        checks.put(Shortcuts.NEXT_EVENT, onTimeline(null, shown.get(1), before ->
                assertSame(shown.get(2), timeline.getSelectedEvent())));
        checks.put(Shortcuts.PREVIOUS_EVENT, onTimeline(null, shown.get(1), before ->
                assertSame(shown.get(0), timeline.getSelectedEvent())));
        checks.put(Shortcuts.FIRST_EVENT, onTimeline(null, shown.get(1), before ->
                assertSame(shown.get(0), timeline.getSelectedEvent())));
        checks.put(Shortcuts.LAST_EVENT, onTimeline(null, shown.get(1), before ->
                assertSame(shown.get(shown.size() - 1), timeline.getSelectedEvent())));
        TimelineEvent withSources = shown.stream().filter(e -> !e.sources().isEmpty()).findFirst().orElseThrow();
        checks.put(Shortcuts.OPEN_EVENT, (robot, key, i) -> {
            onTimeline(null, withSources, before -> {
            }).check(robot, key, i);
            Node details = robot.lookup("#detail-scroll").query();
            assertTrue(fx(details::isFocused), "the keys went to the details");
            press(robot, new KeyCodeCombination(javafx.scene.input.KeyCode.TAB));
            Node next = fx(() -> stage.getScene().getFocusOwner());
            assertTrue(next instanceof Hyperlink link && link.getText().equals(withSources.sources().get(0).name()),
                    "Tab goes on to the first source: " + next);
        });
    }

    /** A check on the focused timeline: shows {@code range} or selects {@code selected} first, then presses. */
    private Check onTimeline(TimeRange range, TimelineEvent selected, java.util.function.Consumer<TimeRange> then) {
        return (robot, key, i) -> {
            robot.interact(() -> {
                window.state.setSelectedEvent(selected);
                if (range != null) {
                    timeline.setVisibleRange(range);
                }
                timeline.requestFocus();
            });
            TimeRange before = timeline.getVisibleRange();
            press(robot, key);
            then.accept(before);
        };
    }

    private void mapKeys() {
        checks.put(Shortcuts.MAP_ZOOM_IN, onMap((before, after) -> assertTrue(after.zoom() > before.zoom() * 1.2)));
        checks.put(Shortcuts.MAP_ZOOM_OUT, onMap((before, after) -> assertTrue(after.zoom() < before.zoom() / 1.2)));
        checks.put(Shortcuts.MAP_WEST, onMap((before, after) -> assertTrue(after.centreX() < before.centreX())));
        checks.put(Shortcuts.MAP_EAST, onMap((before, after) -> assertTrue(after.centreX() > before.centreX())));
        checks.put(Shortcuts.MAP_NORTH, onMap((before, after) -> assertTrue(after.centreY() < before.centreY())));
        checks.put(Shortcuts.MAP_SOUTH, onMap((before, after) -> assertTrue(after.centreY() > before.centreY())));
        checks.put(Shortcuts.MAP_FIT, (robot, key, i) -> {
            MapView map = (MapView) window.root.lookup("#map");
            robot.interact(() -> {
                map.fitToMarkers();
                map.layout();
                map.requestFocus();
            });
            MapViewport fitted = map.getViewport();
            robot.interact(() -> map.zoom(4));
            press(robot, key);
            waitUntil(() -> fitted.equals(map.getViewport()));
        });
    }

    /** A check on the focused map, at a middle zoom, of its view before and after the key. */
    private Check onMap(java.util.function.BiConsumer<MapViewport, MapViewport> then) {
        return (robot, key, i) -> {
            MapView map = (MapView) window.root.lookup("#map");
            robot.interact(() -> {
                map.setViewport(new MapViewport(0.6, 0.4, 4096));
                map.requestFocus();
            });
            MapViewport before = map.getViewport();
            press(robot, key);
            then.accept(before, fx(map::getViewport));
        };
    }

    private void quizKeys() {
        checks.put(Shortcuts.QUIZ, (robot, key, i) -> {
            pressFromSearchBox(robot, key);
            assertTrue(window.controller.quiz().stage().isShowing(), "the quiz window is open");
        });
        checks.put(Shortcuts.CARD_EARLIER, onOrderCards(1, 0));
        checks.put(Shortcuts.CARD_LATER, onOrderCards(1, 2));
        checks.put(Shortcuts.CARD_ALONG_EARLIER, alongTheTimeline(-1));
        checks.put(Shortcuts.CARD_ALONG_LATER, alongTheTimeline(1));
    }

    /** A check in the quiz's order list: the key puts the chosen card on the timeline, and again moves it along. */
    private Check alongTheTimeline(int direction) {
        return (robot, key, i) -> {
            QuizWindow quiz = window.controller.quiz();
            TimelineEvent chosen = fx(() -> orderCardChosen(quiz, 1).getItems().get(1));
            press(robot, quiz.stage(), key);
            double placed = quiz.quiz().getCards().placedAt(chosen).orElseThrow();
            press(robot, quiz.stage(), key);
            double moved = quiz.quiz().getCards().placedAt(chosen).orElseThrow();
            assertEquals(direction, Math.signum(moved - placed), "placed at " + placed + ", then moved to " + moved);
        };
    }

    /** The quiz showing an order question, its list focused with the card at {@code index} chosen. */
    @SuppressWarnings("unchecked")
    private ListView<TimelineEvent> orderCardChosen(QuizWindow quiz, int index) {
        quiz.show();
        quiz.quiz().play(RoundCode.encode(new RoundSpec(1, EnumSet.of(QuestionKind.ORDER), Set.of(), "", Set.of()),
                window.state.getDataset()));
        ListView<TimelineEvent> list = (ListView<TimelineEvent>) quiz.stage().getScene().lookup("#quiz-order-list");
        list.requestFocus();
        list.getSelectionModel().select(index);
        return list;
    }

    /** A check in the quiz's order list: the card at {@code from} chosen, the key moves it to {@code to}. */
    private Check onOrderCards(int from, int to) {
        return (robot, key, i) -> {
            QuizWindow quiz = window.controller.quiz();
            ListView<TimelineEvent> cards = fx(() -> orderCardChosen(quiz, from));
            TimelineEvent moved = cards.getItems().get(from);
            press(robot, quiz.stage(), key);
            assertSame(moved, cards.getItems().get(to));
            assertEquals(to, cards.getSelectionModel().getSelectedIndex(), "the card stays chosen");
        };
    }

    private void presentationKeys() {
        checks.put(Shortcuts.NEXT_STEP, presenting(2, p -> assertEquals(3, p.getIndex())));
        checks.put(Shortcuts.PREVIOUS_STEP, presenting(2, p -> assertEquals(1, p.getIndex())));
        checks.put(Shortcuts.FIRST_STEP, presenting(2, p -> assertEquals(0, p.getIndex())));
        checks.put(Shortcuts.LAST_STEP, presenting(2, p -> assertEquals(p.getSteps().size() - 1, p.getIndex())));
        checks.put(Shortcuts.BLACKOUT, presenting(2, p -> assertTrue(p.blackoutProperty().get(), "blacked out")));
        checks.put(Shortcuts.PLAY, presenting(2, p -> assertTrue(p.playingProperty().get(), "the tour plays")));
        checks.put(Shortcuts.LEAVE, presenting(2, p -> assertFalse(window.presentationMode.isActive(), "left")));
        checks.put(Shortcuts.PACE, (robot, key, i) -> {
            // The keys in the table's order choose the paces in theirs: 1, 2, 3 for 5, 10, 20 seconds.
            presenting(2, p -> assertEquals(Presentation.PACES.get(i), p.paceSecondsProperty().get()))
                    .check(robot, key, i);
        });
    }

    /** A check in the presentation, at step {@code at}, on its focused view. */
    private Check presenting(int at, java.util.function.Consumer<Presentation> then) {
        return (robot, key, i) -> {
            Presentation p = window.presentationMode.presentation();
            robot.interact(() -> {
                window.presentationMode.enter();
                p.first();
                p.next();
                p.next();
                p.paceSecondsProperty().set(Presentation.PACES.get((i + 1) % Presentation.PACES.size()));
            });
            assertEquals(at, p.getIndex(), "the presentation starts at step " + at);
            press(robot, key);
            then.accept(p);
            robot.interact(() -> {
                p.blackoutProperty().set(false);
                p.playingProperty().set(false);
            });
        };
    }

    // ----- pressing keys

    /** Presses {@code key} where the search box has the focus: the window's keys must work from a text field. */
    private Throwable pressFromSearchBox(FxRobot robot, KeyCombination key) throws Exception {
        robot.interact(() -> robot.lookup("#search-field").query().requestFocus());
        return press(robot, key);
    }

    /**
     * Presses {@code key} on the node that has the focus, as the platform delivers it; a key event fired at the node
     * reaches this window whichever has the headless platform's focus. Returns what the key's action threw, if it
     * threw. A key that opens a modal dialog is pressed without waiting for the dialog to close.
     */
    private Throwable press(FxRobot robot, KeyCombination key) throws Exception {
        return press(robot, stage, key);
    }

    /** Presses {@code key} on the node that has the focus in {@code window}, as {@link #press(FxRobot, KeyCombination)}. */
    private Throwable press(FxRobot robot, Window window, KeyCombination key) throws Exception {
        KeyCodeCombination combination = (KeyCodeCombination) key;
        boolean shortcut = combination.getShortcut() == KeyCombination.ModifierValue.DOWN;
        KeyEvent event = new KeyEvent(KeyEvent.KEY_PRESSED, "", "", combination.getCode(),
                combination.getShift() == KeyCombination.ModifierValue.DOWN,
                combination.getControl() == KeyCombination.ModifierValue.DOWN || shortcut && !MAC,
                combination.getAlt() == KeyCombination.ModifierValue.DOWN,
                combination.getMeta() == KeyCombination.ModifierValue.DOWN || shortcut && MAC);
        assertTrue(key.match(event), "the key pressed is " + key);
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        boolean[] done = new boolean[1];
        Platform.runLater(() -> {
            Scene scene = window.getScene();
            Node target = scene.getFocusOwner() != null ? scene.getFocusOwner() : scene.getRoot();
            try {
                Event.fireEvent(target, event);
            } catch (RuntimeException e) {
                thrown.set(e);
            }
            done[0] = true;
        });
        waitUntil(() -> done[0] || Window.getWindows().stream().anyMatch(w -> w != stage && w.isShowing()));
        WaitForAsyncUtils.waitForFxEvents();
        return thrown.get();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, condition);
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(5, TimeUnit.SECONDS);
    }
}
