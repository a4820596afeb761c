package org.timelineexplorer.ui.presentation;

import org.timelineexplorer.model.Era;
import org.timelineexplorer.model.Estimate;
import org.timelineexplorer.model.TimelineEvent;

import java.util.Objects;

/**
 * One screen of a presentation: an era's title card, an event, the figures chart with an era shaded, or an estimate
 * over several years explained.
 *
 * @param era      the era the step belongs to; {@code null} only for an event or estimate outside every era
 * @param event    the event of an {@link Kind#EVENT} step, {@code null} for the other kinds
 * @param estimate the estimate of an {@link Kind#ESTIMATE} step, {@code null} for the other kinds
 */
public record Step(Kind kind, Era era, TimelineEvent event, Estimate estimate) {

    /** What a step shows. */
    public enum Kind {
        /** The era's title and summary, shown before its first event. */
        ERA_TITLE,
        /** One event in large type. */
        EVENT,
        /** The figures chart with the era shaded, after the era's last event. */
        CHART,
        /** An estimate over several years, its figure, method and source, after the chart of the era it ends in. */
        ESTIMATE
    }

    public Step {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.EVENT) != (event != null)) {
            throw new IllegalArgumentException("an event step, and only an event step, has an event");
        }
        if ((kind == Kind.ESTIMATE) != (estimate != null)) {
            throw new IllegalArgumentException("an estimate step, and only an estimate step, has an estimate");
        }
        if ((kind == Kind.ERA_TITLE || kind == Kind.CHART) && era == null) {
            throw new IllegalArgumentException(kind + " needs an era");
        }
    }

    public Step(Kind kind, Era era, TimelineEvent event) {
        this(kind, era, event, null);
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

    public static Step estimate(Estimate estimate, Era era) {
        return new Step(Kind.ESTIMATE, era, null, estimate);
    }
}
