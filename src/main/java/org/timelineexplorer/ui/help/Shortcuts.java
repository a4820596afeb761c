package org.timelineexplorer.ui.help;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import java.util.Arrays;
import java.util.List;

import static javafx.scene.input.KeyCombination.SHIFT_DOWN;
import static javafx.scene.input.KeyCombination.SHORTCUT_DOWN;

/**
 * Every keyboard shortcut of the application, in one place: the keyboard sheet lists them, menus take their
 * accelerators from them and key handlers match against them, so the sheet cannot drift from what the keys do.
 * "Ctrl" is the platform's shortcut key (Command on a Mac).
 */
public final class Shortcuts {

    // File
    public static final Shortcut OPEN = of(Shortcut.Area.FILE, "Open a dataset", null,
            key(KeyCode.O, SHORTCUT_DOWN));
    public static final Shortcut EXPORT = of(Shortcut.Area.FILE, "Export the figures chart as PNG", null,
            key(KeyCode.E, SHORTCUT_DOWN));
    public static final Shortcut COPY = of(Shortcut.Area.FILE, "Copy the figures chart image", null,
            key(KeyCode.C, SHORTCUT_DOWN, SHIFT_DOWN));
    public static final Shortcut QUIT = of(Shortcut.Area.FILE, "Quit", null, key(KeyCode.Q, SHORTCUT_DOWN));

    // View
    public static final Shortcut FIND = of(Shortcut.Area.VIEW, "Search the events", null,
            key(KeyCode.F, SHORTCUT_DOWN));
    public static final Shortcut PRESENT = of(Shortcut.Area.VIEW, "Present: full screen, one event at a time", null,
            key(KeyCode.F5));
    public static final Shortcut LARGER_TEXT = of(Shortcut.Area.VIEW, "Larger text", "Ctrl+Plus",
            key(KeyCode.PLUS, SHORTCUT_DOWN), key(KeyCode.EQUALS, SHORTCUT_DOWN),
            key(KeyCode.EQUALS, SHORTCUT_DOWN, SHIFT_DOWN), key(KeyCode.ADD, SHORTCUT_DOWN));
    public static final Shortcut SMALLER_TEXT = of(Shortcut.Area.VIEW, "Smaller text", "Ctrl+Minus",
            key(KeyCode.MINUS, SHORTCUT_DOWN), key(KeyCode.SUBTRACT, SHORTCUT_DOWN));
    public static final Shortcut RESET_TEXT = of(Shortcut.Area.VIEW, "Text at its usual size", "Ctrl+0",
            key(KeyCode.DIGIT0, SHORTCUT_DOWN), key(KeyCode.NUMPAD0, SHORTCUT_DOWN));

    // Timeline
    public static final Shortcut ZOOM_IN = of(Shortcut.Area.TIMELINE, "Zoom in", "+",
            key(KeyCode.PLUS), key(KeyCode.EQUALS), key(KeyCode.ADD));
    public static final Shortcut ZOOM_OUT = of(Shortcut.Area.TIMELINE, "Zoom out", "-",
            key(KeyCode.MINUS), key(KeyCode.SUBTRACT));
    public static final Shortcut FIT_ALL = of(Shortcut.Area.TIMELINE, "Show the whole timeline (View → Fit all)", "0",
            key(KeyCode.DIGIT0), key(KeyCode.NUMPAD0));
    public static final Shortcut NEXT_EVENT = of(Shortcut.Area.TIMELINE, "Select the next or previous event",
            "→ / ←", key(KeyCode.RIGHT), key(KeyCode.LEFT));
    public static final Shortcut PAN = of(Shortcut.Area.TIMELINE, "Move the visible time later or earlier",
            "Shift+→ / Shift+←", key(KeyCode.RIGHT, SHIFT_DOWN), key(KeyCode.LEFT, SHIFT_DOWN));
    public static final Shortcut FIRST_LAST_EVENT = of(Shortcut.Area.TIMELINE, "Select the first or last event",
            "Home / End", key(KeyCode.HOME), key(KeyCode.END));
    public static final Shortcut OPEN_EVENT = of(Shortcut.Area.TIMELINE, "Show the selected event's details",
            "Enter", key(KeyCode.ENTER));

    // Presentation
    public static final Shortcut NEXT_STEP = of(Shortcut.Area.PRESENTATION, "Next step", "Page Down, → or Space",
            key(KeyCode.PAGE_DOWN), key(KeyCode.RIGHT), key(KeyCode.SPACE), key(KeyCode.DOWN));
    public static final Shortcut PREVIOUS_STEP = of(Shortcut.Area.PRESENTATION, "Previous step", "Page Up or ←",
            key(KeyCode.PAGE_UP), key(KeyCode.LEFT), key(KeyCode.UP), key(KeyCode.BACK_SPACE));
    public static final Shortcut FIRST_STEP = of(Shortcut.Area.PRESENTATION, "First step", "Home",
            key(KeyCode.HOME));
    public static final Shortcut LAST_STEP = of(Shortcut.Area.PRESENTATION, "Last step", "End", key(KeyCode.END));
    public static final Shortcut BLACKOUT = of(Shortcut.Area.PRESENTATION, "Black the screen out and back", "B or .",
            key(KeyCode.B), key(KeyCode.PERIOD));
    public static final Shortcut PLAY = of(Shortcut.Area.PRESENTATION, "Play or pause the guided tour", "P",
            key(KeyCode.P));
    public static final Shortcut PACE = of(Shortcut.Area.PRESENTATION, "Tour pace: 5, 10 or 20 seconds a step",
            "1 / 2 / 3", key(KeyCode.DIGIT1), key(KeyCode.DIGIT2), key(KeyCode.DIGIT3));
    public static final Shortcut LEAVE = of(Shortcut.Area.PRESENTATION, "Leave the presentation", "Esc",
            key(KeyCode.ESCAPE));

    // Help
    public static final Shortcut KEYBOARD_SHEET = of(Shortcut.Area.HELP, "This list of keyboard shortcuts", null,
            key(KeyCode.F1));

    private static final List<Shortcut> ALL = List.of(
            OPEN, EXPORT, COPY, QUIT,
            FIND, PRESENT, LARGER_TEXT, SMALLER_TEXT, RESET_TEXT,
            ZOOM_IN, ZOOM_OUT, FIT_ALL, NEXT_EVENT, PAN, FIRST_LAST_EVENT, OPEN_EVENT,
            NEXT_STEP, PREVIOUS_STEP, FIRST_STEP, LAST_STEP, BLACKOUT, PLAY, PACE, LEAVE,
            KEYBOARD_SHEET);

    private Shortcuts() {
    }

    /** All shortcuts, grouped by area in the order the sheet shows them. */
    public static List<Shortcut> all() {
        return ALL;
    }

    private static Shortcut of(Shortcut.Area area, String action, String label, KeyCombination... keys) {
        return new Shortcut(area, action, label, Arrays.asList(keys));
    }

    private static KeyCombination key(KeyCode code, KeyCombination.Modifier... modifiers) {
        return new KeyCodeCombination(code, modifiers);
    }
}
