package org.timelineexplorer.timeline;

/**
 * What a key can ask of a timeline. {@link TimelineKeys} binds keys to them, and
 * {@link TimelineView#perform(TimelineAction)} does each.
 */
public enum TimelineAction {
    /** Zoom in by a step about the selected event, or the middle, animated. */
    ZOOM_IN("zoom in"),
    ZOOM_OUT("zoom out"),
    /** Show everything: see {@link TimelineView#fitAll()}. */
    FIT_ALL("show everything"),
    NEXT_EVENT("select the next event"),
    PREVIOUS_EVENT("select the previous event"),
    FIRST_EVENT("select the first event"),
    LAST_EVENT("select the last event"),
    /** Move the view a fifth of its width later, animated. */
    PAN_LATER("move later in time"),
    PAN_EARLIER("move earlier in time"),
    /** Hand the selected event to {@link TimelineView#onEventOpenedProperty()}. */
    OPEN_EVENT("open the selected event");

    private final String description;

    TimelineAction(String description) {
        this.description = description;
    }

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

    /** What the action does, in words for a screen reader, such as "select the next event". */
    public String description() {
        return description;
    }
}
