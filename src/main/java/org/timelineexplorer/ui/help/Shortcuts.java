package org.timelineexplorer.ui.help;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import org.timelineexplorer.i18n.Messages;
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
    public static final Shortcut NEW = of(Shortcut.Area.FILE, "new", false,
            key(KeyCode.N, SHORTCUT_DOWN));
    public static final Shortcut SAVE = of(Shortcut.Area.FILE, "save", false,
            key(KeyCode.S, SHORTCUT_DOWN));
    public static final Shortcut SAVE_AS = of(Shortcut.Area.FILE, "save-as", false,
            key(KeyCode.S, SHORTCUT_DOWN, SHIFT_DOWN));
    public static final Shortcut OPEN = of(Shortcut.Area.FILE, "open", false,
            key(KeyCode.O, SHORTCUT_DOWN));
    public static final Shortcut EXPORT = of(Shortcut.Area.FILE, "export", false,
            key(KeyCode.E, SHORTCUT_DOWN));
    public static final Shortcut COPY = of(Shortcut.Area.FILE, "copy", false,
            key(KeyCode.C, SHORTCUT_DOWN, SHIFT_DOWN));
    public static final Shortcut PRINT = of(Shortcut.Area.FILE, "print", false,
            key(KeyCode.P, SHORTCUT_DOWN));
    public static final Shortcut QUIT = of(Shortcut.Area.FILE, "quit", false, key(KeyCode.Q, SHORTCUT_DOWN));

    // Edit
    public static final Shortcut UNDO = of(Shortcut.Area.EDIT, "undo", false,
            key(KeyCode.Z, SHORTCUT_DOWN));
    public static final Shortcut REDO = of(Shortcut.Area.EDIT, "redo", true,
            key(KeyCode.Z, SHORTCUT_DOWN, SHIFT_DOWN), key(KeyCode.Y, SHORTCUT_DOWN));

    public static final Shortcut ADD_EVENT = of(Shortcut.Area.EDIT, "add-event", false,
            key(KeyCode.A, SHORTCUT_DOWN, SHIFT_DOWN));
    public static final Shortcut EDIT_EVENT = of(Shortcut.Area.EDIT, "edit-event", false,
            key(KeyCode.F2));
    public static final Shortcut DUPLICATE_EVENT = of(Shortcut.Area.EDIT, "duplicate-event", false,
            key(KeyCode.D, SHORTCUT_DOWN));
    public static final Shortcut MOVE_EARLIER = of(Shortcut.Area.EDIT, "move-earlier", true,
            key(KeyCode.LEFT, KeyCombination.ALT_DOWN), key(KeyCode.KP_LEFT, KeyCombination.ALT_DOWN));
    public static final Shortcut MOVE_LATER = of(Shortcut.Area.EDIT, "move-later", true,
            key(KeyCode.RIGHT, KeyCombination.ALT_DOWN), key(KeyCode.KP_RIGHT, KeyCombination.ALT_DOWN));
    public static final Shortcut DELETE_EVENT = of(Shortcut.Area.EDIT, "delete-event", false, key(KeyCode.DELETE));
    public static final Shortcut EDIT_ON_TIMELINE = of(Shortcut.Area.EDIT, "edit-on-timeline", false,
            key(KeyCode.E, SHORTCUT_DOWN, SHIFT_DOWN));

    // View
    public static final Shortcut FIND = of(Shortcut.Area.VIEW, "find", false,
            key(KeyCode.F, SHORTCUT_DOWN));
    public static final Shortcut PRESENT = of(Shortcut.Area.VIEW, "present", false,
            key(KeyCode.F5));
    public static final Shortcut QUIZ = of(Shortcut.Area.VIEW, "quiz", false,
            key(KeyCode.F6));
    public static final Shortcut LARGER_TEXT = of(Shortcut.Area.VIEW, "larger-text", true,
            key(KeyCode.PLUS, SHORTCUT_DOWN), key(KeyCode.EQUALS, SHORTCUT_DOWN),
            key(KeyCode.EQUALS, SHORTCUT_DOWN, SHIFT_DOWN), key(KeyCode.ADD, SHORTCUT_DOWN));
    public static final Shortcut SMALLER_TEXT = of(Shortcut.Area.VIEW, "smaller-text", true,
            key(KeyCode.MINUS, SHORTCUT_DOWN), key(KeyCode.SUBTRACT, SHORTCUT_DOWN));
    public static final Shortcut RESET_TEXT = of(Shortcut.Area.VIEW, "reset-text", true,
            key(KeyCode.DIGIT0, SHORTCUT_DOWN), key(KeyCode.NUMPAD0, SHORTCUT_DOWN));

    // Timeline: the keys the timeline is handed (see timelineKeys), while it has the focus.
    public static final Shortcut ZOOM_IN = of(Shortcut.Area.TIMELINE, "zoom-in", true,
            new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHIFT_ANY), key(KeyCode.EQUALS),
            key(KeyCode.EQUALS, SHIFT_DOWN), key(KeyCode.ADD));
    public static final Shortcut ZOOM_OUT = of(Shortcut.Area.TIMELINE, "zoom-out", true,
            key(KeyCode.MINUS), key(KeyCode.SUBTRACT));
    public static final Shortcut FIT_ALL = of(Shortcut.Area.TIMELINE, "fit-all", true,
            key(KeyCode.DIGIT0), key(KeyCode.NUMPAD0));
    // The arrows go the way they point, so that where time runs right to left Right is the previous event; Page
    // Down and Page Up mean later and earlier either way, as a clicker's do.
    public static final Shortcut NEXT_EVENT = of(Shortcut.Area.TIMELINE, "next-event", true,
            key(KeyCode.RIGHT), key(KeyCode.KP_RIGHT), key(KeyCode.PAGE_DOWN));
    public static final Shortcut PREVIOUS_EVENT = of(Shortcut.Area.TIMELINE, "previous-event", true,
            key(KeyCode.LEFT), key(KeyCode.KP_LEFT), key(KeyCode.PAGE_UP));
    public static final Shortcut PAN_LATER = of(Shortcut.Area.TIMELINE, "pan-later", true,
            key(KeyCode.RIGHT, SHIFT_DOWN), key(KeyCode.KP_RIGHT, SHIFT_DOWN));
    public static final Shortcut PAN_EARLIER = of(Shortcut.Area.TIMELINE, "pan-earlier", true, key(KeyCode.LEFT, SHIFT_DOWN), key(KeyCode.KP_LEFT, SHIFT_DOWN));
    public static final Shortcut FIRST_EVENT = of(Shortcut.Area.TIMELINE, "first-event", true,
            key(KeyCode.HOME));
    public static final Shortcut LAST_EVENT = of(Shortcut.Area.TIMELINE, "last-event", true,
            key(KeyCode.END));
    public static final Shortcut OPEN_EVENT = of(Shortcut.Area.TIMELINE, "open-event", true, key(KeyCode.ENTER));

    // Map: the keys the map is handed (see mapKeys), while it has the focus.
    public static final Shortcut MAP_ZOOM_IN = of(Shortcut.Area.MAP, "map-zoom-in", true,
            new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHIFT_ANY),
            new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHIFT_ANY), key(KeyCode.ADD));
    public static final Shortcut MAP_ZOOM_OUT = of(Shortcut.Area.MAP, "map-zoom-out", true,
            key(KeyCode.MINUS), key(KeyCode.SUBTRACT));
    public static final Shortcut MAP_WEST = of(Shortcut.Area.MAP, "map-west", true,
            key(KeyCode.LEFT), key(KeyCode.KP_LEFT));
    public static final Shortcut MAP_EAST = of(Shortcut.Area.MAP, "map-east", true,
            key(KeyCode.RIGHT), key(KeyCode.KP_RIGHT));
    public static final Shortcut MAP_NORTH = of(Shortcut.Area.MAP, "map-north", true,
            key(KeyCode.UP), key(KeyCode.KP_UP));
    public static final Shortcut MAP_SOUTH = of(Shortcut.Area.MAP, "map-south", true,
            key(KeyCode.DOWN), key(KeyCode.KP_DOWN));
    public static final Shortcut MAP_FIT = of(Shortcut.Area.MAP, "map-fit", true,
            key(KeyCode.DIGIT0), key(KeyCode.NUMPAD0));

    // Quiz: in the quiz window's "Put them in order" list (the class quiz steps with the presentation's keys).
    public static final Shortcut CARD_EARLIER = of(Shortcut.Area.QUIZ, "card-earlier", true,
            key(KeyCode.UP, KeyCombination.ALT_DOWN), key(KeyCode.KP_UP, KeyCombination.ALT_DOWN));
    public static final Shortcut CARD_LATER = of(Shortcut.Area.QUIZ, "card-later", true,
            key(KeyCode.DOWN, KeyCombination.ALT_DOWN), key(KeyCode.KP_DOWN, KeyCombination.ALT_DOWN));
    public static final Shortcut CARD_ALONG_EARLIER = of(Shortcut.Area.QUIZ, "card-along-earlier", true,
            key(KeyCode.LEFT, KeyCombination.ALT_DOWN), key(KeyCode.KP_LEFT, KeyCombination.ALT_DOWN));
    public static final Shortcut CARD_ALONG_LATER = of(Shortcut.Area.QUIZ, "card-along-later", true,
            key(KeyCode.RIGHT, KeyCombination.ALT_DOWN), key(KeyCode.KP_RIGHT, KeyCombination.ALT_DOWN));

    // Presentation
    public static final Shortcut NEXT_STEP = of(Shortcut.Area.PRESENTATION, "next-step", true,
            key(KeyCode.PAGE_DOWN), key(KeyCode.RIGHT), key(KeyCode.SPACE), key(KeyCode.DOWN));
    public static final Shortcut PREVIOUS_STEP = of(Shortcut.Area.PRESENTATION, "previous-step", true,
            key(KeyCode.PAGE_UP), key(KeyCode.LEFT), key(KeyCode.UP), key(KeyCode.BACK_SPACE));
    public static final Shortcut FIRST_STEP = of(Shortcut.Area.PRESENTATION, "first-step", true,
            key(KeyCode.HOME));
    public static final Shortcut LAST_STEP = of(Shortcut.Area.PRESENTATION, "last-step", true, key(KeyCode.END));
    public static final Shortcut BLACKOUT = of(Shortcut.Area.PRESENTATION, "blackout", true,
            key(KeyCode.B), key(KeyCode.PERIOD));
    public static final Shortcut PLAY = of(Shortcut.Area.PRESENTATION, "play", true,
            key(KeyCode.P));
    public static final Shortcut PACE = of(Shortcut.Area.PRESENTATION, "pace", true, key(KeyCode.DIGIT1), key(KeyCode.DIGIT2), key(KeyCode.DIGIT3));
    public static final Shortcut LEAVE = of(Shortcut.Area.PRESENTATION, "leave", false,
            key(KeyCode.ESCAPE));

    // Help
    public static final Shortcut KEYBOARD_SHEET = of(Shortcut.Area.HELP, "keyboard-sheet", false,
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
    private static final List<Shortcut> HINT = List.of(NEXT_STEP, BLACKOUT, PLAY, LEAVE);

    private static final Messages TEXTS = Messages.of(Shortcuts.class);

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
        return HINT.stream().map(h -> TEXTS.text("hint." + h.name(), Shortcut.keyName(h.accelerator())))
                .collect(Collectors.joining(" · "));
    }

    private static Shortcut of(Shortcut.Area area, String name, boolean namedKeys, KeyCombination... keys) {
        return new Shortcut(area, name, namedKeys, Arrays.asList(keys));
    }

    private static KeyCombination key(KeyCode code, KeyCombination.Modifier... modifiers) {
        return new KeyCodeCombination(code, modifiers);
    }
}
