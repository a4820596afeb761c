package org.timelineexplorer.ui.presentation;

import org.timelineexplorer.model.Era;
import org.timelineexplorer.model.TimelineEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns the events a class is shown into the steps of a presentation. Pure: no JavaFX, so the order of a lesson
 * is unit-tested without a screen.
 */
public final class LessonPlan {

    private LessonPlan() {
    }

    /**
     * The steps for {@code events} in the order given (the caller passes them in date order): each time the era
     * changes, the new era's title card comes first; with {@code includeCharts}, the figures chart of an era follows
     * its last event. An event outside every era gets no title card.
     *
     * @param eraOf the era of an event, as {@code AppState.eraOf}
     */
    public static List<Step> steps(List<TimelineEvent> events, Function<TimelineEvent, Optional<Era>> eraOf,
                                   boolean includeCharts) {
        List<Step> steps = new ArrayList<>();
        Era current = null;
        boolean started = false;
        for (TimelineEvent event : events) {
            Era era = eraOf.apply(event).orElse(null);
            if (!started || !Objects.equals(era, current)) {
                if (includeCharts && current != null) {
                    steps.add(Step.chart(current));
                }
                if (era != null) {
                    steps.add(Step.eraTitle(era));
                }
                current = era;
                started = true;
            }
            steps.add(Step.event(event, era));
        }
        if (includeCharts && current != null) {
            steps.add(Step.chart(current));
        }
        return List.copyOf(steps);
    }
}
