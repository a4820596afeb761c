package org.timelineexplorer.timeline;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which keys do which {@link TimelineAction}: immutable. A timeline starts with {@link #defaults()}; an
 * application that lists its keys in a table of its own hands the timeline that table's with
 * {@link TimelineView#setKeys}, so that what the keys do and what the table says cannot drift apart.
 */
public final class TimelineKeys {

    private static final TimelineKeys DEFAULTS = of(Map.of(
            TimelineAction.ZOOM_IN, List.of(new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHIFT_ANY),
                    key(KeyCode.EQUALS), key(KeyCode.EQUALS, KeyCombination.SHIFT_DOWN), key(KeyCode.ADD)),
            TimelineAction.ZOOM_OUT, List.of(key(KeyCode.MINUS), key(KeyCode.SUBTRACT)),
            TimelineAction.FIT_ALL, List.of(key(KeyCode.DIGIT0), key(KeyCode.NUMPAD0)),
            TimelineAction.NEXT_EVENT, List.of(key(KeyCode.RIGHT), key(KeyCode.KP_RIGHT), key(KeyCode.PAGE_DOWN)),
            TimelineAction.PREVIOUS_EVENT, List.of(key(KeyCode.LEFT), key(KeyCode.KP_LEFT), key(KeyCode.PAGE_UP)),
            TimelineAction.FIRST_EVENT, List.of(key(KeyCode.HOME)),
            TimelineAction.LAST_EVENT, List.of(key(KeyCode.END)),
            TimelineAction.PAN_LATER, List.of(key(KeyCode.RIGHT, KeyCombination.SHIFT_DOWN),
                    key(KeyCode.KP_RIGHT, KeyCombination.SHIFT_DOWN)),
            TimelineAction.PAN_EARLIER, List.of(key(KeyCode.LEFT, KeyCombination.SHIFT_DOWN),
                    key(KeyCode.KP_LEFT, KeyCombination.SHIFT_DOWN)),
            TimelineAction.OPEN_EVENT, List.of(key(KeyCode.ENTER))));

    private final Map<TimelineAction, List<KeyCombination>> keys;

    private TimelineKeys(Map<TimelineAction, List<KeyCombination>> keys) {
        this.keys = keys;
    }

    /**
     * The timeline's own keys: {@code +}/{@code -} zoom, {@code 0} shows everything, {@code Left}/{@code Right}
     * step through events and with {@code Shift} move in time, {@code Page Down}/{@code Page Up} step to the next
     * and previous event whichever way time runs on screen, {@code Home}/{@code End} select the first and
     * last, {@code Enter} opens. None uses {@code Ctrl}, which is left to the application.
     */
    public static TimelineKeys defaults() {
        return DEFAULTS;
    }

    /** Bindings of these keys to these actions; an action left out has no key. */
    public static TimelineKeys of(Map<TimelineAction, ? extends List<? extends KeyCombination>> keys) {
        Map<TimelineAction, List<KeyCombination>> copy = new EnumMap<>(TimelineAction.class);
        keys.forEach((action, combinations) -> copy.put(Objects.requireNonNull(action), List.copyOf(combinations)));
        return new TimelineKeys(copy);
    }

    /** The keys bound to {@code action}, the first being the one to name; empty when it has none. */
    public List<KeyCombination> keys(TimelineAction action) {
        return keys.getOrDefault(action, List.of());
    }

    /** The action a key press asks for, if any key of these bindings matches it. */
    public Optional<TimelineAction> actionFor(KeyEvent event) {
        for (Map.Entry<TimelineAction, List<KeyCombination>> binding : keys.entrySet()) {
            for (KeyCombination key : binding.getValue()) {
                if (key.match(event)) {
                    return Optional.of(binding.getKey());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The bindings for a screen reader, in the language in use: each action's first key and what it does, such as
     * "Right: select ...".
     */
    public String describe() {
        return describe(false);
    }

    /**
     * {@link #describe()} for a timeline whose time runs right to left when {@code timeRightToLeft}: there an arrow key
     * does the opposite in time of the action it is bound to, and says so.
     */
    public String describe(boolean timeRightToLeft) {
        return keys.entrySet().stream().filter(b -> !b.getValue().isEmpty())
                .map(b -> {
                    KeyCombination first = b.getValue().get(0);
                    TimelineAction does = timeRightToLeft && pointsAcross(first) ? b.getKey().reversedInTime()
                            : b.getKey();
                    return TimelineView.TEXTS.text("keys.binding", first.getDisplayText(), does.description());
                })
                .collect(Collectors.joining(TimelineView.TEXTS.text("keys.separator"), "",
                        TimelineView.TEXTS.text("keys.end")));
    }

    /**
     * Whether a key points left or right on screen: such a key moves the way it points, so where time runs right to
     * left it asks for the opposite in time of what it is bound to. Page Down and the like mean later in any case.
     */
    static boolean pointsAcross(KeyCode code) {
        return code == KeyCode.LEFT || code == KeyCode.RIGHT || code == KeyCode.KP_LEFT || code == KeyCode.KP_RIGHT;
    }

    private static boolean pointsAcross(KeyCombination key) {
        return key instanceof KeyCodeCombination code && pointsAcross(code.getCode());
    }

    private static KeyCombination key(KeyCode code, KeyCombination.Modifier... modifiers) {
        return new KeyCodeCombination(code, modifiers);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TimelineKeys other && other.keys.equals(keys);
    }

    @Override
    public int hashCode() {
        return keys.hashCode();
    }

    @Override
    public String toString() {
        return "TimelineKeys" + keys;
    }
}
