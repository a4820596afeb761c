package org.timelineexplorer.ui.presentation;

import org.timelineexplorer.model.Era;
import org.timelineexplorer.model.TimelineEvent;

import java.util.Objects;

/**
 * One screen of a presentation: an era's title card, an event, or the figures chart with an era shaded.
 *
 * @param era   the era the step belongs to; {@code null} only for an event outside every era
 * @param event the event of an {@link Kind#EVENT} step, {@code null} for the other kinds
 */
public record Step(Kind kind, Era era, TimelineEvent event) {

    /** What a step shows. */
    public enum Kind {
        /** The era's title and summary, shown before its first event. */
        ERA_TITLE,
        /** One event in large type. */
        EVENT,
        /** The figures chart with the era shaded, after the era's last event. */
        CHART
    }

    public Step {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.EVENT) != (event != null)) {
            throw new IllegalArgumentException("an event step, and only an event step, has an event");
        }
        if (kind != Kind.EVENT && era == null) {
            throw new IllegalArgumentException(kind + " needs an era");
        }
    }

    public static Step eraTitle(Era era) {
        return new Step(Kind.ERA_TITLE, era, null);
    }

    public static Step event(TimelineEvent event, Era era) {
        return new Step(Kind.EVENT, era, event);
    }

    public static Step chart(Era era) {
        return new Step(Kind.CHART, era, null);
    }
}
