package org.timelineexplorer.ui.presentation;

import org.timelineexplorer.model.Era;
import org.timelineexplorer.model.Estimate;
import org.timelineexplorer.model.TimelineEvent;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
        return steps(events, eraOf, includeCharts, List.of(), estimate -> Optional.empty());
    }

    /**
     * As {@link #steps(List, Function, boolean)}, and with {@code includeCharts} each estimate follows the chart of
     * the era it ends in, in the order given, so that the class meets the surveys where their counting stops;
     * estimates whose era has no chart in the lesson (no event of it is shown, or it ends outside every era) come
     * last.
     *
     * @param eraOfEstimate the era an estimate ends in
     */
    public static List<Step> steps(List<TimelineEvent> events, Function<TimelineEvent, Optional<Era>> eraOf,
                                   boolean includeCharts, List<Estimate> estimates,
                                   Function<Estimate, Optional<Era>> eraOfEstimate) {
        List<Step> steps = new ArrayList<>();
        Set<Estimate> left = new LinkedHashSet<>(includeCharts ? estimates : List.of());
        Era current = null;
        boolean started = false;
        for (TimelineEvent event : events) {
            Era era = eraOf.apply(event).orElse(null);
            if (!started || !Objects.equals(era, current)) {
                if (includeCharts && current != null) {
                    addChart(steps, current, left, eraOfEstimate);
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
            addChart(steps, current, left, eraOfEstimate);
        }
        for (Estimate estimate : left) {
            steps.add(Step.estimate(estimate, eraOfEstimate.apply(estimate).orElse(null)));
        }
        return List.copyOf(steps);
    }

    /** The era's chart step, then the steps of the estimates still {@code left} that end in it. */
    private static void addChart(List<Step> steps, Era era, Set<Estimate> left,
                                 Function<Estimate, Optional<Era>> eraOfEstimate) {
        steps.add(Step.chart(era));
        for (var it = left.iterator(); it.hasNext(); ) {
            Estimate estimate = it.next();
            if (eraOfEstimate.apply(estimate).filter(era::equals).isPresent()) {
                steps.add(Step.estimate(estimate, era));
                it.remove();
            }
        }
    }
}
