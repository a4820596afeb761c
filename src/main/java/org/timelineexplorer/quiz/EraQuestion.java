package org.timelineexplorer.quiz;

import org.timelineexplorer.i18n.Messages;
import org.timelineexplorer.model.Era;
import org.timelineexplorer.model.TimelineEvent;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** "Which era?": an event, answered by choosing one of the timeline's eras. */
public record EraQuestion(TimelineEvent event, Era era, List<Era> choices) implements Question {

    private static final Messages TEXTS = Messages.of(Question.class);

    public EraQuestion {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(era, "era");
        choices = List.copyOf(choices);
        if (!choices.contains(era)) {
            throw new IllegalArgumentException("the right era must be one of the choices");
        }
    }

    @Override
    public QuestionKind kind() {
        return QuestionKind.ERA;
    }

    @Override
    public String prompt() {
        return TEXTS.text("era.prompt", event.title());
    }

    @Override
    public String rightAnswer(Locale locale) {
        return era.title();
    }

    @Override
    public Optional<TimelineEvent> subject() {
        return Optional.of(event);
    }

    /** 1 for the event's own era, 0 for any other. */
    public double points(Era chosen) {
        return era.equals(chosen) ? 1 : 0;
    }
}
