package org.timelineexplorer.ui.help;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import org.timelineexplorer.map.MapAction;
import org.timelineexplorer.timeline.TimelineAction;
import org.timelineexplorer.timeline.TimelineKeys;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static javafx.scene.input.KeyCombination.SHIFT_DOWN;
import static javafx.scene.input.KeyCombination.SHORTCUT_DOWN;

/**
 * Every keyboard shortcut of the application, in one place: the keyboard sheet lists them, menus take their
 * accelerators from them, the presentation matches its keys against them and writes its reminder from them, and
 * the timeline is handed its keys from them ({@link #timelineKeys()}), so the sheet cannot drift from what the
 * keys do. "Ctrl" is the platform's shortcut key (Command on a Mac).
 */
public final class Shortcuts {

    // File
    public static final Shortcut NEW = of(Shortcut.Area.FILE, "Start a new, empty timeline", null,
            key(KeyCode.N, SHORTCUT_DOWN));
    public static final Shortcut SAVE = of(Shortcut.Area.FILE, "Save the timeline", null,
            key(KeyCode.S, SHORTCUT_DOWN));
    public static final Shortcut SAVE_AS = of(Shortcut.Area.FILE, "Save the timeline as another file", null,
            key(KeyCode.S, SHORTCUT_DOWN, SHIFT_DOWN));
    public static final Shortcut OPEN = of(Shortcut.Area.FILE, "Open a dataset", null,
            key(KeyCode.O, SHORTCUT_DOWN));
    public static final Shortcut EXPORT = of(Shortcut.Area.FILE, "Export the figures chart as PNG", null,
            key(KeyCode.E, SHORTCUT_DOWN));
    public static final Shortcut COPY = of(Shortcut.Area.FILE, "Copy the figures chart image", null,
            key(KeyCode.C, SHORTCUT_DOWN, SHIFT_DOWN));
    public static final Shortcut PRINT = of(Shortcut.Area.FILE, "Print a handout, poster or card sort", null,
            key(KeyCode.P, SHORTCUT_DOWN));
    public static final Shortcut QUIT = of(Shortcut.Area.FILE, "Quit", null, key(KeyCode.Q, SHORTCUT_DOWN));

    // Edit
    public static final Shortcut UNDO = of(Shortcut.Area.EDIT, "Undo the last change", null,
            key(KeyCode.Z, SHORTCUT_DOWN));
    public static final Shortcut REDO = of(Shortcut.Area.EDIT, "Redo the change undone last", "Ctrl+Shift+Z or Ctrl+Y",
            key(KeyCode.Z, SHORTCUT_DOWN, SHIFT_DOWN), key(KeyCode.Y, SHORTCUT_DOWN));

    public static final Shortcut ADD_EVENT = of(Shortcut.Area.EDIT, "Add an event", null,
            key(KeyCode.A, SHORTCUT_DOWN, SHIFT_DOWN));
    public static final Shortcut EDIT_EVENT = of(Shortcut.Area.EDIT, "Edit the selected event", null,
            key(KeyCode.F2));
    public static final Shortcut DUPLICATE_EVENT = of(Shortcut.Area.EDIT, "Duplicate the selected event", null,
            key(KeyCode.D, SHORTCUT_DOWN));
    public static final Shortcut MOVE_EARLIER = of(Shortcut.Area.EDIT,
            "Move the selected event one step of its precision earlier (a day, a month, a year…)", "Alt+←",
            key(KeyCode.LEFT, KeyCombination.ALT_DOWN), key(KeyCode.KP_LEFT, KeyCombination.ALT_DOWN));
    public static final Shortcut MOVE_LATER = of(Shortcut.Area.EDIT,
            "Move the selected event one step of its precision later", "Alt+→",
            key(KeyCode.RIGHT, KeyCombination.ALT_DOWN), key(KeyCode.KP_RIGHT, KeyCombination.ALT_DOWN));
    public static final Shortcut DELETE_EVENT = of(Shortcut.Area.EDIT,
            "Delete the selected event (Undo brings it back)", null, key(KeyCode.DELETE));
    public static final Shortcut EDIT_ON_TIMELINE = of(Shortcut.Area.EDIT,
            "Edit on the timeline: drag events and era edges, double-click to add (on or off)", null,
            key(KeyCode.E, SHORTCUT_DOWN, SHIFT_DOWN));

    // View
    public static final Shortcut FIND = of(Shortcut.Area.VIEW, "Search the events", null,
            key(KeyCode.F, SHORTCUT_DOWN));
    public static final Shortcut PRESENT = of(Shortcut.Area.VIEW, "Present: full screen, one event at a time", null,
            key(KeyCode.F5));
    public static final Shortcut QUIZ = of(Shortcut.Area.VIEW, "Quiz: test yourself on the events shown", null,
            key(KeyCode.F6));
    public static final Shortcut LARGER_TEXT = of(Shortcut.Area.VIEW, "Larger text", "Ctrl+Plus",
            key(KeyCode.PLUS, SHORTCUT_DOWN), key(KeyCode.EQUALS, SHORTCUT_DOWN),
            key(KeyCode.EQUALS, SHORTCUT_DOWN, SHIFT_DOWN), key(KeyCode.ADD, SHORTCUT_DOWN));
    public static final Shortcut SMALLER_TEXT = of(Shortcut.Area.VIEW, "Smaller text", "Ctrl+Minus",
            key(KeyCode.MINUS, SHORTCUT_DOWN), key(KeyCode.SUBTRACT, SHORTCUT_DOWN));
    public static final Shortcut RESET_TEXT = of(Shortcut.Area.VIEW, "Text at its usual size", "Ctrl+0",
            key(KeyCode.DIGIT0, SHORTCUT_DOWN), key(KeyCode.NUMPAD0, SHORTCUT_DOWN));

    // Timeline: the keys the timeline is handed (see timelineKeys), while it has the focus.
    public static final Shortcut ZOOM_IN = of(Shortcut.Area.TIMELINE, "Zoom in", "+",
            new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHIFT_ANY), key(KeyCode.EQUALS),
            key(KeyCode.EQUALS, SHIFT_DOWN), key(KeyCode.ADD));
    public static final Shortcut ZOOM_OUT = of(Shortcut.Area.TIMELINE, "Zoom out", "-",
            key(KeyCode.MINUS), key(KeyCode.SUBTRACT));
    public static final Shortcut FIT_ALL = of(Shortcut.Area.TIMELINE, "Show the whole timeline (View → Fit all)", "0",
            key(KeyCode.DIGIT0), key(KeyCode.NUMPAD0));
    public static final Shortcut NEXT_EVENT = of(Shortcut.Area.TIMELINE, "Select the next event", "→",
            key(KeyCode.RIGHT), key(KeyCode.KP_RIGHT));
    public static final Shortcut PREVIOUS_EVENT = of(Shortcut.Area.TIMELINE, "Select the previous event", "←",
            key(KeyCode.LEFT), key(KeyCode.KP_LEFT));
    public static final Shortcut PAN_LATER = of(Shortcut.Area.TIMELINE, "Move the visible time later", "Shift+→",
            key(KeyCode.RIGHT, SHIFT_DOWN), key(KeyCode.KP_RIGHT, SHIFT_DOWN));
    public static final Shortcut PAN_EARLIER = of(Shortcut.Area.TIMELINE, "Move the visible time earlier",
            "Shift+←", key(KeyCode.LEFT, SHIFT_DOWN), key(KeyCode.KP_LEFT, SHIFT_DOWN));
    public static final Shortcut FIRST_EVENT = of(Shortcut.Area.TIMELINE, "Select the first event", "Home",
            key(KeyCode.HOME));
    public static final Shortcut LAST_EVENT = of(Shortcut.Area.TIMELINE, "Select the last event", "End",
            key(KeyCode.END));
    public static final Shortcut OPEN_EVENT = of(Shortcut.Area.TIMELINE,
            "Go to the selected event's details (Tab goes on to its sources)", "Enter", key(KeyCode.ENTER));

    // Map: the keys the map is handed (see mapKeys), while it has the focus.
    public static final Shortcut MAP_ZOOM_IN = of(Shortcut.Area.MAP, "Zoom the map in", "+",
            new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHIFT_ANY),
            new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHIFT_ANY), key(KeyCode.ADD));
    public static final Shortcut MAP_ZOOM_OUT = of(Shortcut.Area.MAP, "Zoom the map out", "-",
            key(KeyCode.MINUS), key(KeyCode.SUBTRACT));
    public static final Shortcut MAP_WEST = of(Shortcut.Area.MAP, "Move the map to show what lies west", "←",
            key(KeyCode.LEFT), key(KeyCode.KP_LEFT));
    public static final Shortcut MAP_EAST = of(Shortcut.Area.MAP, "Move the map to show what lies east", "→",
            key(KeyCode.RIGHT), key(KeyCode.KP_RIGHT));
    public static final Shortcut MAP_NORTH = of(Shortcut.Area.MAP, "Move the map to show what lies north", "↑",
            key(KeyCode.UP), key(KeyCode.KP_UP));
    public static final Shortcut MAP_SOUTH = of(Shortcut.Area.MAP, "Move the map to show what lies south", "↓",
            key(KeyCode.DOWN), key(KeyCode.KP_DOWN));
    public static final Shortcut MAP_FIT = of(Shortcut.Area.MAP, "Fit the map to the events' places", "0",
            key(KeyCode.DIGIT0), key(KeyCode.NUMPAD0));

    // Quiz: in the quiz window's "Put them in order" list (the class quiz steps with the presentation's keys).
    public static final Shortcut CARD_EARLIER = of(Shortcut.Area.QUIZ, "Move the chosen card earlier", "Alt+↑",
            key(KeyCode.UP, KeyCombination.ALT_DOWN), key(KeyCode.KP_UP, KeyCombination.ALT_DOWN));
    public static final Shortcut CARD_LATER = of(Shortcut.Area.QUIZ, "Move the chosen card later", "Alt+↓",
            key(KeyCode.DOWN, KeyCombination.ALT_DOWN), key(KeyCode.KP_DOWN, KeyCombination.ALT_DOWN));
    public static final Shortcut CARD_ALONG_EARLIER = of(Shortcut.Area.QUIZ,
            "Put the chosen card on the quiz's timeline, or move it earlier along it", "Alt+←",
            key(KeyCode.LEFT, KeyCombination.ALT_DOWN), key(KeyCode.KP_LEFT, KeyCombination.ALT_DOWN));
    public static final Shortcut CARD_ALONG_LATER = of(Shortcut.Area.QUIZ,
            "Put the chosen card on the quiz's timeline, or move it later along it", "Alt+→",
            key(KeyCode.RIGHT, KeyCombination.ALT_DOWN), key(KeyCode.KP_RIGHT, KeyCombination.ALT_DOWN));

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
    public static final Shortcut LEAVE = of(Shortcut.Area.PRESENTATION, "Leave the presentation", null,
            key(KeyCode.ESCAPE));

    // Help
    public static final Shortcut KEYBOARD_SHEET = of(Shortcut.Area.HELP, "This list of keyboard shortcuts", null,
            key(KeyCode.F1));

    private static final List<Shortcut> ALL = List.of(
            NEW, OPEN, SAVE, SAVE_AS, EXPORT, COPY, PRINT, QUIT,
            UNDO, REDO, ADD_EVENT, EDIT_EVENT, DUPLICATE_EVENT, MOVE_EARLIER, MOVE_LATER, DELETE_EVENT,
            EDIT_ON_TIMELINE,
            FIND, PRESENT, QUIZ, LARGER_TEXT, SMALLER_TEXT, RESET_TEXT,
            ZOOM_IN, ZOOM_OUT, FIT_ALL, NEXT_EVENT, PREVIOUS_EVENT, PAN_LATER, PAN_EARLIER, FIRST_EVENT, LAST_EVENT,
            OPEN_EVENT,
            MAP_ZOOM_IN, MAP_ZOOM_OUT, MAP_WEST, MAP_EAST, MAP_NORTH, MAP_SOUTH, MAP_FIT,
            CARD_EARLIER, CARD_LATER, CARD_ALONG_EARLIER, CARD_ALONG_LATER,
            NEXT_STEP, PREVIOUS_STEP, FIRST_STEP, LAST_STEP, BLACKOUT, PLAY, PACE, LEAVE,
            KEYBOARD_SHEET);

    /** What each of the timeline's rows asks of the timeline. */
    private static final Map<TimelineAction, Shortcut> TIMELINE = Map.of(
            TimelineAction.ZOOM_IN, ZOOM_IN, TimelineAction.ZOOM_OUT, ZOOM_OUT, TimelineAction.FIT_ALL, FIT_ALL,
            TimelineAction.NEXT_EVENT, NEXT_EVENT, TimelineAction.PREVIOUS_EVENT, PREVIOUS_EVENT,
            TimelineAction.PAN_LATER, PAN_LATER, TimelineAction.PAN_EARLIER, PAN_EARLIER,
            TimelineAction.FIRST_EVENT, FIRST_EVENT, TimelineAction.LAST_EVENT, LAST_EVENT,
            TimelineAction.OPEN_EVENT, OPEN_EVENT);

    /** What each of the map's rows asks of the map. */
    private static final Map<MapAction, Shortcut> MAP = Map.of(
            MapAction.ZOOM_IN, MAP_ZOOM_IN, MapAction.ZOOM_OUT, MAP_ZOOM_OUT, MapAction.PAN_WEST, MAP_WEST,
            MapAction.PAN_EAST, MAP_EAST, MapAction.PAN_NORTH, MAP_NORTH, MapAction.PAN_SOUTH, MAP_SOUTH,
            MapAction.FIT_MARKERS, MAP_FIT);

    /** The presentation's reminder line: the keys a class needs most, with a word each. */
    private static final List<Map.Entry<Shortcut, String>> HINT = List.of(Map.entry(NEXT_STEP, "next"),
            Map.entry(BLACKOUT, "black out"), Map.entry(PLAY, "play"), Map.entry(LEAVE, "leave"));

    private Shortcuts() {
    }

    /** All shortcuts, grouped by area in the order the sheet shows them. */
    public static List<Shortcut> all() {
        return ALL;
    }

    /** The timeline's rows as the timeline's key bindings, to hand to {@code TimelineView.setKeys}. */
    public static TimelineKeys timelineKeys() {
        Map<TimelineAction, List<KeyCombination>> keys = new EnumMap<>(TimelineAction.class);
        TIMELINE.forEach((action, shortcut) -> keys.put(action, shortcut.keys()));
        return TimelineKeys.of(keys);
    }

    /** The map's rows as the map's key bindings, to hand to {@code MapView.setKeys}. */
    public static Map<MapAction, List<KeyCombination>> mapKeys() {
        Map<MapAction, List<KeyCombination>> keys = new EnumMap<>(MapAction.class);
        MAP.forEach((action, shortcut) -> keys.put(action, shortcut.keys()));
        return keys;
    }

    /** The line that reminds a presenting teacher of the keys, such as "Page Down: next · B: black out". */
    public static String presentationHint() {
        return HINT.stream().map(h -> Shortcut.keyName(h.getKey().accelerator()) + ": " + h.getValue())
                .collect(Collectors.joining(" · "));
    }

    private static Shortcut of(Shortcut.Area area, String action, String label, KeyCombination... keys) {
        return new Shortcut(area, action, label, Arrays.asList(keys));
    }

    private static KeyCombination key(KeyCode code, KeyCombination.Modifier... modifiers) {
        return new KeyCodeCombination(code, modifiers);
    }
}
