package org.timelineexplorer.quiz;

import org.timelineexplorer.i18n.Messages;
import org.timelineexplorer.model.TimeRange;
import org.timelineexplorer.model.TimelineEvent;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * "When?": an event, answered by a time picked on the timeline. Anywhere in the event's own span at its precision
 * (all of 2014 for "2014", all of April 2004 for "April 2004") is exactly right; beyond it the points fall in a
 * straight line with the distance, relative to the time the timeline showed:
 * {@code points = max(0, 1 - d / (ZERO_AT * S))}, where {@code S} is the length of the shown range and {@code d} the
 * distance from the pick to the nearer end of the span, less the time one pixel covers (a click is no finer than its
 * pixel, so a day-precision event can be hit exactly without zooming in). A quarter of the shown range away
 * scores nothing.
 */
public record WhenQuestion(TimelineEvent event) implements Question {

    /** At this share of the shown range away from the event's span, a pick scores nothing. */
    public static final double ZERO_AT = 0.25;

    private static final Messages TEXTS = Messages.of(Question.class);

    public WhenQuestion {
        Objects.requireNonNull(event, "event");
    }

    @Override
    public QuestionKind kind() {
        return QuestionKind.WHEN;
    }

    @Override
    public String prompt() {
        return TEXTS.text("when.prompt", event.title());
    }

    @Override
    public String rightAnswer(Locale locale) {
        return event.formatDate(locale);
    }

    @Override
    public Optional<TimelineEvent> subject() {
        return Optional.of(event);
    }

    /**
     * The points for picking {@code day} (in epoch days, as the timeline measures time) while the timeline showed
     * {@code shown}, with a pointer whose pixel covers {@code pickDays} days (0 for a typed date).
     */
    public double points(double day, TimeRange shown, double pickDays) {
        TimeRange span = event.range();
        double outside = span.contains(day) ? 0 : Math.min(Math.abs(day - span.start()), Math.abs(day - span.end()));
        double distance = Math.max(0, outside - pickDays);
        return Math.max(0, 1 - distance / (ZERO_AT * shown.length()));
    }
}
