package org.timelineexplorer.timeline;

import java.util.Locale;

/**
 * What a key can ask of a timeline. {@link TimelineKeys} binds keys to them, and
 * {@link TimelineView#perform(TimelineAction)} does each.
 */
public enum TimelineAction {
    /** Zoom in by a step about the selected event, or the middle, animated. */
    ZOOM_IN,
    ZOOM_OUT,
    /** Show everything: see {@link TimelineView#fitAll()}. */
    FIT_ALL,
    NEXT_EVENT,
    PREVIOUS_EVENT,
    FIRST_EVENT,
    LAST_EVENT,
    /** Move the view a fifth of its width later, animated. */
    PAN_LATER,
    PAN_EARLIER,
    /** Hand the selected event to {@link TimelineView#onEventOpenedProperty()}. */
    OPEN_EVENT;

    /**
     * The action that moves the other way in time: next for previous, earlier for later; any other action is its
     * own. What an arrow key asks for where time runs right to left.
     */
    public TimelineAction reversedInTime() {
        return switch (this) {
            case NEXT_EVENT -> PREVIOUS_EVENT;
            case PREVIOUS_EVENT -> NEXT_EVENT;
            case PAN_LATER -> PAN_EARLIER;
            case PAN_EARLIER -> PAN_LATER;
            default -> this;
        };
    }

    /**
     * What the action does, in words for a screen reader in the language in use, such as "select the next event":
     * the timeline bundle's {@code action.zoom-in} and so on.
     */
    public String description() {
        return TimelineView.TEXTS.text("action." + name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
}
