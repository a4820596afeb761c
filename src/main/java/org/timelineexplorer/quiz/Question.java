package org.timelineexplorer.quiz;

import org.timelineexplorer.model.TimelineEvent;

import java.util.Locale;
import java.util.Optional;

/** One question of a round; each kind scores its own kind of answer from 0 (wrong) to 1 (right). */
public sealed interface Question permits OrderQuestion, EraQuestion, WhenQuestion, FiguresQuestion {

    QuestionKind kind();

    /** The question as a student reads it. */
    String prompt();

    /** The right answer for a reader, as the review list and the class quiz's reveal write it. */
    String rightAnswer(Locale locale);

    /** The event whose details the review list opens for this question, if there is one. */
    Optional<TimelineEvent> subject();
}
